// The popup's per-tab diagnostic on the built extension ("Visible failures, counts only"): quiet
// on the normal Slack composer and on a Gmail inbox with no compose open; the plain-words "can't
// find" sentence and a counts-only Copy diagnostic when Slack's editor is unrecognisable
// (?composer=unknown); the apply-unavailable sentence in Slack fork mode (?fork=1, no bridge).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPORT_KEYS } from '../../lib/messaging/diagnostics';
import { waitAttr } from './coach-helpers';
import { openExtensionPage, runAxe } from './extension-pages';
import { launchBrowser, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL } from './support/page';

const CANT_FIND = "Candor can't find Slack's message box on this page.";
const NO_APPLY = "Candor can't apply suggestions safely on this page; it offers Copy instead.";

let rig: Rig;
let popup: Page;

beforeAll(async () => {
  rig = await launchBrowser({ extension: true });
  popup = await openExtensionPage(rig, 'popup.html');
});
afterAll(async () => {
  await rig?.close();
});

/**
 * The popup as it opens over `tab` (it asks the active tab once, on load): the diagnostic's kind
 * once the tab has answered, or 'none' when it did not answer within a few seconds. Polled by the
 * callers, because the content script may still be starting when the page reports ready.
 */
async function statusOver(tab: Page): Promise<string> {
  await tab.bringToFront();
  await popup.reload();
  const marker = popup.locator('[data-diagnostic]');
  try {
    await marker.waitFor({ state: 'attached', timeout: 5000 });
  } catch {
    return 'none';
  }
  return (await marker.getAttribute('data-diagnostic')) ?? 'none';
}

/** The content script's own counts for `tab`, asked from the popup page as the popup asks. */
async function countsOf(tab: Page): Promise<any> {
  await tab.bringToFront();
  return popup.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
    return chrome.tabs.sendMessage(active.id, { type: 'get-diagnostic' }, { frameId: 0 }).catch(() => null);
  });
}

/** Clicks Copy diagnostic and returns what it wrote (the real clipboard needs a user-granted permission here, so writeText is captured). */
async function copyDiagnostic(page: Page): Promise<string> {
  await page.evaluate(() => {
    (window as any).__copied = [];
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (t: string) => void (window as any).__copied.push(t),
    });
  });
  await page.getByRole('button', { name: 'Copy diagnostic' }).click();
  await expect.poll(() => page.evaluate(() => (window as any).__copied.length)).toBe(1);
  return page.evaluate(() => (window as any).__copied[0] as string);
}

const poll = (tab: Page) => expect.poll(() => statusOver(tab), { timeout: 20_000, interval: 250 });

test('normal Slack composer: hooked, bridge ready, no failure shown (nor logged)', async () => {
  // Rule, adapter and editor failures are console.warn'ed once by id (lib/errors.ts): none here.
  const warnings: string[] = [];
  const slack = await rig.open('slack', undefined, {
    beforeGoto: async (p) => {
      p.on('console', (m) => void (m.text().startsWith('[candor]') && warnings.push(m.text())));
    },
  });
  await waitAttr(slack, SEL.slack, '');
  await poll(slack).toBe('ok');
  const text = await popup.locator('main').innerText();
  expect(text).not.toContain("can't find");
  expect(text).not.toContain("can't apply");
  expect(await popup.getByRole('button', { name: 'Copy diagnostic' }).count()).toBe(0);
  expect(warnings).toEqual([]);
  await slack.close();
});

test("counts: one candidate per composer (not the search box, not Quill's off-page clipboard, not Notion's block leaves)", async () => {
  const slack = await rig.open('slack');
  await waitAttr(slack, SEL.slack, '');
  await expect
    .poll(() => countsOf(slack))
    .toEqual({
      site: 'slack',
      host: 'app.slack.com',
      hooked: 1,
      candidates: 1,
      bridge: { announced: true, ready: 1, absent: 0, unknown: 0 },
    });
  await slack.close();

  const gmail = await rig.open('gmail');
  await waitAttr(gmail, SEL.gmail, '');
  await expect.poll(() => countsOf(gmail)).toMatchObject({ site: 'gmail', hooked: 1, candidates: 1, bridge: null });
  await gmail.close();

  // The fixture's default is Notion's live nested model: one editable root, leaves inside it.
  const notion = await rig.open('notion');
  await waitAttr(notion, SEL.notion, '');
  await expect.poll(() => countsOf(notion)).toMatchObject({ site: 'notion', hooked: 1, candidates: 1, bridge: null });
  await notion.close();
});

