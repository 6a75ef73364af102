// Slack variants still in the wild (SITES.md "What changed in 2026"), the quirks beyond the
// composer contract (tests/e2e/contract/sites/slack.ts runs hooked, flags, apply, search untouched
// and one send counted once on each): the newer client without the [data-qa=message_input]
// wrapper (the "Jump to" dialog left alone, thread and edit composers found by structure), and
// "Enter inserts a new line" (Enter is not a send, Ctrl+Enter is, counted once).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEND_CONFIRM_MS } from '../../lib/dom/pending-send';
import { TEXTS, attr, expectedAttr, storedMessages, waitAttr, waitStoredMessages } from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { focusSlack, slackComposerText } from './support/page';

// By structure only: no wrapper, no labels.
const CHANNEL = '.p-message_pane_input .ql-editor';
const THREAD = '[data-qa="threads_flexpane"] .ql-editor';
const EDIT = '[data-qa="message_editor"] .ql-editor';
const JUMP = '[role="dialog"] .ql-editor';

let rig: Rig;

beforeAll(async () => {
  rig = await launchBrowser();
});

afterAll(async () => {
  await rig?.close();
});

async function resetChannel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const q = (window as any).__quill('channel');
    q.setText('', 'api');
    q.history.clear();
  });
  await focusSlack(page, 'channel');
  await waitAttr(page, CHANNEL, '');
}

/** The stored count stays at `n` past the confirmation window (no late second record). */
async function expectCountStays(site: 'slack', n: number): Promise<void> {
  await new Promise((r) => setTimeout(r, SEND_CONFIRM_MS + 500));
  expect((await storedMessages(rig, site)).messages).toBe(n);
}

describe('client-v2: no message_input wrapper', () => {
  let page: Page;
  beforeAll(async () => {
    page = await rig.open('slack', { wrapper: 'none' });
    await waitAttr(page, CHANNEL, '');
  });

  test('the fixture really has no wrapper, a combobox search and a localized label', async () => {
    const shape = await page.evaluate(() => ({
      app: document.documentElement.dataset.app,
      wrappers: document.querySelectorAll('[data-qa="message_input"]').length,
      searchRole: document.querySelector('[role="search"] .ql-editor')?.getAttribute('role'),
    }));
    expect(shape).toEqual({ app: 'client-v2', wrappers: 0, searchRole: 'combobox' });
  });

  test('a "Jump to" dialog without a send button is not hooked', async () => {
    await page.evaluate(() => (window as any).__slack.openJumpTo());
    await page.keyboard.type(TEXTS['vague-ask']);
    // A thread composer opened afterwards is hooked: the scan after the dialog has run.
    await page.evaluate(() => (window as any).__slack.openThread(0));
    await waitAttr(page, THREAD, '');
    expect(await attr(page, JUMP)).toBeNull();
    await page.evaluate(() => (window as any).__slack.closeJumpTo());
  });

  test('the thread composer is hooked and analysed on its own', async () => {
    await focusSlack(page, 'thread');
    await page.keyboard.type(TEXTS['vague-ask']);
    await waitAttr(page, THREAD, expectedAttr(TEXTS['vague-ask'], 'slack'));
    await page.evaluate(() => (window as any).__slack.closeThread());
    await page.waitForFunction(() => document.querySelectorAll('[data-candor-findings]').length === 1);
  });

  test('an edit saved with the plain primary button is hooked and counts once', async () => {
    const before = (await storedMessages(rig, 'slack')).messages;
    await page.evaluate(() => (window as any).__slack.editLast());
    await waitAttr(page, EDIT, '');
    await focusSlack(page, 'edit');
    await page.keyboard.type(' Per my last email.');
    await page.click('[data-qa="message_editor"] button.c-button--primary');
    expect(await page.evaluate(() => (window as any).__sent.at(-1))).toMatchObject({ composer: 'edit', via: 'save' });
    await waitStoredMessages(rig, 'slack', before + 1);
    await expectCountStays('slack', before + 1);
  });
});

describe('"Enter inserts a new line"', () => {
  let page: Page;
  beforeAll(async () => {
    page = await rig.open('slack', { enter: 'newline' });
    await waitAttr(page, '.p-message_pane_input [data-qa="message_input"] .ql-editor', '');
  });

  test('Enter adds lines without counting; Ctrl+Enter sends, counted exactly once', async () => {
    const sel = '.p-message_pane_input .ql-editor';
    const before = (await storedMessages(rig, 'slack')).messages;
    const sentBefore = await page.evaluate(() => (window as any).__sent.length);
    await resetChannel(page);
    await page.keyboard.type('Release plan for Thursday:');
    await page.keyboard.press('Enter');
    // Past the window: the Enter was a new line, not a send.
    await expectCountStays('slack', before);
    await page.keyboard.type('1. Dana cuts the branch at 10.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2. I post the notes by 3pm.');
    expect(await page.evaluate(() => (window as any).__sent.length)).toBe(sentBefore);
    await page.keyboard.press('Control+Enter');
    const sent = await page.evaluate(() => (window as any).__sent.at(-1));
    expect(sent).toMatchObject({ via: 'ctrl-enter' });
    expect(sent.text.split('\n')).toHaveLength(3);
    expect(await slackComposerText(page, 'channel')).toBe('\n');
    await waitStoredMessages(rig, 'slack', before + 1);
    await expectCountStays('slack', before + 1);
    expect(await attr(page, sel)).toBe('');
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});

describe('@channel asks for confirmation first', () => {
  let page: Page;
  const MODAL = '[data-qa="fixture_notify_all_modal"]';
  const TEXT = '@channel the deploy window moves to 3pm today.';
  beforeAll(async () => {
    page = await rig.open('slack');
    await waitAttr(page, CHANNEL, '');
  });

  test('confirmed after the usual window: counted exactly once, when Slack sends it', async () => {
    const before = (await storedMessages(rig, 'slack')).messages;
    const sentBefore = await page.evaluate(() => (window as any).__sent.length);
    await resetChannel(page);
    await page.keyboard.type(TEXT);
    await page.keyboard.press('Enter');
    await page.waitForSelector(MODAL);
    // The user reads the dialog for longer than the send window: the gesture must stay a candidate.
    await new Promise((r) => setTimeout(r, SEND_CONFIRM_MS + 1500));
    expect((await storedMessages(rig, 'slack')).messages).toBe(before);
    expect(await slackComposerText(page, 'channel')).toContain('@channel');
    await page.click(`${MODAL} button.c-button--primary`);
    expect(await page.evaluate(() => (window as any).__sent.length)).toBe(sentBefore + 1);
    await waitStoredMessages(rig, 'slack', before + 1);
    await expectCountStays('slack', before + 1);
  });

  test('cancelled: nothing counted, the draft is kept', async () => {
    const before = (await storedMessages(rig, 'slack')).messages;
    await resetChannel(page);
    await page.keyboard.type(TEXT);
    await page.keyboard.press('Enter');
    await page.waitForSelector(MODAL);
    await page.click(`${MODAL} button.c-button--outline`);
    await expectCountStays('slack', before);
    expect(await slackComposerText(page, 'channel')).toBe(`${TEXT}\n`);
  });
});
