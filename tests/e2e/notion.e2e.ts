// The content script on the Notion fixture, nested (live) and legacy models: a page only read is
// not marked; once edited it is analysed as one document (headings, bullets, to-dos; code
// skipped) with findings mapped back to their block; typing and Notion's block swaps are
// unharmed; apply goes through execCommand and survives Notion's check; leaving an edited page
// records counts only; a 5,000-word page stays smooth. Keys at the editable root, unmounted
// blocks and the legacy host: notion-variants.e2e.ts. Each category flagged in its block, clean
// text, typed text intact, Apply by keyboard with caret and undo, and one page left counted once
// are the composer contract's (tests/e2e/contract/sites/notion.ts, every model and host).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  TEXTS,
  applyViaCard,
  applyViaClick,
  attr,
  attributedElements,
  distinctiveWords,
  expectedAttr,
  replacementFinding,
  storedMessages,
  waitAttr,
  waitSettled,
  waitStoredMessages,
} from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { blankPage, documentOf, highlightCount, badgeShown, highlightedBlocks, model, type Block } from './support/notion';
import { COMPOSER_SELECTORS as SEL } from './support/page';

let rig: Rig;
let page: Page;

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('notion');
});

afterAll(async () => {
  await rig?.close();
});

// The live nested model (one editable root, leaves editable too) is the fixture's default; the
// older flat model (each leaf its own editing host) is ?variant=legacy.
const VARIANTS = ['nested', 'legacy'] as const;
type Variant = (typeof VARIANTS)[number];
const pageFor = async (variant: Variant): Promise<Page> => (variant === 'nested' ? page : rig.open('notion', { variant: 'legacy' }));
const done = async (p: Page) => {
  if (p !== page) await p.close();
};

describe.each(VARIANTS)('hooking (%s model)', (variant) => {
  test('a page only read is not marked up; one typed character and the whole page is judged', async () => {
    const p = await pageFor(variant);
    expect(await p.evaluate(() => (window as any).__notion.variant)).toBe(variant);
    await p.evaluate(() => (window as any).__notion.navigate('review'));
    const before = await model(p);
    expect(expectedAttr(documentOf(before), 'notion'), 'the review page has flaggable text').toBe('passive-aggressive');
    // Hooked and settled: nothing is due on a page only read (no timer left to show something).
    expect(await waitSettled(p, SEL.notion)).toBe('');
    expect(await highlightCount(p)).toBe(0);
    expect(await badgeShown(p)).toBe(false);

    // One character at the end of the last (clean) block: an edit, so every block is judged.
    await p.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    await p.keyboard.type('!');
    const blocks = await model(p);
    expect(expectedAttr(blocks.at(-1)!.text, 'notion'), 'the edited block alone is clean').toBe('');
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(blocks), 'notion'));
    expect(await highlightCount(p)).toBeGreaterThan(0);
    expect(await badgeShown(p)).toBe(true);
    // The underline sits in a block the user did not touch.
    expect(await highlightedBlocks(p, 'passive-aggressive')).toContain(blocks[1].id);
    expect(await attributedElements(p)).toHaveLength(1);
    await done(p);
  });

  test('a paste is an edit too (Notion inserts pasted text itself: no input event)', async () => {
    const p = await pageFor(variant);
    // Through another page: a fresh, unedited visit of the review page.
    await p.evaluate(() => {
      (window as any).__notion.navigate('retro');
      (window as any).__notion.navigate('review');
    });
    await waitAttr(p, SEL.notion, '');
    await p.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    const inputs = await p.evaluate(() => {
      let n = 0;
      document.addEventListener('input', () => n++, true);
      const dt = new DataTransfer();
      dt.setData('text/plain', ' Pasted.');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      return n;
    });
    expect(inputs).toBe(0);
    expect((await model(p)).at(-1)!.text).toBe('Notes from the call go below. Pasted.');
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(await model(p)), 'notion'));
    expect(await attr(p, SEL.notion)).not.toBe('');
    await done(p);
  });

  test('code blocks are skipped when the page is judged', async () => {
    const p = await pageFor(variant);
    await p.evaluate(() => (window as any).__notion.navigate('launch'));
    await p.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    await p.keyboard.type('!');
    const blocks = await model(p);
    const doc = documentOf(blocks);
    const code = blocks.find((b) => b.type === 'code')!.text;
    // The code block says "per my last email": flagged if it were read, so skipping is tested.
    expect(expectedAttr(code, 'notion')).toContain('passive-aggressive');
    expect(expectedAttr(doc, 'notion')).not.toContain('passive-aggressive');
    await waitAttr(p, SEL.notion, expectedAttr(doc, 'notion'));
    await done(p);
  });

  test('a new page after SPA navigation is picked up (unmarked until edited), the old one released', async () => {
    const p = await pageFor(variant);
    await p.evaluate(() => (window as any).__notion.navigate('retro'));
    await waitAttr(p, SEL.notion, '');
    expect(await attributedElements(p)).toHaveLength(1);
    await p.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    await p.keyboard.type(TEXTS['passive-aggressive']);
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(await model(p)), 'notion'));
    await done(p);
  });

  test('a finding in the third block maps to the third block', async () => {
    const p = await pageFor(variant);
    await blankPage(p);
    // Where keys and input go: the editable root in the nested model, the leaf in the legacy one.
    const focused = await p.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return a.hasAttribute('data-content-editable-root') ? 'root' : a.matches('[data-content-editable-leaf]') ? 'leaf' : a.tagName;
    });
    expect(focused).toBe(variant === 'nested' ? 'root' : 'leaf');
    await p.keyboard.type('# Plan');
    await p.keyboard.press('Enter');
    await p.keyboard.type('We ship on Monday.');
    await p.keyboard.press('Enter');
    await p.keyboard.type(TEXTS['passive-aggressive']);
    const blocks = await model(p);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'text', 'text']);
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(blocks), 'notion'));
    expect(await highlightedBlocks(p, 'passive-aggressive')).toEqual([blocks[2].id]);
    await done(p);
  });
});

