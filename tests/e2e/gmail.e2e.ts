// The content script on the Gmail fixture (German UI by default: the body's aria-label is
// translated, so hooking must not depend on it): compose windows and inline replies, several at
// once; the quoted reply and the signature are neither analysed nor touched; apply/caret/undo
// through execCommand; sending still works and stores counts only; no network.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CATEGORY_LIST,
  TEXTS,
  applyViaCard,
  attr,
  attributedElements,
  distinctiveWords,
  expectedAttr,
  replacementFinding,
  storedMessages,
  waitAttr,
  waitStoredMessages,
} from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { gmailBodySelector, typeLikeAPerson } from './support/page';

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

/** The non-user parts of a body, byte for byte. */
function protectedHtml(p: Page, bodySel: string): Promise<string[]> {
  return p.evaluate(
    (s) => [...document.querySelector(s)!.querySelectorAll('.gmail_signature_prefix, .gmail_signature, .gmail_quote_container')].map((e) => e.outerHTML),
    bodySel,
  );
}

/** Text of the body's first line (where the user types). */
function firstLine(p: Page, bodySel: string): Promise<string> {
  return p.evaluate((s) => (document.querySelector(s)!.firstElementChild as HTMLElement).textContent!.replace(/\u00a0/g, ' '), bodySel);
}

/** Caret at `offset` of the first line; returns nothing. */
function placeCaret(p: Page, bodySel: string, offset: number): Promise<void> {
  return p.evaluate(
    ([s, o]) => {
      const line = document.querySelector(s as string)!.firstElementChild!;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let left = o as number;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (left <= n.length) {
          const r = document.createRange();
          r.setStart(n, left);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
          return;
        }
        left -= n.length;
      }
      throw new Error('offset past the first line');
    },
    [bodySel, offset] as const,
  );
}

/** Caret offset within the first line, or null when the caret is elsewhere or not collapsed. */
function caretOffset(p: Page, bodySel: string): Promise<number | null> {
  return p.evaluate((s) => {
    const sel = getSelection()!;
    const line = document.querySelector(s)!.firstElementChild!;
    if (!sel.rangeCount || !sel.isCollapsed || !line.contains(sel.anchorNode)) return null;
    const r = document.createRange();
    r.setStart(line, 0);
    r.setEnd(sel.anchorNode!, sel.anchorOffset);
    return r.toString().length;
  }, bodySel);
}

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('gmail');
});

afterAll(async () => {
  await rig?.close();
});

