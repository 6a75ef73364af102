// One paragraph too long to read as one: chat ~100+ words in a single block, email or doc ~150+.
// On screen it is a grey slab; readers skim it or skip it, and whatever it asks gets lost.

import { blockSentences, denseBlocks, headlineAsk, opening, quote, splitPoints, voiceless } from '../blocks';
import { STRICT_ONLY_CONFIDENCE, type Rule, type RuleContext } from '../rule';
import { isTranscriptTurn, transcriptTurnStarts } from '../transcript';
import { catalogMeta } from '../catalog';

export const denseParagraph: Rule = {
  meta: catalogMeta('dense-paragraph'),
  check(ctx: RuleContext) {
    const blocks = denseBlocks(ctx.doc, ctx.profile);
    if (!blocks.length) return [];
    // The ask, if any, belongs at the top: name it in the advice of the first wall only.
    const ask = headlineAsk(ctx);
    const askAtTop = ask && ask.start < blocks[0].start;
    const turns = transcriptTurnStarts(ctx.doc);
    return blocks.map((block, i) => {
      const sentences = blockSentences(ctx.doc, block);
      const target = Math.max(35, Math.round(ctx.profile.blockWords * 0.45));
      const splits = splitPoints(sentences, target);
      const where = splits.length ? ` Start new paragraphs at ${splits.map((s) => `"${opening(s)}"`).join(', ')}.` : '';
      const lead =
        i === 0 && ask && !askAtTop
          ? `Lead with the ask: "${quote(ask.sentence)}" Then split the rest into short paragraphs or bullets.`
          : ctx.site === 'slack'
            ? 'Put the point in the first line, then break the rest into short lines or bullets.'
            : 'Open with a one-line TL;DR of the point, then split the rest into short paragraphs or bullets.';
      return {
        start: block.start,
        end: block.end,
        message:
          ctx.site === 'slack'
            ? `${block.words} words in one unbroken block: in a chat channel, most people will skim it or scroll past.`
            : `This paragraph runs ${block.words} words without a break; readers skim walls like this and miss what matters.`,
        suggestion: lead + where,
        // A speaker's turn in a transcript is their words as spoken, and a voiceless paragraph in
        // mail is most likely pasted (blocks.ts, voiceless): strict-only.
        confidence: isTranscriptTurn(ctx.doc, turns, block.start) || (ctx.site === 'gmail' && voiceless(ctx.doc, block)) ? STRICT_ONLY_CONFIDENCE : undefined,
      };
    });
  },
};
