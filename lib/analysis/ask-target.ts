// What an ask gives its reader to act on, beyond its own words: the vague-ask rules use these to
// tell a vague ask from a clear one that only looks like it (LABELS.md, "Reading real text").
//
// - A question to a group is clear when it asks for knowledge ("can anyone explain why X
//   fails?", "does anyone have Stripe's number?"): whoever knows is a fair owner in an open
//   channel. A chore handed to "someone" ("can someone update the deck?") still has no owner.
// - "Can anyone help?" is vague on its own, but not after the writer has laid the problem out.
// - "Thoughts?" is vague when nothing concrete precedes it; after a stated proposal or question
//   the reader knows what to answer. After a list of options with no pick it is still vague: the
//   question the reader must answer is "which one?".

import type { AskInfo } from './asks';
import type { Doc } from './document';
import type { RuleContext } from './rule';

// Pleasantries carry no content the reader could act on ("Hope you had a great weekend!").
const PLEASANTRY = /^\W*(?:hope|hi|hey|hello|dear|thanks|thank you|good (?:morning|afternoon|evening)|happy|morning|cheers)\b/i;

/**
 * Own prose words that state something before the ask's sentence, in the same message (notes:
 * the same paragraph). Pleasantries and sentences that are themselves fuzzy asks ("Just wanted to
 * touch base about X") don't count: they say nothing the reader could answer.
 */
