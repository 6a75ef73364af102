// A stopped background worker is started while the user is still typing, not at the pause.
// Chrome stops an idle MV3 worker after ~30 s; here the stop is forced with CDP's
// ServiceWorker.stopAllWorkers (chrome://serviceworker-internals's "Stop"). Before the coach's
// wake message, nothing reached the worker until the pause's analysis, so a stopped worker stayed
// stopped for as long as the user kept typing.

import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type Rig } from './support/browser';
import { COMPOSER_SELECTORS, focusSlack, quillText, waitForFindings } from './support/page';

const MESSAGE = 'The budget sheet is in the shared folder, per my last email.';

describe('Slack, worker stopped before typing', () => {
  let rig: Rig;
  let page: Page;
  let cdp: CDPSession;
  let status: string | undefined;

  beforeAll(async () => {
    rig = await launchBrowser();
    page = await rig.open('slack');
    cdp = await rig.context.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated' as any, (e: any) => {
      for (const v of e.versions) if (String(v.scriptURL).startsWith(`chrome-extension://${rig.extensionId}/`)) status = v.runningStatus;
    });
    await cdp.send('ServiceWorker.enable' as any);
    expect(await waitForFindings(page, COMPOSER_SELECTORS.slack, () => true, 15_000)).not.toBeNull();
  });
  afterAll(async () => {
    await rig?.close();
  });

  const waitFor = async (cond: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    while (!cond() && Date.now() < deadline) await page.waitForTimeout(20);
    return cond();
  };

  test('starts on the first keys, and the hint follows the pause with the text intact', async () => {
    await focusSlack(page);
    // Focus sends a wake message; one still in flight would restart the worker right after the
    // stop, so stop again until it stays stopped.
    for (let attempt = 0; attempt < 5 && status !== 'stopped'; attempt++) {
      await page.waitForTimeout(500);
      await cdp.send('ServiceWorker.stopAllWorkers' as any);
      await waitFor(() => status === 'stopped', 5_000);
      await page.waitForTimeout(300);
    }
    expect(status, 'worker stopped').toBe('stopped');

    // Keys 100 ms apart never make a 400 ms pause: only the wake message can start the worker.
    let typed = 0;
    let startedWhileTyping = false;
    for (const ch of MESSAGE) {
      await page.keyboard.type(ch);
      typed++;
      if (status === 'starting' || status === 'running') startedWhileTyping = true;
      await page.waitForTimeout(100);
    }
    expect(startedWhileTyping, `worker started before the pause (status ${status} after ${typed} keys)`).toBe(true);
    expect(await waitForFindings(page, COMPOSER_SELECTORS.slack, (v) => v.includes('passive-aggressive'), 20_000)).toContain('passive-aggressive');
    expect((await quillText(page)).replace(/\n$/, '')).toBe(MESSAGE);
    expect(rig.networkLog).toEqual([]);
    expect(rig.consoleErrors).toEqual([]);
  });
});
