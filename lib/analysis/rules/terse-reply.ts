// A whole reply that is one curt word ("k.", "Fine.", "Noted.", "sure 🙂"). Only the whole message
// counts: the same word opening a longer, friendly reply is not a jab.

import { foldQuotes } from '../phrases/passive-aggressive-match';
import { TERSE_REPLIES } from '../phrases/passive-aggressive-terse';
import { STRICT_ONLY_CONFIDENCE, type Rule } from '../rule';
import { catalogMeta } from '../catalog';

// A name on its own line under the reply ("Noted.\n\nSara") is a signature, not part of the reply.
const NAME_LINE = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}$/u;
// LABELS.md: a curt reply is a jab "after a reprimand". In chat a bare "kk", "Ok.", "Fine." or
// "noted" is mostly a plain acknowledgement (0 right of 9 in a judged sample of real chat flags):
// with no quoted message it answers and no emoji giving it an edge, it is strict-only. Replies that
// dismiss by their own words ("whatever", "if you say so") keep the default.
const PLAIN_ACK = /^(?:k+|ok(?:ay)?|fine|noted|duly noted|sure|got it|understood|right)[.!]*$/i;

export const terseReply: Rule = {
  meta: catalogMeta('terse-reply'),
  check(ctx) {
    const { doc } = ctx;
    let sentences = doc.sentences;
    if (sentences.length === 0 || sentences.length > 3 || doc.words > 6) return [];
    const last = sentences[sentences.length - 1];
    if (sentences.length > 1 && last.line.start === last.start && NAME_LINE.test(last.text.trim())) {
      sentences = sentences.slice(0, -1);
    }
    if (sentences.length !== 1) return [];
    const s = sentences[0];
    // The reply plus whatever trails it on its line (an emoji after the full stop).
    const end = Math.max(s.end, trimmedLineEnd(doc.masked, s.line.end));
    const reply = foldQuotes(doc.masked.slice(s.start, end)).trim();
    const answersQuote = doc.masked.slice(0, s.start).trim() === '' && doc.text.slice(0, s.start).trim() !== '';
    const confidence = ctx.site === 'slack' && !answersQuote && PLAIN_ACK.test(reply) ? STRICT_ONLY_CONFIDENCE : undefined;
    for (const t of TERSE_REPLIES) {
      if (!t.pattern.test(reply)) continue;
      const message = 'A one-word reply like this reads as annoyed or dismissive, even if you only meant to acknowledge it.';
      if (t.replacement) {
        return [{ start: s.start, end, message, suggestion: t.replacement, replacement: true, confidence }];
      }
      return [
        {
          start: s.start,
          end,
          message,
          suggestion: 'If you disagree, say so and why: "I\'d have done X because Y, but I can go with this."',
          confidence,
        },
      ];
    }
    return [];
  },
};

function trimmedLineEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