export function wordsBefore(ctx: Pick<RuleContext, 'doc' | 'asks'>, ask: AskInfo, enough = Infinity): number {
  const doc = ctx.doc;
  const s = ask.sentence;
  const vague = new Set<number>();
  for (const a of ctx.asks()) if (a.unclear.length > 0 && a.sentence.index < s.index) vague.add(a.sentence.index);
  let words = 0;
  // Stops once `enough` words are found: callers compare with a threshold, and a long document
  // must not cost a scan back to its start for every ask.
  for (let i = s.index - 1; i >= 0 && words < enough; i--) {
    const prev = doc.sentences[i];
    if (doc.site === 'notion' && prev.paragraph !== s.paragraph) break;
    if (vague.has(i) || PLEASANTRY.test(prev.clean)) continue;
    words += prev.words;
  }
  // Words of the ask's own sentence before the ask proper ("I get X when I do Y, can anyone help?").
  const lead = doc.masked.slice(s.start, ask.askStart ?? s.start);
  return words + (lead.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
}

// Filler between the owner word and the verb: "can anyone here please explain…".
const FILLER =
  /^(?:\s+(?:here|else|out there|around|at all|please|pls|plz|kindly|maybe|possibly|perhaps|ever|already|can|could|would|will|might|be able to|able to|happen to|care to))*\s+/;

/** Verbs that ask for knowledge, an answer or a pointer: whoever knows can answer. */
// biome-ignore format: a word list reads better filled than one word a line
const KNOWLEDGE = new Set([
  'explain', 'tell', 'point', 'know', 'knows', 'have', 'has', 'got', 'recommend', 'suggest',
  'share', 'send', 'give', 'show', 'enlighten', 'clarify', 'confirm', 'shed', 'provide', 'post',
  'link', 'paste', 'offer', 'describe', 'remind', 'guide', 'direct', 'verify', 'reproduce',
  'repro', 'test', 'try',
]);
/** Verbs that ask for unspecified help: the reader has to come back and ask what with. */
const HELP = new Set(['help', 'helps', 'assist', 'advise', 'answer', 'support']);
/** "Anyone (here) use X?": a pre-question a "yes" does not resolve. */
// biome-ignore format: a word list reads better filled than one word a line
const PRE_QUESTION = new Set([
  'use', 'uses', 'using', 'used', 'tried', 'run', 'running', 'ran', 'played', 'familiar', 'worked',
  'configured', 'installed', 'experience', 'experienced', 'done',
]);
/** An open invitation to join something concrete ("anyone interested in pairing…?"). */
const INVITATION = /^\s+(?:(?:would|'d) (?:like|love|want|care) to|wants? to|wanna|interested in|up for|keen (?:to|on)|fancy|free to)\b/;
// The owner word inside a description, hope or purpose ("so that someone could answer",
// "I'm hopeful that someone will build…", "whoever maintains it should update it"): nobody is
// being asked anything.
const NOT_ASKED_BEFORE = /\b(?:that|hope|hopeful|hoping|hopefully|wish|until|unless|because|cause|where|when|how|why|what|maybe|eventually|or)\s+$/;
const RELATIVE_WHOEVER = /^\s+(?:[a-z]+s|is|was|has|had|did|does)\b/;

// "I can direct someone to…", "point someone at…": the owner word is an object.
const OBJECT_VERB_BEFORE = /\b(?:direct|point|refer|show|send|assign|introduce|connect|find|get|hire|ask|tell|pay)\s+$/;

export type GroupAskShape = 'knowledge' | 'help' | 'pre-question' | 'invitation' | 'task' | 'not-asked';

// Where "someone" is the one being asked: after a modal ("can anyone…", "could someone
// please…"), an "if" wish ("if someone could…"), a "do/does/is" question ("does anyone have…"),
// a need ("need someone to…") or at the start of a clause ("anyone around?", "hey, someone pls…").
// Anywhere else it is the subject or object of a statement or an open question: "why would
// someone use…", "someone would periodically start the client", "I doubt someone would…".
const MODAL_BEFORE = /(?:^|[\s,(])(?:can|could|would|will|wo|may|might|shall)\s+(?:(?:please|pls|plz|maybe|perhaps)\s+)?$/;
const WH_MODAL_BEFORE = /\b(?:why|how|what|when|where|who|which|whom|whose)\s+(?:can|could|would|will|may|might|shall)\s+$/;
const QUESTION_BEFORE = /(?:^|[\s,(])(?:does|do|did|is|are|has|have)\s+$/;
const NEED_BEFORE = /\b(?:need|needs|want|wants|looking for|if|for|any chance|is it possible|would it be possible|possible for|worth)\s+(?:that\s+)?$/;
const CLAUSE_START_BEFORE = /(?:^|[.!?,;:)\]—–-]|\b(?:hey|hi|hello|yo|ok|okay|so|guys|all|folks|and|but|also|please|pls|plz|@\S+))\s*$/;
const THERE_BEFORE = /\b(?:is|are) there\s+$/;

/** What a "someone / anyone" ask asks for, read from the words around the owner. */
export function groupAskShape(doc: Doc, ownerStart: number, ownerEnd: number, askEnd: number): GroupAskShape {
  const owner = doc.masked.slice(ownerStart, ownerEnd).toLowerCase();
  const lineStart = doc.masked.lastIndexOf('\n', ownerStart - 1) + 1;
  const before = doc.masked
    .slice(Math.max(lineStart, ownerStart - 40), ownerStart)
    .toLowerCase()
    .replace(/’/g, "'");
  const after = doc.masked.slice(ownerEnd, askEnd).toLowerCase().replace(/’/g, "'");
  if (NOT_ASKED_BEFORE.test(before) || OBJECT_VERB_BEFORE.test(before) || (owner === 'whoever' && RELATIVE_WHOEVER.test(after))) return 'not-asked';
  if (THERE_BEFORE.test(before)) return 'knowledge';
  const asked =
    (MODAL_BEFORE.test(before) && !WH_MODAL_BEFORE.test(before)) ||
    QUESTION_BEFORE.test(before) ||
    NEED_BEFORE.test(before) ||
    CLAUSE_START_BEFORE.test(before);
  if (!asked) return 'not-asked';
  if (INVITATION.test(after)) return 'invitation';
  const rest = after.replace(FILLER, ' ').trimStart();
  // "Anyone?", "anyone around?": a ping a "yes" does not resolve.
  if (/^(?:around|awake|here|there|online|alive|about)?\s*\?/.test(rest)) return 'pre-question';
  const verb = /^[a-z']+/.exec(rest)?.[0] ?? '';
  if (!verb || HELP.has(verb)) return 'help';
  if (PRE_QUESTION.has(verb) || (verb === 'ever' && /^ever\s+\w+/.test(rest))) return 'pre-question';
  if (KNOWLEDGE.has(verb)) return 'knowledge';
  return 'task';
}

/** "Check this: https://…", "check out <link>": sharing a link, not asking for work. */
export function sharesLink(doc: Doc, actionEnd: number, askEnd: number): boolean {
  return /^\s*(?:(?:this|it|that)\s*)?(?:out\s*)?[:\-–]?\s*(?:<?https?:\/\/|www\.)/i.test(doc.text.slice(actionEnd, Math.max(askEnd, actionEnd + 12)));
}
