// `message-burst` on the Slack fixture: the hint appears while the user writes the message that
// would make a run of their own messages (balanced: the 4th) with nobody else posting, never on
// the first ones; someone else's row in the list resets the run; the burst is counted once in
// the popup whatever follows; a hinted draft taken back counts as folded; strict lowers the
// threshold; the per-rule switch turns it off; and storage holds counts only.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { distinctiveWords, setSettings } from './coach-helpers';
import { openExtensionPage, stat } from './extension-pages';
import { launchBrowser, readAllExtensionStorage, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL, focusSlack, sent, typeLikeAPerson } from './support/page';

let rig: Rig;
let page: Page;
const typed: string[] = [];
let counter = 0;

/** A vague ask (always flagged), so "analysis settled" is observable as `vague-ask` in the attribute. */
function nextMessage(): string {
  counter++;
  const text = `Can someone take a look at the staging rollout checklist number ${counter} when they get a chance?`;
  typed.push(text);
  return text;
}

async function findings(selector: string = SEL.slack): Promise<string[]> {
  return (await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-candor-findings') ?? '', selector)).split(' ');
}

/** Type a message and wait until Candor has analysed it (the burst decision is made with it). */
async function draft(selector: string = SEL.slack, which: 'channel' | 'thread' = 'channel'): Promise<void> {
  await focusSlack(page, which);
  await typeLikeAPerson(page, nextMessage());
  await page.waitForFunction((s) => (document.querySelector(s)?.getAttribute('data-candor-findings') ?? '').includes('vague-ask'), selector, {
    timeout: 8000,
    polling: 50,
  });
}

async function send(selector: string = SEL.slack): Promise<void> {
  const before = (await sent(page)).length;
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => (window as any).__sent.length > n, before);
  // Slack empties the composer; Candor has analysed the empty text once the attribute is clean.
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', selector, {
    polling: 50,
  });
}

/** The hint's visible text ('' when none is shown). */
function noticeText(): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('candor-notice');
    return (host?.shadowRoot?.querySelector('[data-candor-burst]') as HTMLElement | null)?.innerText ?? '';
  });
}

async function storedBursts(): Promise<{ bursts: number; folded: number }> {
  const stats = JSON.parse(await readAllExtensionStorage(rig)).local?.stats;
  let bursts = 0;
  let folded = 0;
  for (const day of Object.values<any>(stats?.days ?? {})) {
    bursts += day?.slack?.bursts ?? 0;
    folded += day?.slack?.burstsFolded ?? 0;
  }
  return { bursts, folded };
}

async function waitStoredBursts(expected: { bursts: number; folded: number }): Promise<void> {
  await expect.poll(storedBursts, { timeout: 5000, interval: 150 }).toEqual(expected);
}

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('slack');
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', SEL.slack);
});

afterAll(async () => {
  await rig?.close();
});

