// An ask that gives the work to nobody in particular: "can someone look at…", "someone should
// update…", "it would be great if we could…", "the deck needs to be updated" in a channel.
// Everyone who reads it can assume another reader has it (LABELS.md, vague-ask "who").
// An @mention, a vocative or "you" names the owner; so does an email greeting one person.

import { namePlaceholder, type AskInfo } from '../asks';
import type { Hit, Rule, RuleContext } from '../rule';

// "It would be great if we could get X done" → "<name>, can you get X done?"
const HEDGE =
  /\b(?:it(?:'d|’d| would| will| might| may)|would|might|may) be (?:(?:really|very|super|so|much|just|also|probably|especially|hugely|truly) )?[a-z]+ (?:if (?:we|someone|somebody|anyone|anybody)(?: (?:could|can|would|might|were to))?|to) /i;

function rewriteHedge(ctx: RuleContext, ask: AskInfo, from: number): { start: number; end: number; text: string } | undefined {
  const sentence = ctx.doc.text.slice(from, ask.end);
  const m = HEDGE.exec(sentence);
  if (!m || m.index > 40) return undefined;
  let rest = sentence.slice(m.index + m[0].length).replace(/[.!?…\s]+$/u, '');
  // "…if someone reviewed my PR" (past tense) does not read as "can you reviewed".
  if (!rest || /^[a-z]+ed\b/i.test(rest) || /[\p{Extended_Pictographic}]/u.test(rest)) return undefined;
  rest = rest.replace(/\bour\b/g, 'the').replace(/\bus\b/g, 'me');
  return { start: from + m.index, end: ask.end, text: `${namePlaceholder(ctx.site)}, can you ${rest}?` };
}

export const ownerlessAsk: Rule = {
  meta: {
    id: 'ownerless-ask',
    category: 'vague-ask',
    description: 'An ask addressed to "someone", "anyone" or nobody ("it would be great if…").',
  },
  check(ctx: RuleContext): Hit[] {
    const hits: Hit[] = [];
    const who = namePlaceholder(ctx.site);
    for (const ask of ctx.asks()) {
      const owner = ask.evidence?.owner;
      if (!owner || ask.kind === 'offer') continue;
      const words = ctx.doc.text.slice(owner.start, owner.end);
      if (owner.kind === 'indefinite') {
        hits.push({
          start: owner.start,
          end: owner.end,
          message: `An ask to "${words.toLowerCase()}" is an ask to no one: each reader can assume another has it. Naming one person makes it happen.`,
          suggestion: who,
          replacement: true,
        });
      } else if (owner.kind === 'impersonal') {
        const rewrite = rewriteHedge(ctx, ask, owner.start);
        hits.push({
          start: rewrite?.start ?? owner.start,
          end: rewrite?.end ?? ask.end,
          message: `"${words}" states a wish but hands it to nobody, so it stays a wish. Ask one person directly.`,
          suggestion: rewrite?.text ?? `Give it to one person: "${who}, can you <do it> by <day>?"`,
          replacement: !!rewrite,
        });
      } else if (owner.kind === 'passive') {
        hits.push({
          start: ask.askStart ?? ask.start,
          end: ask.end,
          message: `"${words}" says what must happen but not who does it, so in a group it is easy for everyone to leave it.`,
          suggestion: `Name who should do it, e.g. "${who}, can you take this on by <day>?"`,
        });
      }
    }
    return hits;
  },
};
