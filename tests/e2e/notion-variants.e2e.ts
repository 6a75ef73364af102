// Notion as it is in 2026, beyond the basic contract (notion.e2e.ts): Candor's keys when they
// target the live editable root, long pages that unmount off-screen blocks (?virtualize=1), and
// the legacy host www.notion.so (SITES.md, "What changed in 2026" and Notion).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countWords } from '../../lib/analysis/document';
import { TEXTS, attr, expectedAttr, storedMessages, waitAttr, waitStoredMessages } from './coach-helpers';
import { launchBrowser, type Rig } from './support/browser';
import { blankPage, documentOf, highlightCount, highlightedBlocks, model, notionWords as wordsOf } from './support/notion';
import { COMPOSER_SELECTORS as SEL } from './support/page';

let rig: Rig;
let page: Page;
const notionWords = () => wordsOf(rig);

beforeAll(async () => {
  rig = await launchBrowser();
  page = await rig.open('notion');
});

afterAll(async () => {
  await rig?.close();
});

describe('keyboard shortcuts on the editable root (nested model)', () => {
  const cardOpen = (p: Page) => p.evaluate(() => !!document.querySelector('candor-card')?.matches(':popover-open'));
  const activeIsRoot = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('data-content-editable-root') === 'true');

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

describe('a long page that unmounts off-screen blocks (?virtualize=1)', () => {
  const scrollTo = (p: Page, where: 'top' | 'bottom') =>
    p.evaluate((w) => {
      const s = document.querySelector('.notion-scroller')!;
      s.scrollTop = w === 'top' ? 0 : s.scrollHeight;
    }, where);
  const mountedIds = (p: Page) =>
    p.evaluate(() => [...document.querySelectorAll('.notion-page-content > [data-block-id]')].map((b) => (b as HTMLElement).dataset.blockId));

  test('a block the user deletes on screen is dropped, not kept as unmounted', async () => {
    await page.evaluate(() => {
      (window as any).__notion.navigate('retro'); // through another page: a fresh visit
      (window as any).__notion.navigate('review');
    });
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
