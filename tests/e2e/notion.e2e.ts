// The content script on the Notion fixture, nested (live) and legacy models: the page is analysed as one
// document (headings, bullets, to-dos; code skipped) with findings mapped back to their block;
// typing and Notion's block swaps are unharmed; apply goes through execCommand and survives
// Notion's check; leaving an edited page records counts only; a 5,000-word page stays smooth.

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
import { countWords } from '../../lib/analysis/document';
import { launchBrowser, type Rig } from './support/browser';
import { COMPOSER_SELECTORS as SEL } from './support/page';

type Block = { id: string; type: string; text: string };

let rig: Rig;
let page: Page;

const model = (p: Page): Promise<Block[]> => p.evaluate(() => (window as any).__notionModel());

/** The document the content script should hand to analyze(), rebuilt from the fixture's model. */
function documentOf(blocks: Block[]): string {
  let out = '';
  let prevList = false;
  for (const b of blocks) {
    if (b.type === 'code' || !b.text.trim()) continue;
    const list = b.type === 'bulleted_list' || b.type === 'to_do';
    if (out) out += list && prevList ? '\n' : '\n\n';
    out += (b.type === 'header' ? '# ' : b.type === 'to_do' ? '[ ] ' : list ? '- ' : '') + b.text;
    prevList = list;
  }
  return out;
}

/** Fresh blank page with the caret in its only block. */
async function blankPage(p: Page, hooked = true): Promise<void> {
  await p.evaluate(() => {
    const n = (window as any).__notion;
    if (n.page() === 'blank') n.navigate('retro');
    n.navigate('blank');
    n.focusBlock(0, 'end');
  });
  if (hooked) await waitAttr(p, SEL.notion, '');
}

/** Ranges in every Candor highlight (the underlines a person would see). */
const highlightCount = (p: Page): Promise<number> =>
  p.evaluate(() =>
    [...(CSS as any).highlights.entries()]
      .filter(([name]: [string]) => name.startsWith('candor-'))
      .reduce((n: number, [, h]: [string, Set<Range>]) => n + h.size, 0),
  );

/** Is any Candor overlay (badge layer, card) on the page with something drawn? */
const badgeShown = (p: Page): Promise<boolean> =>
  p.evaluate(() => [...document.querySelectorAll('candor-layer, candor-card')].some((e) => e.getClientRects().length > 0));

/** Block ids that the UI's highlights for `category` sit in (the finding→block mapping). */
function highlightedBlocks(p: Page, category: string): Promise<string[]> {
  return p.evaluate((c) => {
    const h = (CSS as any).highlights?.get(`candor-${c}`);
    if (!h) return [];
    return [...h].map((r: Range) => {
      const n = r.startContainer;
      return ((n instanceof Element ? n : n.parentElement)!.closest('[data-block-id]') as HTMLElement).dataset.blockId!;
    });
  }, category);
}

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
const pageFor = async (variant: Variant): Promise<Page> =>
  variant === 'nested' ? page : rig.open('notion', { variant: 'legacy' });
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