describe('message bursts (balanced: the 4th in a row)', () => {
  test('never on the first messages; someone else posting resets the run', async () => {
    for (let i = 0; i < 3; i++) {
      await draft();
      expect(await findings()).not.toContain('message-burst');
      expect(await noticeText()).toBe('');
      await send();
    }
    // Dana posts: a row whose sender is not the user.
    await page.evaluate(() => (window as any).__slack.postFrom('Dana Weber', 'Thanks, looking now.'));
    // Without the reset, the next draft would be the 4th in a row and hinted.
    for (let i = 0; i < 3; i++) {
      await draft();
      expect(await findings()).not.toContain('message-burst');
      await send();
    }
  });

  test('hinted at the threshold with the numbers; the send is not blocked', async () => {
    await draft();
    await page.waitForFunction((s) => (document.querySelector(s)?.getAttribute('data-candor-findings') ?? '').includes('message-burst'), SEL.slack, {
      timeout: 5000,
      polling: 50,
    });
    const text = await noticeText();
    expect(text).toMatch(/4th message in a row in \d+ minutes?, nobody has replied yet/);
    expect(text).toContain('the ask first, the details below');
    await send();
    expect((await sent(page)).at(-1).text).toBe(typed.at(-1));
    expect(await noticeText()).toBe('');
    expect(await findings()).not.toContain('message-burst');
  });

  test('counted once however many follow, at most one hint per run', async () => {
    await draft();
    expect(await findings()).not.toContain('message-burst');
    await send();
    await waitStoredBursts({ bursts: 1, folded: 0 });

    const popup = await openExtensionPage(rig, 'popup.html');
    expect(await stat(popup, 'message-burst')).toBe('1');
    await popup.close();
  });

  test('a hinted draft taken back counts as folded', async () => {
    // Another conversation has its own counter: two messages there are not a run of four.
    await page.evaluate(() => (window as any).__slack.switchChannel('C02LAUNCH'));
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', SEL.slack);
    // Strict: the 3rd in a row is hinted.
    await setSettings(rig, { ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    for (let i = 0; i < 2; i++) {
      await draft();
      expect(await findings()).not.toContain('message-burst');
      await send();
    }
    await draft();
    await expect.poll(findings).toContain('message-burst');
    expect(await noticeText()).toMatch(/^3rd message in a row/);
    // The user deletes the draft (to fold it into their last message instead).
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitStoredBursts({ bursts: 1, folded: 1 });
    expect(await noticeText()).toBe('');
    expect(await findings()).not.toContain('message-burst');
  });

  test('the per-rule switch turns it off', async () => {
    await page.evaluate(() => (window as any).__slack.switchChannel('D01DANA'));
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', SEL.slack);
    await setSettings(rig, { ...DEFAULT_SETTINGS, sensitivity: 'strict', disabledRules: ['message-burst'] });
    for (let i = 0; i < 3; i++) {
      await draft();
      expect(await findings()).not.toContain('message-burst');
      await send();
    }
    expect(await noticeText()).toBe('');
    await setSettings(rig, DEFAULT_SETTINGS);
  });

  test('a thread is its own conversation; dismissing hides the hint and folds nothing', async () => {
    await setSettings(rig, { ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    await page.evaluate(() => (window as any).__slack.openThread(0));
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', SEL.slackThread);
    expect(await page.evaluate(() => location.pathname)).toMatch(/\/thread\/D01DANA-\d+\.\d+$/);
    for (let i = 0; i < 2; i++) {
      await draft(SEL.slackThread, 'thread');
      expect(await findings(SEL.slackThread)).not.toContain('message-burst');
      await send(SEL.slackThread);
    }
    await draft(SEL.slackThread, 'thread');
    await expect.poll(() => findings(SEL.slackThread)).toContain('message-burst');
    expect(await noticeText()).toMatch(/^3rd message in a row/);
    await page.locator('candor-notice button[aria-label="Dismiss this hint"]').click();
    await expect.poll(noticeText).toBe('');
    expect(await findings(SEL.slackThread)).not.toContain('message-burst');
    // The draft is still there and still sends; nothing was counted as folded.
    await focusSlack(page, 'thread');
    await send(SEL.slackThread);
    await waitStoredBursts({ bursts: 2, folded: 1 });
    await page.evaluate(() => (window as any).__slack.closeThread());
  });

  test('someone replying in the thread resets the thread’s run', async () => {
    await page.evaluate(() => (window as any).__slack.openThread(1));
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', SEL.slackThread);
    await draft(SEL.slackThread, 'thread');
    await send(SEL.slackThread);
    await draft(SEL.slackThread, 'thread');
    await send(SEL.slackThread);
    await page.evaluate(() => (window as any).__slack.postFrom('Mia Chen', 'On it.', 'thread'));
    await draft(SEL.slackThread, 'thread');
    expect(await findings(SEL.slackThread)).not.toContain('message-burst');
    await send(SEL.slackThread);
    await page.evaluate(() => (window as any).__slack.closeThread());
    await setSettings(rig, DEFAULT_SETTINGS);
  });

  test('the popup shows bursts and folds beside the four patterns, and can hide its figures', async () => {
    const popup = await openExtensionPage(rig, 'popup.html');
    expect(await stat(popup, 'message-burst')).toBe('2');
    expect(await popup.locator('[data-stat="message-burst-folded"]').innerText()).toContain('1 folded into one');
    expect(await popup.locator('.categories > li').count()).toBe(5);
    await popup.getByTestId('toggle-figures').check();
    await expect.poll(() => popup.locator('[data-stat="messages"]').count()).toBe(0);
    expect(await popup.locator('[data-stat="message-burst"]').count()).toBe(0);
    await popup.getByTestId('toggle-figures').uncheck();
    await expect.poll(() => popup.locator('[data-stat="messages"]').count()).toBe(1);
    await popup.close();
  });

  test('nothing stored but counts', async () => {
    const raw = await readAllExtensionStorage(rig);
    for (const text of typed) for (const word of distinctiveWords(text)) expect(raw).not.toContain(word);
    expect(raw).not.toContain('Dana Weber');
    expect(raw).not.toContain('U02DANA');
    expect(raw).not.toContain('C01GENERAL');
    expect(rig.networkLog).toEqual([]);
  });
});

describe('when the message list cannot be read (?rows=unknown)', () => {
  test('the hint still comes, and says it counts by time only', async () => {
    page = await rig.open('slack', { rows: 'unknown' });
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-candor-findings') === '', SEL.slack);
    for (let i = 0; i < 3; i++) {
      await draft();
      expect(await findings()).not.toContain('message-burst');
      await send();
    }
    await draft();
    await expect.poll(findings).toContain('message-burst');
    const text = await noticeText();
    expect(text).toMatch(/^4th message in a row/);
    expect(text).toContain("can't see replies here, so this counts time only");
    expect(text).not.toContain('nobody has replied');
  });
});
