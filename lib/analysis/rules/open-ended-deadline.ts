// An ask with explicitly soft or open-ended timing: "when you get a chance", "at some point",
// "whenever", "soon-ish", "no rush". It tells the reader the ask can wait, so it usually does
// (LABELS.md, vague-ask "when"). "ASAP" is urgent, not open-ended, and is left alone; a firm
// date elsewhere in the ask wins over the soft phrase.

import { aimedAtReader, datedNext, inQuotedSpeech, minutesRecord, reportedInMinutes } from '../ask-target';
import { matchCase, type AskInfo } from '../asks';
import { STRICT_ONLY_CONFIDENCE, type Hit, type Rule, type RuleContext } from '../rule';
import { catalogMeta } from '../catalog';

// "Eventually" and "whenever" also describe how things happen ("whenever they get filtered
// out"), predict ("you'll have to solve this eventually") or sit in a question about facts: there
// they time nothing the reader is asked to do. Kept below the default threshold (strict only).
const WEAK = STRICT_ONLY_CONFIDENCE;
const GENERIC_ADVERB = /^(?:eventually|whenever)$/i;
const CONDITIONAL_WHENEVER =
  /^whenever\s+(?:it|they|he|she|we|i|there|the|this|that|these|those|a|an|one|people|someone|somebody|anyone|anybody|everyone|nobody|[a-z]+s)\b/i;
const PREDICTION = /\b(?:you'll|you will|u'll|will|going to|gonna|have to|has to)\b[^.?!]*$/i;

