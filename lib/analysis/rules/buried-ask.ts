// The one thing the reader must do comes at the very end of a long message. Many readers decide
// from the first lines whether a message needs them; an ask after 150 words of context is the
// part they never reach.

import { denseBlocks, leadingAsk, quote, requestWording } from '../blocks';
import type { Rule, RuleContext } from '../rule';
import { catalogMeta } from '../catalog';

export const buriedAsk: Rule = {
  meta: catalogMeta('buried-ask'),
  check(ctx: RuleContext) {
    const { doc, profile } = ctx;
    if (doc.lines.some((l) => l.kind === 'tldr')) return [];
    // A dense paragraph already gets a card whose advice leads with this ask.
    if (denseBlocks(doc, profile).length) return [];
    // Too short to bury anything: skip ask detection altogether.
    let total = 0;
    for (const s of doc.sentences) total += s.words;
    if (total < profile.buriedAskWords) return [];
    const ask = leadingAsk(ctx);
    if (!ask) return [];
    // An ask in a to-do, bullet or "Ask:" / "Next steps:" line is structure the reader scans
    // for: action items at the end of notes are where they belong.
    const kind = ask.sentence.line.kind;
    if (kind === 'todo' || kind === 'bullet' || kind === 'decision' || kind === 'heading') return [];
    // A question at the end is, on real mail and chat, mostly rhetorical or a musing ("Why is that
    // a problem?", "Were they too easy?", "Maybe we can have tools for that?"), or the question a
    // support post ends on after its logs (blind readers of seeded samples, sessions 9–13: none
    // of 5 such findings right). A request in words ("let me know your thoughts", "can you…",
    // "please…") is the ask a reader can miss.
    if (!requestWording(ask)) return [];
    let before = 0;
    for (const s of doc.sentences) {
      if (s.end > ask.start) break;
      before += s.words;
    }
    if (before < profile.buriedAskWords || before < total * profile.buriedAskShare) return [];
    return [
      {
        start: ask.start,
        end: ask.end,
        message: `Your request comes after ${before} words of background. Readers who stop early never reach it.`,
        suggestion: `Lead with the ask: put "${quote(ask.sentence)}" in the first line, then give the background below it.`,
      },
    ];
  },
};
