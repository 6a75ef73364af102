// A long message with no structure at all: no headings, bullets or TL;DR, and paragraphs that are
// long even if none crosses the single-paragraph limit. Readers cannot scan it for the point.

import { blockSentences, denseBlocks, opening, proseBlocks, splitPoints } from '../blocks';
import type { Rule, RuleContext } from '../rule';
import { catalogMeta } from '../catalog';

export const unstructuredMessage: Rule = {
  meta: catalogMeta('unstructured-message'),
  check(ctx: RuleContext) {
    const { doc, profile } = ctx;
    if (doc.structured) return [];
    // A paragraph past the limit already has its own card.
    if (denseBlocks(doc, profile).length) return [];
    const blocks = proseBlocks(doc);
    let words = 0;
    for (const b of blocks) words += b.words;
    if (words < profile.unstructuredWords || !blocks.length) return [];
    if (words / blocks.length < profile.unstructuredBlockWords) return [];
    let longest = blocks[0];
    for (const b of blocks) if (b.words > longest.words) longest = b;
    const splits = splitPoints(blockSentences(doc, longest), Math.max(30, Math.round(profile.blockWords * 0.4)), 2);
    const where = splits.length ? ` This paragraph could break at ${splits.map((s) => `"${opening(s)}"`).join(' and ')}.` : '';
    return [
      {
        start: longest.start,
        end: longest.end,
        message: `${words} words with no headings, bullets or TL;DR: there is nothing for a skimming reader to hold on to.`,
        suggestion: `Add a one-line TL;DR at the top, turn lists of points into bullets, and keep paragraphs to a few sentences.${where}`,
      },
    ];
  },
};