// Timing words that do not mention the reader ("soon", "at some point", "down the road") time
// whatever the sentence is about: on real mail and chat mostly predictions ("we should have a fix
// live soon"), hopes ("I hope somebody answers soon"), the writer's own pace ("give me some
// time") and narration. They make an ask open-ended only in a request to the reader.
const READER_TIME = /\b(?:you|your|u|ur|ya)\b/i;
const NOT_A_REQUEST =
  /\b(?:i hope|hopefully|i'll|i will|it'll|it will|they'll|they will|i'm going to|i am going to|i'd like to|give me|let me|we'll|we will|we should have|should be|will be|won't be|isn't going|aren't going|is going to|are going to)\b/i;

// Soft timing that does not mention the reader times an ask only when the sentence asks: "please
// remove the beta tag at some point", "maybe somebody can talk to them when possible", "can we
// discuss sometime?". In statements it times the writer's plans ("PRs of my own coming soon"),
// predictions ("expect questions in the coming days"), proposals ("we could come up with a term
// eventually") and descriptions ("work remote whenever you want"): real chat's most common wrong
// hits for this rule. "You can call me anytime" permits, and "we can pair sometime" proposes. "No rush" and "any time is fine" only ever qualify an ask, so they need no cue.
const REQUEST_CUE =
  /\b(?:please|pls|plz|kindly|let me know|lmk|let's|let us|(?:can|could|would|will|might) (?:you|u|ya|y'all|someone|somebody|anyone|anybody|we|one of you)|(?:someone|somebody|anyone|anybody) (?:can|could|should|needs to|has to|must)|(?:you|u|y'all) (?:could|should|need to|have to|must|ought to)|we (?:should|need to|have to|must|ought to)|(?:i|we)(?:'d| would) (?:like|love|appreciate)|i need|we need|need (?:you|someone|somebody)|(?:it|that|this)?(?:'d| would) be (?:great|nice|good|lovely|helpful|awesome|cool|ideal)|(?:is|are) there any way|make sure|don't forget|do not forget|remember to|needs? to be|should be (?:done|fixed|updated|removed|added|looked)|(?:it|this|that) needs)\b/i;
const ALWAYS_ASK = /\b(?:rush|hurry|pressure|urgen|deadline|fine|ok|okay|good|great|works?)\b/i;

function requestedHere(ctx: RuleContext, ask: AskInfo, phrase: string, askStart: number): boolean {
  if (ALWAYS_ASK.test(phrase)) return true;
  const clause = ctx.doc.masked.slice(ask.sentence.start, ask.sentence.end).replace(/’/g, "'");
  if (REQUEST_CUE.test(clause)) return true;
  // A proposal put as a question asks the reader to agree: "Maybe we can discuss sometime?"
  if (/\?\s*$/.test(clause) && /\b(?:we|i) (?:can|could|might)\b/i.test(clause)) return true;
  // A bare imperative at the start of the ask ("remove the *beta* tag at some point") asks; a
  // todo item in notes is an ask by its form.
  if (ask.kind === 'todo') return true;
  if (ask.kind !== 'imperative' || askStart > ask.sentence.start + 3) return false;
  // A "sentence" that continues a hard-wrapped line ("…evidently will\nbegin soon.") is the tail
  // of a statement, not an imperative.
  if (/[\p{Ll},]\s*\n\s*$/u.test(ctx.doc.masked.slice(Math.max(0, ask.sentence.start - 40), ask.sentence.start))) return false;
  // "Point being is that soon…": a noun opening a statement, not a verb.
  const head = ctx.doc.masked.slice(askStart, askStart + 40);
  return !/^\s*(?:expect|see|watch|stay|keep)\b/i.test(head) && !/^\s*[a-z]+\s+(?:being|is|was|are|were|has|had)\b/i.test(head);
}

// "If you get a chance, try this build", "you should check out COM1000 if you have the time",
// "you can comment on the issues for FP. If you have time…": the reader's free time offered for a
// recommendation or a permission. Nothing is lost by waiting, so the timing is not the problem
// (LABELS.md: "when, where timing matters"; blind readers of real chat and mail, sessions 9–10).
const SUGGESTION =
  /\b(?:try (?:it|this|that|these|them|out)|try the|check (?:it |this |that |them )?out|give (?:it|this|that|them) a (?:try|go|spin|shot|whirl)|you (?:can|could|might|may)(?: also)? (?:check|try|read|look|comment|join|watch|play|browse)|feel free|worth (?:a (?:look|read|try)|checking|reading|trying))\b/i;
const READER_CHANCE = /\b(?:if|when(?:ever)?) (?:you|u) (?:get|have|find) (?:a |the |some )?(?:chance|time|second|minute|moment)\b/i;

function suggestionWithFreeTime(ctx: RuleContext, ask: AskInfo, phrase: string): boolean {
  if (!READER_CHANCE.test(phrase)) return false;
  const s = ask.sentence;
  const prev = ctx.doc.sentences[s.index - 1];
  const text = (prev && prev.paragraph === s.paragraph ? prev.clean + ' ' : '') + s.clean;
  // "Please read the issue and check out the sequence when you get a moment" still asks.
  return SUGGESTION.test(text.replace(/’/g, "'")) && !ASKED.test(s.clean.replace(/’/g, "'"));
}
const ASKED = /\b(?:please|pls|plz|kindly|(?:can|could|would|will) (?:you|u|y'all))\b/i;

function confidence(ctx: RuleContext, ask: AskInfo, askStart: number, start: number, end: number, kind: string | undefined): number | undefined {
  const phrase = ctx.doc.text.slice(start, end).trim();
  if (suggestionWithFreeTime(ctx, ask, phrase)) return WEAK;
  if (datedNext(ctx, ask)) return WEAK;
  // Timing inside quoted speech ("At some point it'll happen," he said) is someone else's.
  if (inQuotedSpeech(ctx.doc, start)) return WEAK;
  const after = ctx.doc.text.slice(start, Math.min(ctx.doc.text.length, end + 30));
  if (CONDITIONAL_WHENEVER.test(after)) return WEAK;
  if (READER_TIME.test(phrase)) return undefined;
  if (!requestedHere(ctx, ask, phrase, askStart)) return WEAK;
  const lead = ctx.doc.text.slice(askStart, start).replace(/’/g, "'");
  if (kind === 'question' || NOT_A_REQUEST.test(lead) || (GENERIC_ADVERB.test(phrase) && PREDICTION.test(lead))) return WEAK;
  return undefined;
}

export const openEndedDeadline: Rule = {
  meta: catalogMeta('open-ended-deadline'),
  check(ctx: RuleContext): Hit[] {
    const hits: Hit[] = [];
    const seen = new Set<number>();
    // Soft timing spoken in a recorded turn of meeting notes is reported, not asked (reportedInMinutes).
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
        confidence:
          aimedAtReader(ctx, ask, d.start) && !reportedInMinutes(ctx, ask) && !minutesRecord(ctx, ask)
            ? confidence(ctx, ask, ask.askStart ?? ask.sentence.start, d.start, d.end, ask.kind)
            : WEAK,
      });
    }
    return hits;
  },
};