test('Gmail inbox with no compose open: nothing to find, no false alarm', async () => {
  const gmail = await rig.open('gmail', { compose: 'none' });
  await poll(gmail).toBe('ok');
  await gmail.close();
});

test('unrecognisable Slack composer: "can\'t find" in plain words, and Copy diagnostic copies counts only', async () => {
  const slack = await rig.open('slack', { composer: 'unknown' });
  await poll(slack).toBe('no-composer-found');
  // Really not hooked (else the sentence would be a lie): no Candor attribute on the page.
  expect(await slack.evaluate(() => document.querySelectorAll('[data-candor-findings]').length)).toBe(0);
  const notice = popup.locator('[data-diagnostic="no-composer-found"]');
  expect(await notice.innerText()).toContain(CANT_FIND);

  const copied = await copyDiagnostic(popup);
  await popup.getByText('Copied.').waitFor();

  const report = JSON.parse(copied);
  expect(Object.keys(report)).toEqual([...REPORT_KEYS]);
  expect(report).toMatchObject({ site: 'slack', host: 'app.slack.com', hooked: 0, extension: rig.manifest!.version });
  expect(report.candidates).toBeGreaterThanOrEqual(1);
  expect(report.browser).toMatch(/^Chrom(e|ium) \d+$/);
  // No page text: not the channel's name, the editor's label, nor anything from the messages.
  for (const word of ['general', 'Message', 'Dana', 'texty', 'ql-']) expect(copied).not.toContain(word);
  // What the user can read under "What it contains" is exactly what was copied.
  expect(await popup.locator('.diagnostic-json').textContent()).toBe(copied);
  expect((await runAxe(popup)).serious).toEqual([]);
  await slack.close();
});

test('Slack fork mode (no bridge): Apply unavailable, said in plain words', async () => {
  const slack = await rig.open('slack', { fork: '1' });
  await waitAttr(slack, SEL.slack, '');
  await poll(slack).toBe('apply-unavailable');
  expect(await popup.locator('[data-diagnostic="apply-unavailable"]').innerText()).toContain(NO_APPLY);
  const report = JSON.parse(await copyDiagnostic(popup));
  expect(report.hooked).toBeGreaterThanOrEqual(1);
  expect(report.bridge).toMatchObject({ ready: 0 });
  expect(report.bridge.absent).toBeGreaterThanOrEqual(1);
  await slack.close();
});

/**
 * chrome.runtime.reload() from the service worker: what an update does to open tabs (their old
 * content script is cut off, and Chrome injects no new one). This Chromium leaves a command-line
 * extension disabled after reloading itself; it is switched back on as chrome://extensions would.
 * (Same steps as tests/e2e/lifecycle.e2e.ts.)
 */
async function reloadExtension(): Promise<void> {
  const worker = rig.serviceWorker();
  expect(worker, 'the extension’s service worker').toBeTruthy();
  const restarted = rig.context.waitForEvent('serviceworker', { timeout: 10_000 });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // The worker dies during the call: the evaluation may reject or never settle.
  await Promise.race([worker!.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {}), sleep(1_000)]);
  const extensions = await rig.context.newPage();
  await extensions.goto('chrome://extensions/');
  await extensions.evaluate(async (id) => {
    const management = (globalThis as any).chrome.management;
    if (!(await management.get(id)).enabled) await management.setEnabled(id, true);
  }, rig.extensionId!);
  await extensions.close();
  await restarted;
}

// Last: it reloads the extension under the other tests' feet.
test('a Slack tab left from before an update: "reload the page", then quiet once reloaded', async () => {
  const slack = await rig.open('slack');
  await waitAttr(slack, SEL.slack, '');
  await poll(slack).toBe('ok');
  await reloadExtension();
  popup = await openExtensionPage(rig, 'popup.html');
  await poll(slack).toBe('not-running');
  expect(await popup.locator('[data-diagnostic="not-running"]').innerText()).toContain("Candor isn't running in this tab yet. Reload the page to start it.");
  expect(await popup.getByRole('button', { name: 'Copy diagnostic' }).count()).toBe(0);
  // The usual controls are still there.
  expect(await popup.getByRole('switch', { name: /On this site \(Slack\)/ }).count()).toBe(1);
  await slack.reload();
  await slack.waitForFunction(() => (window as any).__ready === true);
  await waitAttr(slack, SEL.slack, '');
  await poll(slack).toBe('ok');
  await slack.close();
});
