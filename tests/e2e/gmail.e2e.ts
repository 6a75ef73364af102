// Gmail's quirks beyond the composer contract (tests/e2e/contract/sites/gmail.ts: hooked in the
// German UI, flags, clean, body byte-identical with the extension off, apply/caret/undo with quote
// and signature untouched, the Send button counted once with only counts stored, on docked,
// inline, pop-out, full-screen, trimmed-quote and refused-send composes): several compose windows
// hooked at once and released when closed, Ctrl+Enter on a new message, and an empty compose
// sent by mistake.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEXTS, attributedElements, distinctiveWords, expectedAttr, storedMessages, waitAttr, waitStoredMessages } from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { gmailBodySelector } from './support/page';

let rig: Rig;
let page: Page;

/** Open a fresh compose window (reply: with quote and signature) and return its body selector. */
async function openCompose(p: Page, kind: 'new' | 'reply' = 'reply'): Promise<string> {
  const id = await p.evaluate((k) => (window as any).__gmail.openCompose(k).getAttribute('data-compose-id'), kind);
  const sel = gmailBodySelector(id);
  await waitAttr(p, sel, '');
  return sel;
}

async function closeAll(p: Page): Promise<void> {
  await p.evaluate(() =>
    document.querySelectorAll<HTMLElement>('.Hd .Ha').forEach((x) => {
      x.click();
    }),
  );
}

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('gmail');
});

afterAll(async () => {
  await rig?.close();
});

describe('hooking', () => {
  test('several compose windows and the inline reply are hooked at once', async () => {
    const a = await openCompose(page, 'new');
    const b = await openCompose(page, 'reply');
    await page.evaluate(() => (window as any).__gmail.openInlineReply());
    await waitAttr(page, gmailBodySelector('inline'), '');
    expect((await attributedElements(page)).length).toBe(4);

    await page.evaluate(() => (window as any).__gmail.focusBody(document.querySelector('.M9[data-compose-id="c2"]')));
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await page.evaluate(() => (window as any).__gmail.focusBody(document.querySelector('.M9[data-compose-id="c3"]')));
    await page.keyboard.type(TEXTS['vague-ask']);
    await waitAttr(page, a, expectedAttr(TEXTS['passive-aggressive'], 'gmail'));
    await waitAttr(page, b, expectedAttr(TEXTS['vague-ask'], 'gmail'));

    await closeAll(page);
    // Only the inline reply stays open: closed compose windows are released (attribute gone with them).
    await page.waitForFunction(() => document.querySelectorAll('[data-candor-findings]').length === 1);
  });
});

describe('sending', () => {
  test('Ctrl+Enter still sends and is recorded', async () => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    const sel = await openCompose(page, 'new');
    // A new message needs a recipient and a subject, or Gmail refuses / asks first.
    const compose = sel.replace(/ \[g_editable="true"\]$/, '');
    await page.fill(`${compose} input[name=to]`, 'ravi@example.com');
    await page.fill(`${compose} input[name=subjectbox]`, 'Release notes');
    await page.evaluate((s) => (window as any).__gmail.focusBody(document.querySelector(s)), compose);
    await page.keyboard.type(TEXTS.clean);
    await page.keyboard.press('Control+Enter');
    expect((await page.evaluate(() => (window as any).__sent.at(-1))).via).toBe('shortcut');
    const raw = await waitStoredMessages(rig, 'gmail', before + 1);
    for (const w of distinctiveWords(TEXTS.clean)) expect(raw).not.toContain(w);
  });

  test('an empty compose sent by mistake (only signature and quote) records nothing', async () => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    await openCompose(page, 'reply');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(600);
    expect((await storedMessages(rig, 'gmail')).messages).toBe(before);
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