describe('hooking', () => {
  test('the reply body is hooked (German UI); nothing else gets the attribute', async () => {
    await waitAttr(page, '.M9 [g_editable="true"]', '');
    expect(await attributedElements(page)).toHaveLength(1);
    expect(await attr(page, '.gb_search input')).toBeNull();
  });

  test('the quoted reply (which is passive-aggressive) is not analysed', async () => {
    // Ravi's quoted mail opens with "Per my last email": flagged if it were read.
    expect(expectedAttr('Per my last email, I already sent the numbers twice.', 'gmail')).not.toBe('');
    await page.waitForTimeout(1200);
    expect(await attr(page, '.M9 [g_editable="true"]')).toBe('');
  });

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

describe('flags', () => {
  test.each(CATEGORY_LIST)('%s is flagged in a reply, and the quote and signature stay untouched', async (category) => {
    const sel = await openCompose(page, 'reply');
    const before = await protectedHtml(page, sel);
    const text = TEXTS[category];
    const expected = expectedAttr(text, 'gmail');
    expect(expected.split(' '), `the engine flags "${category}" in its sample`).toContain(category);
    if (text.length > 200) await page.keyboard.insertText(text);
    else await page.keyboard.type(text);
    await waitAttr(page, sel, expected);
    expect(await protectedHtml(page, sel)).toEqual(before);
    await closeAll(page);
  });

  test('clean text is not flagged', async () => {
    const sel = await openCompose(page, 'reply');
    await page.keyboard.type(TEXTS['vague-ask']);
    await waitAttr(page, sel, expectedAttr(TEXTS['vague-ask'], 'gmail'));
    // Clear the first line (the user's words), then type the clean text.
    await page.evaluate((s) => (window as any).__gmail.focusBody(document.querySelector(s)!.closest('.M9')), sel);
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.type(TEXTS.clean);
    await waitAttr(page, sel, '');
    expect(expectedAttr(TEXTS.clean, 'gmail')).toBe('');
    await closeAll(page);
  });
});

describe('never lose a character', () => {
  async function typeMessage(p: Page): Promise<{ html: string; text: string }> {
    await closeAll(p);
    const id = await p.evaluate(() => (window as any).__gmail.openCompose('reply').getAttribute('data-compose-id'));
    const sel = gmailBodySelector(id);
    await typeLikeAPerson(p, 'Hi Ravi,\nPer my last email, can someone check the numbers?', { delay: 8 });
    await p.waitForTimeout(700);
    await typeLikeAPerson(p, '\nThanks — Dana', { delay: 8 });
    await p.waitForTimeout(700);
    return p.evaluate((s) => ({ html: document.querySelector(s)!.innerHTML, text: (document.querySelector(s) as HTMLElement).innerText }), sel);
  }

  test('the body ends up byte-identical with the extension on and off', async () => {
    const on = await typeMessage(page);
    const off = await launchBrowser({ extension: false });
    try {
      const plain = await off.open('gmail', { compose: 'none' });
      const without = await typeMessage(plain);
      expect(on.html).toBe(without.html);
      expect(on.text.replace(/\u00a0/g, ' ')).toContain('Per my last email, can someone check the numbers?');
    } finally {
      await off.close();
    }
    await closeAll(page);
  });
});

describe('apply', () => {
  const sample = Object.values(TEXTS).find((t) => replacementFinding(t, 'gmail'));

  test('a sample with a drop-in replacement exists', () => {
    expect(sample, 'no sample text has a replacement finding').toBeTruthy();
  });

  test('Apply replaces exactly the span, caret after it, Ctrl+Z restores; quote and signature untouched', async () => {
    const text = sample!;
    const f = replacementFinding(text, 'gmail')!;
    const sel = await openCompose(page, 'reply');
    const before = await protectedHtml(page, sel);
    await page.keyboard.type(text);
    await waitAttr(page, sel, expectedAttr(text, 'gmail'));
    expect(await firstLine(page, sel)).toBe(text);
    await placeCaret(page, sel, f.start);
    await applyViaCard(page);
    const replaced = text.slice(0, f.start) + f.suggestion + text.slice(f.end);
    await page.waitForFunction(([s, want]) => (document.querySelector(s!)!.firstElementChild as HTMLElement).textContent!.replace(/\u00a0/g, ' ') === want, [
      sel,
      replaced,
    ] as const);
    expect(await caretOffset(page, sel)).toBe(f.start + f.suggestion.length);
    expect(await protectedHtml(page, sel)).toEqual(before);
    await page.keyboard.press('Control+z');
    expect(await firstLine(page, sel)).toBe(text);
    expect(await protectedHtml(page, sel)).toEqual(before);
    await closeAll(page);
  });
});

describe('sending', () => {
  test('the Send button still sends and only counts are stored', async () => {
    const before = (await storedMessages(rig, 'gmail')).messages;
    const sel = await openCompose(page, 'reply');
    const text = TEXTS['passive-aggressive'] + ' ' + TEXTS['vague-ask'];
    await page.keyboard.type(text);
    const id = await page.evaluate((s) => document.querySelector(s)!.closest('.M9')!.getAttribute('data-compose-id'), sel);
    await page.click(`.M9[data-compose-id="${id}"] .aoO`);
    const sent = await page.evaluate(() => (window as any).__sent.at(-1));
    expect(sent.via).toBe('button');
    expect(sent.text.replace(/\u00a0/g, ' ')).toContain(text);
    expect(await page.$(sel)).toBeNull();
    const raw = await waitStoredMessages(rig, 'gmail', before + 1);
    for (const w of distinctiveWords(text)) expect(raw).not.toContain(w);
  });

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
