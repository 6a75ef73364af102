// An ask with explicitly soft or open-ended timing: "when you get a chance", "at some point",
// "whenever", "soon-ish", "no rush". It tells the reader the ask can wait, so it usually does
// (LABELS.md, vague-ask "when"). "ASAP" is urgent, not open-ended, and is left alone; a firm
// date elsewhere in the ask wins over the soft phrase.

import { matchCase } from '../asks';
import type { Hit, Rule, RuleContext } from '../rule';

export const openEndedDeadline: Rule = {
  meta: {
    id: 'open-ended-deadline',
    category: 'vague-ask',
    description: 'An ask with soft timing ("when you get a chance", "at some point", "no rush").',
  },
  check(ctx: RuleContext): Hit[] {
    const hits: Hit[] = [];
    const seen = new Set<number>();
    for (const ask of ctx.asks()) {
      const d = ask.evidence?.deadline;
      if (!d || ask.kind === 'offer' || seen.has(d.start)) continue;
      seen.add(d.start);
      const phrase = ctx.doc.text.slice(d.start, d.end);
      const noRush = /\b(?:rush|hurry|pressure|urgen|deadline)/i.test(phrase);
      hits.push({
        start: d.start,
        end: d.end,
        message: noRush
          ? `"${phrase}" tells the reader the date doesn't matter, so this drops below everything that has one. If timing is flexible, a far date still gets it planned.`
          : `"${phrase}" tells the reader this can wait, so it usually does. A date lets them plan it in.`,
        suggestion: matchCase(phrase, d.replacement),
        replacement: true,
      });
    }
    return hits;
  },
};
