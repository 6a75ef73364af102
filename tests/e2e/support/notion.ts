// Notion e2e helpers shared by notion.e2e.ts and notion-variants.e2e.ts: the fixture's model, the
// document the content script should build from it, and what a person sees of Candor's marks.

import type { Page } from 'playwright-core';
import { storedMessages, waitAttr } from '../coach-helpers';
import type { Rig } from './browser';
import { COMPOSER_SELECTORS as SEL, type NotionBlock } from './page';

export type Block = NotionBlock;

export const model = (p: Page): Promise<Block[]> => p.evaluate(() => (window as any).__notionModel());

/** The document the content script should hand to analyze(), rebuilt from the fixture's model. */
export function documentOf(blocks: Block[]): string {
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
export async function blankPage(p: Page, hooked = true): Promise<void> {
  await p.evaluate(() => {
    const n = (window as any).__notion;
    if (n.page() === 'blank') n.navigate('retro');
    n.navigate('blank');
    n.focusBlock(0, 'end');
  });
  if (hooked) await waitAttr(p, SEL.notion, '');
}

/** Ranges in every Candor highlight (the underlines a person would see). */
export const highlightCount = (p: Page): Promise<number> =>
  p.evaluate(() =>
    [...(CSS as any).highlights.entries()]
      .filter(([name]: [string]) => name.startsWith('candor-'))
      .reduce((n: number, [, h]: [string, Set<Range>]) => n + h.size, 0),
  );

/** Is any Candor overlay (badge layer, card) on the page with something drawn? */
export const badgeShown = (p: Page): Promise<boolean> =>
  p.evaluate(() => [...document.querySelectorAll('candor-layer, candor-card')].some((e) => e.getClientRects().length > 0));

/** Block ids that the UI's highlights for `category` sit in (the finding→block mapping). */
export function highlightedBlocks(p: Page, category: string): Promise<string[]> {
  return p.evaluate((c) => {
    const h = (CSS as any).highlights?.get(`candor-${c}`);
    if (!h) return [];
    return [...h].map((r: Range) => {
      const n = r.startContainer;
      return ((n instanceof Element ? n : n.parentElement)!.closest('[data-block-id]') as HTMLElement).dataset.blockId!;
    });
  }, category);
}

/** Words counted for Notion in the stored stats (summed over days). */
export async function notionWords(rig: Rig): Promise<number> {
  const stats = JSON.parse((await storedMessages(rig, 'notion')).raw).local?.stats;
  return Object.values<any>(stats?.days ?? {}).reduce((n: number, d: any) => n + (d?.notion?.words ?? 0), 0);
}