describe('keyboard shortcuts on the editable root (nested model)', () => {
  const cardOpen = (p: Page) => p.evaluate(() => !!document.querySelector('candor-card')?.matches(':popover-open'));
  const activeIsRoot = (p: Page) =>
    p.evaluate(() => document.activeElement?.getAttribute('data-content-editable-root') === 'true');

  test('Alt+Shift+C opens the card, Escape closes it and gives focus back to the root', async () => {
    await blankPage(page);
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await waitAttr(page, SEL.notion, expectedAttr(TEXTS['passive-aggressive'], 'notion'));
    await page.evaluate(() => (window as any).__notion.focusBlock(0, 'start'));
    // The keys below go to the root, not to a leaf and not to .notion-page-content.
    expect(await activeIsRoot(page)).toBe(true);
    const before = (await model(page))[0].text;
    await page.keyboard.press('Alt+Shift+KeyC');
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Passive-aggressive tone' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await activeIsRoot(page)).toBe(true);
    expect(await page.evaluate(() => (window as any).__notion.caret())).toEqual({ id: (await model(page))[0].id, offset: 0 });
    expect((await model(page))[0].text).toBe(before);
  });

  test('Escape pressed in the page (root focused) closes a card opened by pointer', async () => {
    await blankPage(page);
    await page.keyboard.type(TEXTS['passive-aggressive']);
    await waitAttr(page, SEL.notion, expectedAttr(TEXTS['passive-aggressive'], 'notion'));
    const point = await page.evaluate(() => {
      const r = [...((CSS as any).highlights.get('candor-passive-aggressive') as Set<Range>)][0];
      const b = r.getClientRects()[0];
      return { x: b.left + 4, y: b.top + b.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await activeIsRoot(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
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
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as any).__long.push(Math.round(e.duration)))).observe({ type: 'longtask' });
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

/** Words counted for Notion in the stored stats (summed over days). */
async function notionWords(): Promise<number> {
  const stats = JSON.parse((await storedMessages(rig, 'notion')).raw).local?.stats;
  return Object.values<any>(stats?.days ?? {}).reduce((n: number, d: any) => n + (d?.notion?.words ?? 0), 0);
}

describe('a long page that unmounts off-screen blocks (?virtualize=1)', () => {
  const scrollTo = (p: Page, where: 'top' | 'bottom') =>
    p.evaluate((w) => {
      const s = document.querySelector('.notion-scroller')!;
      s.scrollTop = w === 'top' ? 0 : s.scrollHeight;
    }, where);
  const mountedIds = (p: Page) =>
    p.evaluate(() => [...document.querySelectorAll('.notion-page-content > [data-block-id]')].map((b) => (b as HTMLElement).dataset.blockId));

  test('a block the user deletes on screen is dropped, not kept as unmounted', async () => {
    await page.evaluate(() => (window as any).__notion.navigate('review'));
    await waitAttr(page, SEL.notion, '');
    await page.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    await page.keyboard.type(' Two more.');
    await waitAttr(page, SEL.notion, expectedAttr(documentOf(await model(page)), 'notion'));
    // Backspace at the start of the last block merges it into the one before: it vanishes.
    await page.evaluate(() => (window as any).__notion.focusBlock(-1, 'start'));
    await page.keyboard.press('Backspace');
    const blocks = await model(page);
    expect(blocks).toHaveLength(3);
    await page.waitForTimeout(900); // a typing pause: re-read
    const before = await notionWords();
    const sent = (await storedMessages(rig, 'notion')).messages;
    await page.evaluate(() => (window as any).__notion.navigate('retro'));
    await waitStoredMessages(rig, 'notion', sent + 1);
    expect((await notionWords()) - before).toBe(countWords(documentOf(blocks)));
  });

  test('blocks unmounted by scrolling are still read: the page is judged whole', async () => {
    const p = await rig.open('notion', { size: '2000', virtualize: '1' });
    await waitAttr(p, SEL.notion, '');
    // First edit near the top: a flaggable sentence in the first text block.
    const first = (await model(p)).find((b) => b.type === 'text')!;
    await p.evaluate((id) => (window as any).__notion.focusBlock(id, 'end'), first.id);
    await p.keyboard.type(' ' + TEXTS['passive-aggressive']);
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(await model(p)), 'notion'));
    expect(await attr(p, SEL.notion)).toContain('passive-aggressive');
    expect(await highlightedBlocks(p, 'passive-aggressive')).toContain(first.id);

    // Caret to the last block (the block holding the caret stays mounted), then to the bottom:
    // the top of the page unmounts, the flagged block with it.
    await p.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    await scrollTo(p, 'bottom');
    await p.waitForFunction((id) => !document.querySelector(`[data-block-id="${id}"]`), first.id);
    expect(await p.evaluate(() => (window as any).__notion.unmountedCount())).toBeGreaterThan(10);
    await p.keyboard.type(' Noted.');
    const whole = await model(p);
    expect(whole.length).toBeGreaterThan((await mountedIds(p)).length);
    await p.waitForTimeout(900); // a typing pause: the re-read and analysis run
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(whole), 'notion'));
    expect(await attr(p, SEL.notion)).toContain('passive-aggressive');

    // Back to the top: the block is mounted again (a new element, same id) and underlined again.
    await scrollTo(p, 'top');
    await p.waitForFunction((id) => !!document.querySelector(`[data-block-id="${id}"]`), first.id);
    await expect.poll(() => highlightedBlocks(p, 'passive-aggressive'), { timeout: 5000 }).toContain(first.id);
    expect(await attr(p, SEL.notion)).toBe(expectedAttr(documentOf(await model(p)), 'notion'));

    // Leaving counts the whole page's words, mounted or not, each block once.
    const before = await notionWords();
    const sent = (await storedMessages(rig, 'notion')).messages;
    const doc = documentOf(await model(p));
    await p.evaluate(() => (window as any).__notion.navigate('retro'));
    await waitStoredMessages(rig, 'notion', sent + 1);
    expect((await notionWords()) - before).toBe(countWords(doc));
    await p.close();
  });
});

describe('legacy host', () => {
  // www.notion.so still serves (or redirects to) the app: bookmarks and old links land there.
  test('the content script runs at www.notion.so too: hooked, and an edit is judged', async () => {
    const p = await rig.open('notion', { page: 'review' }, { host: 'www.notion.so' });
    expect(new URL(p.url()).hostname).toBe('www.notion.so');
    await waitAttr(p, SEL.notion, '');
    await p.evaluate(() => (window as any).__notion.focusBlock(-1, 'end'));
    await p.keyboard.type('!');
    await waitAttr(p, SEL.notion, expectedAttr(documentOf(await model(p)), 'notion'));
    expect(await highlightCount(p)).toBeGreaterThan(0);
    await p.close();
  });
});

test('no network requests and no page errors', () => {
  expect(rig.networkLog).toEqual([]);
  expect(rig.consoleErrors).toEqual([]);
});
