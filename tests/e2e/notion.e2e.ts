// The content script on the Notion fixture, nested (live) and legacy models: a page only read is
// not marked; once edited it is analysed as one document (headings, bullets, to-dos; code
// skipped) with findings mapped back to their block; typing and Notion's block swaps are
// unharmed; apply goes through execCommand and survives Notion's check; leaving an edited page
// records counts only; a 5,000-word page stays smooth. Keys at the editable root, unmounted
// blocks and the legacy host: notion-variants.e2e.ts.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CATEGORY_LIST,
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
    await waitAttr(p, SEL.notion, ''); // hooked
    await p.waitForTimeout(1500); // well past a typing pause: an analysis would have shown by now
    expect(await attr(p, SEL.notion)).toBe('');
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

describe('flags', () => {
  test.each(CATEGORY_LIST)('%s is flagged and mapped to its block', async (category) => {
    await blankPage(page);
    const text = TEXTS[category];
    const expected = expectedAttr(text, 'notion');
    expect(expected.split(' '), `the engine flags "${category}" in its sample`).toContain(category);
    if (text.length > 200) await page.keyboard.insertText(text);
    else await page.keyboard.type(text);
    await waitAttr(page, SEL.notion, expected);
    const id = (await model(page))[0].id;
    const where = await highlightedBlocks(page, category);
    expect(where.length).toBeGreaterThan(0);
    expect(new Set(where)).toEqual(new Set([id]));
  });

  test('clean text is not flagged', async () => {
    await blankPage(page);
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await waitAttr(page, SEL.notion, expectedAttr(TEXTS['passive-aggressive'], 'notion'));
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(TEXTS.clean);
    expect(expectedAttr(TEXTS.clean, 'notion')).toBe('');
    await waitAttr(page, SEL.notion, '');
  });
});

describe('never lose a character', () => {
  async function typeDoc(p: Page, hooked: boolean): Promise<Block[]> {
    await blankPage(p, hooked);
    for (const [i, line] of ['# Launch notes', '- per my last email, the list is final', '[] Confirm the date', 'Can someone take a look?'].entries()) {
      if (i) await p.keyboard.press('Enter');
      if (i >= 2) await p.keyboard.press('Enter'); // Enter in an empty list item turns it into text
      await p.keyboard.type(line, { delay: 5 });
      await p.waitForTimeout(500);
    }
    await p.waitForTimeout(700);
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

  test('Apply replaces exactly the span, caret after it, Ctrl+Z restores', async () => {
    expect(text, 'no sample text has a replacement finding').toBeTruthy();
    const f = replacementFinding(text!, 'notion')!;
    const p = await pageFor(variant);
    await blankPage(p);
    await p.keyboard.type(text!);
    await waitAttr(p, SEL.notion, expectedAttr(text!, 'notion'));
    await p.evaluate((o) => (window as any).__notion.focusBlock(0, o), f.start);
    // Keyboard in both models (in the nested one the keys target the editable root).
    await applyViaCard(p);
    const replaced = text!.slice(0, f.start) + f.suggestion + text!.slice(f.end);
    await p.waitForFunction((want) => (window as any).__notionModel()[0].text === want, replaced);
    const id = (await model(p))[0].id;
    expect(await p.evaluate(() => (window as any).__notion.caret())).toEqual({ id, offset: f.start + f.suggestion.length });
    await p.waitForTimeout(1200); // past the content script's "did Notion keep it" check
    expect((await model(p))[0].text).toBe(replaced);
    await p.keyboard.press('Control+z');
    expect((await model(p))[0].text).toBe(text);
    await done(p);
  });

  test('by pointer too: click the underline, Apply', async () => {
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
