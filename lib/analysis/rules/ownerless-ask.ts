// An ask that gives the work to nobody in particular: "can someone look at…", "someone should
// update…", "it would be great if we could…", "the deck needs to be updated" in a channel.
// Everyone who reads it can assume another reader has it (LABELS.md, vague-ask "who").
// An @mention, a vocative or "you" names the owner; so does an email greeting one person.

import { openedToOne } from '../addressee';
import { addressesOneReader, hasHardDate, namePlaceholder, type AskInfo } from '../asks';
import { countWords } from '../document';
import {
  addressedToNick,
  aimedAtReader,
  askedAsQuestion,
  embeddedAction,
  existenceWish,
  groupAskShape,
  problemLaidOut,
  questionFollows,
  datedNext,
  conditionalCall,
  ownerTakenInMinutes,
  minutesRecord,
  reportedInMinutes,
} from '../ask-target';
import { DEFAULT_CONFIDENCE, STRICT_ONLY_CONFIDENCE, type Hit, type Rule, type RuleContext } from '../rule';
import { catalogMeta } from '../catalog';
import { fuzzyActionStands } from './fuzzy-action';

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

// "we should probably clean up the flags" → "@<name>, can you clean up the flags by <day>?"
function rewriteWe(ctx: RuleContext, ask: AskInfo, from: number, to: number): { start: number; end: number; text: string } | undefined {
  const before = ctx.doc.text.slice(ask.askStart ?? ask.start, from);
  if (before.trim()) return undefined;
  let rest = ctx.doc.text
    .slice(to, ask.end)
    .replace(/[.!?…\s]+$/u, '')
    .trim();
  rest = rest.replace(/^(?:probably|really|definitely|just|also|all)\s+/i, '');
  if (!rest || /[\p{Extended_Pictographic},;]/u.test(rest) || rest.split(/\s+/).length > 14) return undefined;
  return { start: from, end: ask.end, text: `${namePlaceholder(ctx.site)}, can you ${rest.replace(/\bour\b/g, 'the')} by <day>?` };
}

