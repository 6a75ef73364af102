// Gmail as it is in 2026 (SITES.md "What changed in 2026"): the real send toolbar (Send, the
// "More send options" arrow and other extensions' buttons share the blue class), sends Gmail
// refuses (no recipient, a cancelled no-subject confirm), Ctrl+Enter from To and Subject, pop-out
// and full-screen composes without .M9, a quote inserted later by "Show trimmed content", Settings'
// signature editor, and Trusted Types in the page's CSP. A send counts once, when the compose
// closes; every count is read after the confirmation window so a late second record would show.
// The composer contract (tests/e2e/contract/sites/gmail.ts) runs hooked, flags, apply, untouched
// quote and one send counted once on pop-out, full-screen and trimmed-quote composes, all under
// Trusted Types; this file keeps the toolbar, refusals, Ctrl+Enter from fields, a pop-out window
// that closes itself, and Settings.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEND_CONFIRM_MS } from '../../lib/dom/pending-send';
import { TEXTS, attr, attributedElements, expectedAttr, storedMessages, waitAttr, waitSettled, waitStoredMessages } from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';

let rig: Rig;
let page: Page;

const root = (id: string) => `[data-compose-id="${id}"]`;
const body = (id: string) => `${root(id)} [g_editable="true"]`;
const sentCount = (p: Page): Promise<number> => p.evaluate(() => (window as any).__sent.length);

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('gmail', { hl: 'en', compose: 'none' });
});

afterAll(async () => {
  await rig?.close();
});

/** Open a docked compose, wait until it is hooked, and return its id (caret in the body). */
async function openCompose(p: Page, kind: 'new' | 'reply'): Promise<string> {
  const id: string = await p.evaluate((k) => (window as any).__gmail.openCompose(k).getAttribute('data-compose-id'), kind);
  await waitAttr(p, body(id), '');
  return id;
}

/** The stored count is `n` once the confirmation window has passed (no late second record). */
async function expectCountStays(n: number): Promise<void> {
  await new Promise((r) => setTimeout(r, SEND_CONFIRM_MS + 500));
  expect((await storedMessages(rig, 'gmail')).messages).toBe(n);
}

describe('the send toolbar', () => {
  test('the fixture has Gmail 2026 structure and enforces Trusted Types', async () => {
    const id = await openCompose(page, 'reply');
    const shape = await page.evaluate(async (r) => {
      const c = document.querySelector(r)!;
      // The probe's own violation: the event proves which directive refused it.
      const violation = new Promise<string>((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.effectiveDirective), { once: true }));
      let threw = false;
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch {
        threw = true;
      }
      const trustedTypes = threw && (await violation) === 'require-trusted-types-for';
      return {
        send: c.querySelectorAll('div.T-I.J-J5-Ji.aoO.T-I-atl[role=button]').length,
        arrow: c.querySelectorAll('div.T-I.J-J5-Ji.hG.T-I-atl[role=button][aria-haspopup=true]').length,
        blue: c.querySelectorAll('.T-I-atl').length,
        fields: c.querySelectorAll('form input[name=subjectbox], form input[name=to]').length,
        trustedTypes,
      };
    }, root(id));
    expect(shape).toEqual({ send: 1, arrow: 1, blue: 3, fields: 2, trustedTypes: true });
    // Chrome also logs the probe's violation: take that one line (and only it) off the error log.
    await expect.poll(() => rig.consoleErrors.findIndex((e) => e.includes("requires 'TrustedHTML'"))).toBeGreaterThanOrEqual(0);
    rig.consoleErrors.splice(
      rig.consoleErrors.findIndex((e) => e.includes("requires 'TrustedHTML'")),
      1,
    );
    await page.click(`${root(id)} .og`);
  });

  test("the send-options arrow and another extension's blue button are not sends, even when the draft is then discarded", async () => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    const sent = await sentCount(page);
    const id = await openCompose(page, 'reply');
    await page.keyboard.type(TEXTS.clean);
    await page.click(`${root(id)} .hG`);
    await page.waitForSelector(`${root(id)} [role=menu]:not([hidden])`);
    await page.click(`${root(id)} [role=menuitem]`);
    await page.click(`${root(id)} [data-ext=other]`);
    // Discarding closes the compose inside the window: a look-alike counted as a candidate would
    // be "confirmed" by it.
    await page.click(`${root(id)} .og`);
    expect(await page.$(root(id))).toBeNull();
    await expectCountStays(before);
    expect(await sentCount(page)).toBe(sent);
  });

  test.each(['Enter', 'Space'])('%s on the focused Send button counts exactly 1', async (key) => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    const id = await openCompose(page, 'reply');
    await page.keyboard.type(TEXTS.clean);
    await page.focus(`${root(id)} .aoO`);
    await page.keyboard.press(key);
    expect(await page.$(root(id))).toBeNull();
    await waitStoredMessages(rig, 'gmail', before + 1);
    await expectCountStays(before + 1);
  });
});