describe('never lose a character (markdown shortcuts swap leaves)', () => {
  async function typeDoc(p: Page, hooked: boolean): Promise<Block[]> {
    await blankPage(p, hooked);
    for (const [i, line] of ['# Launch notes', '- per my last email, the list is final', '[] Confirm the date', 'Can someone take a look?'].entries()) {
      if (i) await p.keyboard.press('Enter');
      if (i >= 2) await p.keyboard.press('Enter'); // Enter in an empty list item turns it into text
      await p.keyboard.type(line, { delay: 5 });
      // With Candor: let each line's analysis land before the next markdown shortcut.
      if (hooked) await waitSettled(p, SEL.notion);
    }
    return model(p);
  }

  test('blocks and text are identical with the extension on and off', async () => {
    const on = await typeDoc(page, true);
    const off = await launchBrowser({ extension: false });
    try {
      const without = await typeDoc(await off.open('notion'), false);
      expect(on).toEqual(without);
      expect(on.map((b) => b.type)).toEqual(['header', 'bulleted_list', 'to_do', 'text']);
    } finally {
      await off.close();
    }
  });
});

describe.each(VARIANTS)('apply (%s model)', (variant) => {
  const text = Object.values(TEXTS).find((t) => replacementFinding(t, 'notion'));

  test('by pointer: click the underline, Apply', async () => {
    expect(text, 'no sample text has a replacement finding').toBeTruthy();
    const f = replacementFinding(text!, 'notion')!;
    const p = await pageFor(variant);
    await blankPage(p);
    await p.keyboard.type(text!);
    await waitAttr(p, SEL.notion, expectedAttr(text!, 'notion'));
    await applyViaClick(p, f.category);
    const replaced = text!.slice(0, f.start) + f.suggestion + text!.slice(f.end);
    await p.waitForFunction((want) => (window as any).__notionModel()[0].text === want, replaced);
    await done(p);
  });
});

