// The topics of a notes page and which of them record an outcome of their own.
//
// Minutes often give each topic its own heading and, under it, sub-headings for the parts of the
// discussion: Bitcoin Core's IRC-meeting summaries write "## Refactoring window", then "###
// background", "### meeting comments", "### meeting conclusion" (bitcoincore.org/en/meetings,
// 2015–2016, in ../shared/data/real/notes.jsonl). A conclusion or next-steps heading nested under a
// topic settles that topic, across blank lines, up to the next heading: the page-level decision
// state (deliberation.ts) cannot let such a section close the whole page, since a long page's
// "## Decisions" would then close unrelated debates. A page's own top-level "## Decisions" stays
// page-level there.

import type { Doc, Line } from './document';
import { outcomeTitle, placeholderContent } from './deliberation';

export interface TopicPlace {
  /** Every heading the line sits under, outermost first (the page's title excluded). */
  under: Line[];
  /** The line's topic (or a conclusion section it sits in) records an outcome. */
  settled: boolean;
}

/** Markdown "#" depth; a heading written another way ("**Topic**") nests below any "#" one. */
function level(line: Line): number {
  const m = /^\s*(#{1,6})\s/.exec(line.text);
  return m ? m[1].length : 7;
}

/** Where the `wanted` lines (by index) sit among the page's headings. */
export function topicPlaces(doc: Doc, wanted: ReadonlySet<number>): Map<number, TopicPlace> {
  const lines = doc.lines;
  const first = lines.find((l) => l.kind !== 'blank');
  const headings = lines.filter((l) => l.kind === 'heading' && l !== first);
  // A heading's section: up to the next heading at its level or above.
  const endOf = new Map<Line, number>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    let end = lines.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (level(headings[j]) <= level(h)) {
        end = headings[j].index;
        break;
      }
    }
    endOf.set(h, end);
  }
  // A conclusion heading with something in it that is not a placeholder, up to the next heading.
  const filled = new Set<Line>();
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (!outcomeTitle(h.text)) continue;
    const stop = headings[i + 1]?.index ?? lines.length;
    for (let k = h.index + 1; k < stop; k++) {
      const l = lines[k];
      if (l.kind !== 'blank' && l.words > 0 && !placeholderContent(l.text)) {
        filled.add(h);
        break;
      }
    }
  }
  const settledTopic = new Set<Line>();
  for (const c of filled) for (const h of headings) if (h.index < c.index && c.index < endOf.get(h)! && level(h) < level(c)) settledTopic.add(h);
  const out = new Map<number, TopicPlace>();
  const open: Line[] = [];
  for (const l of lines) {
    while (open.length && endOf.get(open[open.length - 1])! <= l.index) open.pop();
    if (wanted.has(l.index)) out.set(l.index, { under: [...open], settled: open.some((h) => settledTopic.has(h) || filled.has(h)) });
    if (l.kind === 'heading' && l !== first) {
      while (open.length && level(open[open.length - 1]) >= level(l)) open.pop();
      open.push(l);
    }
  }
  return out;
}