describe('sends Gmail refuses', () => {
  test('no recipient: refused, counts 0; after adding one the second send counts 1 in total', async () => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    const id = await openCompose(page, 'new');
    await page.fill(`${root(id)} input[name=subjectbox]`, 'Release notes');
    await page.evaluate((r) => (window as any).__gmail.focusBody(document.querySelector(r)), root(id));
    await page.keyboard.type(TEXTS.clean);
    await page.click(`${root(id)} .aoO`);
    await page.waitForSelector('[role=alertdialog]');
    expect(await page.evaluate(() => (window as any).__refused.at(-1))).toEqual({ composer: id, reason: 'no-recipient' });
    await page.click('[role=alertdialog] button[name=ok]');
    expect(await page.$(body(id))).not.toBeNull();
    await expectCountStays(before);

    await page.fill(`${root(id)} input[name=to]`, 'ravi@example.com');
    await page.click(`${root(id)} .aoO`);
    expect(await page.$(root(id))).toBeNull();
    await waitStoredMessages(rig, 'gmail', before + 1);
    await expectCountStays(before + 1);
  });

  test('a no-subject confirm the user cancels counts 0; confirming it counts 1', async () => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    const id = await openCompose(page, 'new');
    await page.fill(`${root(id)} input[name=to]`, 'ravi@example.com');
    await page.evaluate((r) => (window as any).__gmail.focusBody(document.querySelector(r)), root(id));
    await page.keyboard.type(TEXTS.clean);
    await page.keyboard.press('Control+Enter');
    await page.click('[role=alertdialog] button[name=cancel]');
    expect(await page.$(body(id))).not.toBeNull();
    await expectCountStays(before);

    await page.evaluate((r) => (window as any).__gmail.focusBody(document.querySelector(r)), root(id));
    await page.keyboard.press('Control+Enter');
    await page.click('[role=alertdialog] button[name=ok]');
    expect(await page.$(root(id))).toBeNull();
    await waitStoredMessages(rig, 'gmail', before + 1);
    await expectCountStays(before + 1);
  });

  test.each(['subjectbox', 'to'])('Ctrl+Enter from the %s field sends that compose and counts 1', async (field) => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    // Another draft open first: the shortcut must be credited to the field's own compose.
    const other = await openCompose(page, 'reply');
    await page.keyboard.type(TEXTS['vague-ask']);
    const id = await openCompose(page, 'reply');
    await page.keyboard.type(TEXTS.clean);
    await page.focus(`${root(id)} input[name=${field}]`);
    await page.keyboard.press('Control+Enter');
    expect(await page.evaluate(() => (window as any).__sent.at(-1))).toMatchObject({ composer: id, via: 'shortcut' });
    await waitStoredMessages(rig, 'gmail', before + 1);
    await expectCountStays(before + 1);
    expect(await page.$(body(other))).not.toBeNull();
    await page.click(`${root(other)} .og`);
  });
});

test('a pop-out window that closes on send counts 1', async () => {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.evaluate(() => (window as any).__gmail.popOut())]);
  await popup.waitForFunction(() => (window as any).__ready === true);
  await waitAttr(popup, body('popout'), '');
  await popup.keyboard.type(TEXTS['vague-ask']);
  await waitAttr(popup, body('popout'), expectedAttr(TEXTS['vague-ask'], 'gmail'));
  const before = (await storedMessages(rig, 'gmail')).messages;
  // The window closes inside the click (that is the behaviour under test): Playwright may then
  // report the click's own target as closed. The close event is what is asserted.
  const closed = popup.waitForEvent('close');
  await popup.click(`${root('popout')} .aoO`).catch((e: unknown) => {
    if (!/closed/i.test(String(e))) throw e;
  });
  await closed;
  await waitStoredMessages(rig, 'gmail', before + 1);
  await expectCountStays(before + 1);
});

describe('Settings', () => {
  test('the signature editor is not hooked', async () => {
    await page.evaluate(() => (window as any).__gmail.openSettings().focus());
    await page.keyboard.type(TEXTS['passive-aggressive']);
    // A compose opened afterwards is hooked: the scan after the settings panel has run.
    const id = await openCompose(page, 'new');
    await waitSettled(page, body(id));
    expect(await attr(page, '.signature-settings [g_editable="true"]')).toBeNull();
    expect(await attributedElements(page)).toHaveLength(1);
    await page.click(`${root(id)} .og`);
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