describe('apply when Notion reverts the write (?revert=1)', () => {
  test('the card says the app did not keep the change and offers Copy; the block reads as before', async () => {
    const text = Object.values(TEXTS).find((t) => replacementFinding(t, 'notion'))!;
    const f = replacementFinding(text, 'notion')!;
    const p = await rig.open('notion', { revert: '1' });
    await blankPage(p);
    await p.keyboard.type(text);
    await waitAttr(p, SEL.notion, expectedAttr(text, 'notion'));
    await p.evaluate((o) => (window as any).__notion.focusBlock(0, o), f.start);
    await applyViaCard(p);
    // The write lands, then the app rolls it back (500 ms later, inside Candor's 1 s check).
    const replaced = text.slice(0, f.start) + f.suggestion + text.slice(f.end);
    await p.waitForFunction((want) => (window as any).__notionModel()[0].text === want, replaced);
    await p.waitForFunction((want) => (window as any).__notionModel()[0].text === want, text);
    const status = p.locator('[data-candor-status]');
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toMatch(/^The app undid this change/);
    expect(await p.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
    await p.getByRole('button', { name: `Copy: ${f.suggestion}` }).click();
    await expect.poll(() => status.innerText()).toMatch(/^Copied|^The clipboard isn’t available/);
    expect((await model(p))[0].text).toBe(text);
    await p.close();
  });
});

describe('leaving a page', () => {
  test('leaving an edited page records counts only; leaving an untouched page records nothing', async () => {
    await blankPage(page);
    const before = (await storedMessages(rig, 'notion')).messages;
    const text = TEXTS['passive-aggressive'] + ' ' + TEXTS['vague-ask'];
    await page.keyboard.type(text);
    await page.evaluate(() => (window as any).__notion.navigate('retro'));
    expect((await page.evaluate(() => (window as any).__sent.at(-1))).edited).toBe(true);
    const raw = await waitStoredMessages(rig, 'notion', before + 1);
    for (const w of distinctiveWords(text)) expect(raw).not.toContain(w);

    await waitAttr(page, SEL.notion, ''); // the new page is hooked, untouched
    await page.evaluate(() => (window as any).__notion.navigate('launch'));
    await page.waitForTimeout(1500);
    expect((await storedMessages(rig, 'notion')).messages).toBe(before + 1);
  });
});

describe('a 5,000-word page', () => {
  test('is analysed once edited, and typing in it causes no long task', async () => {
    const p = await rig.open('notion', { size: '5000' });
    const words = await p.evaluate(() => (window as any).__notion.wordCount());
    expect(words).toBeGreaterThanOrEqual(5000);
    await p.waitForFunction(() => document.querySelector('.notion-page-content')?.getAttribute('data-candor-findings') != null);
    // Focusing a block of a huge page is a long task of the page's own (also with Candor off).
    await p.evaluate(() => (window as any).__notion.focusBlock(40, 'end'));
    await p.waitForTimeout(300);
    // The page is judged from its first edit on: make that edit, let the full analysis land.
    await p.keyboard.type(' ');
    await p.waitForFunction(() => !!document.querySelector('.notion-page-content')?.getAttribute('data-candor-findings'), null, { timeout: 8000 });
    await p.evaluate(() => {
      (window as any).__long = [];
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => {
          (window as any).__long.push(Math.round(e.duration));
        }),
      ).observe({ type: 'longtask' });
    });
    const typed = ' Adding one more sentence while the page is long, with pauses in between.';
    for (const chunk of typed.match(/.{1,12}/g)!) {
      await p.keyboard.type(chunk, { delay: 15 });
      await p.waitForTimeout(450); // typing pauses: analyses run in between
    }
    await p.waitForTimeout(800);
    const long: number[] = await p.evaluate(() => (window as any).__long);
    const block = await p.evaluate(() => (window as any).__notionModel()[40].text as string);
    expect(block.endsWith(' ' + typed)).toBe(true);
    console.log(`5,000-word page: long tasks while typing: ${JSON.stringify(long)}`);
    expect(long.filter((d) => d >= 50)).toEqual([]);
    await p.close();
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
