// Underlines through the CSS Custom Highlight API: ranges are registered by name and painted by
// `::highlight(name)` rules, so nothing is inserted into the composer. One Highlight per category
// is shared by every composer on the page (each composer owns its own ranges within it).
//
// `::highlight()` rules only apply from a stylesheet of the document that holds the text, so a
// single <style> with just those rules goes into the page's <head>; it is removed with the last
// composer UI.

import { CATEGORIES, type Category } from '../../analysis/types';
import { CATEGORY_LOOK, highlightName } from './categories';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

type Owner = object;

/** The phrase whose card is open, tinted so it is clear what the card talks about. */
export const ACTIVE_HIGHLIGHT = 'candor-active';

const owners = new Map<Owner, Map<Category, Range[]>>();
const mine = new Map<Category, Highlight>();
let style: HTMLStyleElement | null = null;
let active: Highlight | null = null;
let activeOwner: Owner | null = null;

export function pageHighlightCss(): string {
  return CATEGORIES.map((c) => {
    const look = CATEGORY_LOOK[c];
    const decl = [
      `text-decoration-line: underline`,
      `text-decoration-style: ${look.line}`,
      `text-decoration-color: ${c === 'wall-of-text' ? hexAlpha(look.color, 0.4) : look.color}`,
      `text-decoration-thickness: ${c === 'wall-of-text' ? '1px' : '1.5px'}`,
      `text-decoration-skip-ink: none`,
    ];
    if (look.tint) decl.push(`background-color: ${look.tint}`);
    return `::highlight(${highlightName(c)}) { ${decl.join('; ')}; }`;
  })
    .concat(`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(128, 128, 128, 0.15); }`)
    .join('\n');
}

function hexAlpha(hex: string, a: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
}

/** Registers an owner (one composer UI); injects the page style on first use. */
export function acquireHighlights(owner: Owner, doc: Document): void {
  if (!owners.has(owner)) owners.set(owner, new Map());
  if (!style?.isConnected) {
    style?.remove();
    style = doc.createElement('style');
    style.setAttribute('data-candor-ui', 'highlights');
    style.textContent = pageHighlightCss();
    (doc.head ?? doc.documentElement).appendChild(style);
  }
}

/** Replaces the owner's ranges; only categories whose ranges changed are touched. */
export function setHighlightRanges(owner: Owner, byCategory: Map<Category, Range[]>): void {
  const current = owners.get(owner);
  if (!current) return;
  for (const category of CATEGORIES) {
    const before = current.get(category) ?? [];
    const after = byCategory.get(category) ?? [];
    if (sameRanges(before, after)) continue;
    let hl = mine.get(category);
    if (!hl) {
      hl = new Highlight();
      mine.set(category, hl);
    }
    for (const r of before) hl.delete(r);
    for (const r of after) hl.add(r);
    if (after.length) current.set(category, after.slice());
    else current.delete(category);
    syncRegistration(category, hl);
  }
}

/** Drops the owner's ranges; removes the style and the names with the last owner. */
export function releaseHighlights(owner: Owner): void {
  const current = owners.get(owner);
  if (!current) return;
  setHighlightRanges(owner, new Map());
  setActiveRange(owner, null);
  owners.delete(owner);
  if (owners.size === 0) {
    for (const [category, hl] of mine) {
      // Another copy of the extension (after an update) may have registered the same name.
      if (CSS.highlights.get(highlightName(category)) === hl) CSS.highlights.delete(highlightName(category));
    }
    mine.clear();
    style?.remove();
    style = null;
  }
}

/** The owner's findings' ranges, grouped by category (one highlight per category). */
export function highlightEntries(owner: Owner, entries: readonly { category: Category; range: Range | null }[]): void {
  const byCategory = new Map<Category, Range[]>();
  for (const e of entries) {
    if (!e.range) continue;
    const list = byCategory.get(e.category);
    if (list) list.push(e.range);
    else byCategory.set(e.category, [e.range]);
  }
  setHighlightRanges(owner, byCategory);
}

/** Marks (or, with null, unmarks) the owner's phrase whose card is open. */
export function setActiveRange(owner: Owner, range: Range | null): void {
  if (range) {
    if (!active) {
      active = new Highlight();
      active.priority = 1;
    }
    active.clear();
    active.add(range);
    activeOwner = owner;
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) !== active) CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  } else if (active && activeOwner === owner) {
    active.clear();
    activeOwner = null;
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}

function syncRegistration(category: Category, hl: Highlight): void {
  const name = highlightName(category);
  if (hl.size > 0) {
    if (CSS.highlights.get(name) !== hl) CSS.highlights.set(name, hl);
  } else if (CSS.highlights.get(name) === hl) {
    CSS.highlights.delete(name);
  }
}

function sameRanges(a: readonly Range[], b: readonly Range[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
