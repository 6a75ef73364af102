// Ask detection: which sentences ask the reader to do something, and which of action / owner /
// deadline each leaves unclear. Shared by the vague-ask rules and the wall-of-text "buried ask"
// rule; evaluated on ../shared/data/email-asks-test.tsv by `npm run eval`.
// (Placeholder: replaced by the real detector.)

import type { Sentence } from './document';
import type { RuleContext } from './rule';
import type { AskGap } from './types';

export interface AskInfo {
  sentence: Sentence;
  start: number;
  end: number;
  unclear: AskGap[];
}

export function detectAsks(ctx: Pick<RuleContext, 'doc' | 'parse'>): AskInfo[] {
  return ctx.doc.sentences
    .filter((s) => s.question && /^\s*(can|could|would|will) you\b/i.test(s.clean))
    .map((s) => ({ sentence: s, start: s.start, end: s.end, unclear: [] }));
}