// Shared follow-up lists ("## Action items", "## Follow-ups", "## Next steps"): an open to-do
// there with no name on it is one everyone at the meeting assumes someone else took.
// A bare "To do" list is as often someone's own shopping list, so only meeting vocabulary counts.
const FOLLOW_UP_HEADING = /\b(?:action items?|actions|follow[- ]?ups?|next steps|takeaways|open items)\b/i;
// A name anywhere on the item: "@ama", "(Ines)", "— Pavel, 12 Mar", "owner: Chen", "Bea:".
const NAMED_ITEM =
  /@[\w.-]+|\(\s*(?:owner:?\s*)?\p{Lu}[\p{L}'-]+\s*[),]|\s[—–-]\s*\p{Lu}[\p{L}'-]+\s*(?:[,(]|$)|\b(?:owner|assignee|assigned to|owned by)\b|\]\s*(?:\*\*)?\p{Lu}[\p{L}'-]{1,20}(?:\*\*)?\s*[:—–-]/u;
// A checklist written to the reader ("Your first week", "you'll need…") is theirs to work through.
const ADDRESSED_DOC = /\b(?:you|your|you'll|you're|yours)\b/i;

/** For each line, whether the nearest heading above it is a follow-up heading (one pass). */
function followUpSections(ctx: RuleContext): boolean[] {
  const out: boolean[] = [];
  let under = false;
  for (const l of ctx.doc.lines) {
    out.push(under);
    if (l.kind === 'heading' || l.kind === 'decision') under = FOLLOW_UP_HEADING.test(l.text);
  }
  return out;
}

/** Runs of open, unnamed, undated to-dos under a follow-up heading: one hit per run. */
function unownedItems(ctx: RuleContext, asks: AskInfo[]): Hit[] {
  if (!asks.some((a) => a.evidence?.owner?.kind === 'unassigned') || ADDRESSED_DOC.test(ctx.doc.masked)) return [];
  const followUp = followUpSections(ctx);
  const hits: Hit[] = [];
  let run: AskInfo[] = [];
  let lastLine = -2;
  const flush = () => {
    if (run.length) {
      const first = run[0];
      const more = run.length - 1;
      // Anchored on the checkbox, so the item's own words stay free for a fuzzy-action card.
      const box = /\[\s?\]/.exec(first.sentence.line.text)!;
      const start = first.sentence.line.start + box.index;
      hits.push({
        start,
        end: start + box[0].length,
        message:
          more > 0
            ? `This and ${more} more open item${more > 1 ? 's' : ''} here have no owner or date, so after the meeting everyone assumes someone else took them.`
            : 'This open item has no owner or date, so after the meeting everyone assumes someone else took it.',
        suggestion: `Put a name and a date on each item, e.g. "[ ] ${namePlaceholder(ctx.site)}: <item> by <day>".`,
      });
    }
    run = [];
  };
  for (const ask of asks) {
    const line = ask.sentence.line;
    if (ask.evidence?.owner?.kind !== 'unassigned' || ask.kind === 'offer') continue;
    if (!/\[\s?\]/.test(line.text) || NAMED_ITEM.test(line.text) || hasHardDate(ask.sentence)) continue;
    if (!followUp[line.index]) continue;
    if (line.index !== lastLine + 1) flush();
    run.push(ask);
    lastLine = line.index;
  }
  flush();
  return hits;
}

// How sure an ask to "someone / anyone" leaves the work with no one (LABELS.md, "Group
// questions"): a chore or a bare call for help, yes; a question whoever knows can answer, an
// invitation to join something concrete, or a call for help after the problem is laid out, no
// (kept below the default threshold, shown on "strict" only).
const WEAK = STRICT_ONLY_CONFIDENCE;
// "can anyone help me configure my xorg.conf?", "help me set up world of warcraft using wine", "help me to set default
// payment method to particular customers", "help me find the right file":
// help with the action and its object named is a concrete ask; "help us boot?", "help me out", "help with this" are not.
const HELP_WITH_VERB =
  /^\s*(?:please |pls )?help (?:me|us) (?:to )?(?!(?:with|out|please|pls|plz|here|asap|now|somehow|understand|figure|do|get|sort|solve|deal|work)\b)[a-z]{3,}(?: (?:up|out|in|on|off|down|through|back))? (?:(?:[a-z]+ )?(?:my|our|the|this|a|an|it|on|with|in)\b|[a-z][\w.-]*(?: [\w.-]+){2,})/i;

const HELP_IN_BREATH_WORDS = 15;

function indefiniteConfidence(ctx: RuleContext, ask: AskInfo, ownerStart: number, ownerEnd: number): number {
  const shape = groupAskShape(ctx.doc, ownerStart, ownerEnd, ask.end);
  if (shape === 'not-asked') return WEAK;
  // A fuzzy action or soft timing leaves the ask vague whoever takes it; "help with" is judged
  // as a call for help below.
  const action = ask.evidence?.action;
  const fuzzy =
    action &&
    action.family !== 'assist' &&
    // "Anyone any ideas?" after the problem is laid out asks whoever knows; a "look at" stays
    // vague whoever takes it, concrete object or not ("is anyone ever going to look at staging").
    (action.family !== 'opinion' || fuzzyActionStands(ctx, ask)) &&
    !embeddedAction(ctx.doc.masked.slice(ask.askStart ?? ask.sentence.start, action.start));
  if (fuzzy || ask.evidence?.deadline) return DEFAULT_CONFIDENCE;
  switch (shape) {
    case 'knowledge':
    case 'invitation':
      return WEAK;
    case 'help':
      if (HELP_WITH_VERB.test(ctx.doc.masked.slice(ownerEnd, ask.end).replace(/^\s*(?:else\s+)?(?:here\s+)?(?:can|could|would|will|please|pls|plz)?\s*/i, '')))
        return WEAK;
      // "Can anyone help me with a graphic problem, I'm using a GeForce 7 over DVI and after the
      // boot logo…": the problem laid out in the same breath.
      if (countWords(ctx.doc.masked.slice(ownerEnd, ask.sentence.end)) >= HELP_IN_BREATH_WORDS) return WEAK;
      // "Can anyone please help? What does the following code do?": the concrete question comes
      // right after the call for help, as after a pre-question.
      return problemLaidOut(ctx, ask, ownerStart) || questionFollows(ctx, ask) ? WEAK : DEFAULT_CONFIDENCE;
    case 'pre-question':
      // "Anyone set up mongodb on Windows 10? I get X when I set Y", "I was wondering if anyone
      // knows an alternative to Yahoo groups… Anyone?": the question a "yes" would not resolve
      // comes with the one it would.
      return problemLaidOut(ctx, ask, ownerStart) || questionFollows(ctx, ask) ? WEAK : DEFAULT_CONFIDENCE;
    case 'task':
      return askedAsQuestion(ctx.doc, ownerStart) || conditionalCall(ctx.doc, ownerStart, ownerEnd) ? WEAK : DEFAULT_CONFIDENCE;
    default:
      return DEFAULT_CONFIDENCE;
  }
}

// "We should…" and "X needs to be done" are mostly opinions, proposals and explanations in real
// chat and email ("we should obviously discourage hints", "the clone needs to be assigned to
// another variable"): on the labelled real set 1 in 12 "we should" findings and 1 in 8 passive
// ones were right, so on their own they are shown on "strict" only. They stay at the default
// with soft timing ("we should read them at some point") or as a request ("can this be fixed?"),
// and a passive need also with a time it must be done by ("…needs to be reviewed before it's
// signed") or a group called on to act ("guys, this really needs fixing"): explanations have
// neither.
const TIME_ANCHOR = /\b(?:before|by|until|till|asap|today|tonight|tomorrow|this (?:week|sprint|month|quarter)|next (?:week|sprint|month)|eod|eow)\b/i;
const GROUP_CALLED = /^\s*(?:@[\w.-]+|(?:hey |hi |ok |so )?(?:guys|team|all|folks|everyone|everybody|y'all|people)\b)/i;

function groupProposalConfidence(ctx: RuleContext, ask: AskInfo, ownerWords: string, passive = false): number {
  // Soft timing made concrete by the next sentence is not soft (datedNext).
  if (ask.evidence?.deadline && !datedNext(ctx, ask)) return DEFAULT_CONFIDENCE;
  // "Can this be fixed?" asks for the work; "would these be included later?", "will it show in the
  // report?" ask what will happen.
  if (ctx.site !== 'notion' && /^(?:can|could)\b/i.test(ownerWords)) return DEFAULT_CONFIDENCE;
  if (!passive || ctx.site === 'notion') return WEAK;
  const sentence = ctx.doc.masked.slice(ask.sentence.start, ask.sentence.end);
  const at = sentence.toLowerCase().indexOf(ownerWords.toLowerCase());
  // "…another box on a checklist that has to be reviewed before merging": a relative clause
  // describes the thing, it hands no work out.
  if (at > 0 && /\b(?:that|which)\s+$/i.test(sentence.slice(0, at))) return WEAK;
  if (TIME_ANCHOR.test(sentence.slice(Math.max(0, at)))) return DEFAULT_CONFIDENCE;
  const first = ctx.doc.sentences[0];
  if (GROUP_CALLED.test(sentence) || (first && first.paragraph === ask.sentence.paragraph && GROUP_CALLED.test(ctx.doc.masked.slice(first.start, first.end))))
    return DEFAULT_CONFIDENCE;
  return WEAK;
}

// Someone takes the work in the same paragraph ("…, I'll do it", "Lisa is running that", "she's
// on it", "Maria has it covered"): the need has an owner after all.
const OWNER_CLAIM =
  /\b(?:i'm|i am|we're|we are|[a-z]+ is|[a-z]+'s|they're|they are) (?:on|running|handling|doing|covering|owning|taking care of|sorting|fixing|looking into|picking up) (?:it|this|that|them)\b|\b(?:i|we|he|she|they)(?:'ll| will| can) (?:do|handle|take|fix|kick off|kick|sort|own|pick up|run|cover|look into|chase) (?:it|this|that|them)\b|\b(?:i'll|i will|we'll|we will) (?:kick|take|pick) (?:it|this|that) (?:off|on|up)\b|\bhas (?:it|this|that) covered\b/i;

function claimsOwner(clean: string): boolean {
  return OWNER_CLAIM.test(clean.replace(/’/g, "'"));
}

/** Someone in the ask's paragraph takes it on ("I'll do it", "she's on it"): per sentence, memoised. */
function claimed(ctx: RuleContext, ask: AskInfo): boolean {
  const list = ctx.doc.sentences;
  const p = ask.sentence.paragraph;
  let i = ask.sentence.index;
  while (i > 0 && list[i - 1].paragraph === p) i--;
  for (; i < list.length && list[i].paragraph === p; i++) {
    if (ctx.memo('ownerless-ask:claim', list[i], claimsOwner, list[i].clean)) return true;
  }
  return false;
}

// "…have to be reviewed by Berkely and Quincy" names who does it; "so people know what needs to
// be done" reports a need inside another clause.
const AGENT_AFTER = /^\s+by (?:\p{Lu}[\p{L}'-]+|(?:him|her|them|the [\p{L}-]+ team)\b)/u;
const EMBEDDED_BEFORE = /\b(?:what|which|whatever|how|whether)\s+(?:still |really |else )?$/i;

function passiveWithAgent(ctx: RuleContext, ask: AskInfo, owner: { start: number; end: number; kind: string }): boolean {
  if (owner.kind !== 'passive') return false;
  const after = ctx.doc.masked.slice(owner.end, ask.end);
  const before = ctx.doc.masked.slice(Math.max(ask.sentence.start, owner.start - 20), owner.start);
  return (AGENT_AFTER.test(after) && !hasHardDate(ask.sentence)) || EMBEDDED_BEFORE.test(before);
}

export const ownerlessAsk: Rule = {
  meta: catalogMeta('ownerless-ask'),
  check(ctx: RuleContext): Hit[] {
    const hits: Hit[] = [];
    const who = namePlaceholder(ctx.site);
    const oneReader = ctx.site === 'gmail' && addressesOneReader(ctx.doc);
    for (const ask of ctx.asks()) {
      const owner = ask.evidence?.owner;
      if (!owner || ask.kind === 'offer') continue;
      const mark = hits.length;
      const words = ctx.doc.text.slice(owner.start, owner.end);
      if (owner.kind !== 'indefinite' && owner.kind !== 'unassigned' && claimed(ctx, ask)) continue;
      if (owner.kind === 'indefinite') {
        hits.push({
          start: owner.start,
          end: owner.end,
          message: `An ask to "${words.toLowerCase()}" is an ask to no one: each reader can assume another has it. Naming one person makes it happen.`,
          suggestion: who,
          replacement: true,
          confidence: indefiniteConfidence(ctx, ask, owner.start, owner.end),
        });
      } else if (owner.kind === 'volunteer') {
        hits.push({
          start: owner.start,
          end: owner.end,
          message: `"${words}" leaves the work with whoever answers first, or with no one if everyone waits. Asking one person gets a yes or a no.`,
          suggestion: `Ask one person, e.g. "${who}, can you <take it> by <day>?"`,
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
      } else if (owner.kind === 'we') {
        // "We should clean up the old flags" to a channel or a group: everyone reads it as
        // someone else's job. A firm date or a one-to-one email usually means it is planned.
        if (ask.addressed || oneReader || hasHardDate(ask.sentence)) continue;
        const rewrite = rewriteWe(ctx, ask, owner.start, owner.end);
        hits.push({
          start: rewrite?.start ?? owner.start,
          end: rewrite?.end ?? owner.end,
          message: `"${words}" in a group message hands the work to everyone, which usually means no one. Name who does it.`,
          suggestion: rewrite?.text ?? `Name who does it, e.g. "${who}, can you <do it> by <day>?"`,
          replacement: !!rewrite,
          confidence: groupProposalConfidence(ctx, ask, words),
        });
      } else if (owner.kind === 'passive') {
        hits.push({
          start: ask.askStart ?? ask.start,
          end: ask.end,
          message: `"${words}" says what must happen but not who does it, so in a group it is easy for everyone to leave it.`,
          suggestion: `Name who should do it, e.g. "${who}, can you take this on by <day>?"`,
          confidence: groupProposalConfidence(ctx, ask, words, true),
        });
      }
      // A wish spoken in a recorded turn of the minutes is reported, not asked (reportedInMinutes).
      const named = owner.kind !== 'indefinite' && (addressedToNick(ctx, ask) || passiveWithAgent(ctx, ask, owner) || openedToOne(ctx.doc));
      if (
        hits.length > mark &&
        (named ||
          !aimedAtReader(ctx, ask, owner.start) ||
          existenceWish(ctx, ask) ||
          reportedInMinutes(ctx, ask) ||
          ownerTakenInMinutes(ctx, ask) ||
          minutesRecord(ctx, ask))
      )
        for (let i = mark; i < hits.length; i++) hits[i].confidence = WEAK;
    }
    hits.push(...unownedItems(ctx, ctx.asks()));
    return hits;
  },
};
