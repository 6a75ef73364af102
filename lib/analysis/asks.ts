// Ask detection: which sentences ask the reader to do something, and which of action / owner /
// deadline each leaves unclear. Shared by the vague-ask rules and the wall-of-text "buried ask"
// rule; evaluated on ../shared/data/email-asks-test.tsv by `npm run eval`.
//
// An ask is a request ("can you…", "please…", "I need you to…", "it would be great if…"), an
// imperative addressed to the reader, a proposal ("let's…", "we should…"), a nudge ("any
// updates?") or a real question. Not asks: social and rhetorical questions, offers conditioned
// on the reader's wish ("let me know if you have questions"), permission ("feel free to…"),
// mailing-list boilerplate, and statements about the writer's own plans.
//
// Cost: phrase cues are a handful of linear regexes per sentence; compromise is consulted only
// for sentences whose clauses open with a word that could be a bare verb and that no cheaper
// cue already decided.

import type { Doc, Sentence } from './document';
import type { Token } from './nlp';
import {
  CLAUSE_FILLERS,
  MAILING_BOILERPLATE,
  INVITATIONS,
  MEETING_PROPOSALS,
  BROADCAST_CTA,
  OFFER_CONDITIONS,
  PERMISSIONS,
  PROMO_SIGNAL,
  REQUEST_CUES,
  RHETORICAL_QUESTIONS,
  SOCIAL_IMPERATIVES,
  SUBJECT_DROP_VERBS,
  compileCues,
} from './phrases/ask-cues';
import { CONCRETE_FOLLOW_UPS, FUZZY_ACTIONS, type FuzzyFamily } from './phrases/vague-actions';
import { SOFT_DEADLINES } from './phrases/vague-deadlines';
import { OWNER_GAPS, type OwnerGapKind } from './phrases/vague-owners';
import { automatedNotice } from './bot-notice';
import type { RuleContext } from './rule';
import type { AskGap } from './types';

/** `offer`: "let me know if you need anything" — invites a reply, leaves nothing unclear. */
export type AskKind = 'question' | 'request' | 'imperative' | 'todo' | 'offer';

/** Absolute UTF-16 offsets into the analysed text. */
export interface AskSpan {
  start: number;
  end: number;
}

export interface AskEvidence {
  /** The fuzzy verb phrase ("take a look", "thoughts", "any updates"). */
  action?: AskSpan & { family: FuzzyFamily };
  /** The words that leave the owner open ("someone", "it would be great if we"). */
  owner?: AskSpan & { kind: OwnerGapKind };
  /** The soft timing phrase ("when you get a chance"), possibly in the next sentence ("No rush."). */
  deadline?: AskSpan & { replacement: string };
}

export interface AskInfo {
  sentence: Sentence;
  start: number;
  end: number;
  unclear: AskGap[];
  kind?: AskKind;
  /** Absolute offset where the ask proper begins (after greetings, mentions, context clauses). */
  askStart?: number;
  /** The reader is addressed by name, @mention or "you". */
  addressed?: boolean;
  /** Why this sentence counts as an ask (the cue's note): for debugging and explanations. */
  why?: string;
  evidence?: AskEvidence;
}

type DetectCtx = Pick<RuleContext, 'doc' | 'parse'> & Partial<Pick<RuleContext, 'memo'>>;

// ---------------------------------------------------------------------------------------------
// Compiled tables (once per module load).

// Kept as separate regexes: one big alternation of \b-anchored branches is several times slower
// in V8 than scanning each branch on its own.
const REQUEST_RES = REQUEST_CUES.map((e) => new RegExp(e.pattern, 'i'));
// Cues anchored with "^" also apply at each clause start ("I'm in Vegas this weekend, want to come").
const CLAUSE_START_RES = REQUEST_CUES.flatMap((e, cue) => (/(?:^|\|)\^/.test(e.pattern) ? [{ re: new RegExp(e.pattern, 'i'), cue }] : []));
const SOCIAL_RE = compileCues(SOCIAL_IMPERATIVES);
const OFFER_RE = compileCues(OFFER_CONDITIONS);
const PERMISSION_RE = compileCues(PERMISSIONS);
const BROADCAST_RE = compileCues(BROADCAST_CTA);
const PROMO_RE = new RegExp(PROMO_SIGNAL, 'i');
const BOILERPLATE_RE = compileCues(MAILING_BOILERPLATE);
// Asks that invite a reply without a request verb: proposals to meet or contact the reader
// first, then invitations and scheduling moves.
const REPLY_INVITES = [...MEETING_PROPOSALS, ...INVITATIONS];
const REPLY_INVITE_RES = REPLY_INVITES.map((e) => new RegExp(e.pattern, 'i'));
const RHETORICAL_RE = compileCues(RHETORICAL_QUESTIONS);
const REDEEM_RE = compileCues(CONCRETE_FOLLOW_UPS);
const FUZZY = FUZZY_ACTIONS.map((e) => ({ family: e.family, re: new RegExp(e.pattern, 'i') }));
const SOFT = SOFT_DEADLINES.map((e) => ({ replacement: e.replacement, re: new RegExp(e.pattern, 'i') }));
const OWNER = OWNER_GAPS.map((e) => ({ kind: e.kind, re: new RegExp(e.pattern, 'i') }));

// Cheap gate before any further work: a question mark or a word that asks can occur in.
const QUICK_CUE =
  /\?|\b(?:you|u|ya|y'all|ur|please|pls|plz|kindly|let|lets|let's|lmk|need|needs|needed|should|must|would|could|can|may|might|shall|someone|somebody|anyone|anybody|whoever|wondering|hoping|chance|waiting|thoughts|update|updates|suggest|propose|recommend|appreciate|reminder|bump|bumping|we|ping|call|gotta|ought|have to|has to|circling|following|checking|bumping|welcome|worth|appreciated|open|eyes|use|whoever's|who)\b/;

const PERSONAL_RE = /\b(?:i|me|my|i'm|i'll|i'd|i've|myself)\b/;
// An offer pointing at an organisation, a page or a number ("contact our support team", "visit
// the help center", "call 1-800…") is a notice for everyone, not a person's ask.
const INSTITUTIONAL_RE =
  /\b(?:us|our|we|support|customer|customers|service|services|help ?desk|helpdesk|team|department|center|centre|website|site|page|portal|link|online|visit|click|below|above|faq|app|account|representative|agent|member|membership|store)\b|[@$]|\d{3}/;

// Reply-type verbs: with an offer condition ("…if you have questions") the sentence is an offer.
const REPLY_VERB_AT =
  /^(?:please |pls |just |do |kindly )?(?:let (?:me|us) know|lmk|call|ping|email|e-mail|contact|reach out|get in touch|ask|give (?:me|us) a (?:call|shout|ring)|shout|holler|drop (?:me|us) a (?:line|note)|message|text|dm|write|reply|feel free|don't hesitate|do not hesitate|get back to (?:me|us))\b/;

// An information question about what happened or what is: answerable as asked, so fuzzy verbs
// inside it are not requests ("Did you check the logs?").
const INFO_QUESTION_AT =
  /^(?:did|have|has|had|were|was|is|are|do|does) (?:you|u|we|they|he|she|it|anyone|someone|anybody|somebody)\b(?! (?:able|free|around|available|have (?:time|a (?:sec|second|minute|moment))|mind|want to|wanna|get a chance)\b)/;

// A reporting verb earlier in the same clause: what follows is someone's reported view.
const REPORTED_BEFORE =
  /\b[a-z']+ (?:all |also |mostly |kind of |sort of )?(?:agreed|said|felt|thought|mentioned|suggested|noted|argued|concluded|decided|reckoned|complained)\b[^,;:.!?()]{0,80}$/u;

// Explicit ask markers required of plain (non to-do) bullets in docs, where imperative-looking
// notes and needs are usually minutes, not requests.
const EXPLICIT_ASK_RE =
  /\b(?:can|could|would|will) (?:you|u|someone|anyone|somebody|anybody)\b|\b(?:please|pls|plz|kindly)\b|@\w|\b(?:someone|somebody|anyone|anybody) (?:should|needs? to|to|could|must)\b|\blet (?:me|us) know\b|\b(?:it(?:'d| would)|would|'d) be (?:(?:really|very|super|so|much|just|also) )?(?:great|good|nice|helpful|ideal|amazing|awesome|useful|better) (?:if|to)\b|\b(?:maybe|perhaps|if) (?:someone|somebody|anyone|anybody) (?:can|could)\b/;

// A firm time in the ask: an explicit soft phrase elsewhere in the sentence does not make it open.
const HARD_DATE_RE =
  /\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b|\b(?:today|tonight|tomorrow|tmrw|tmr|tmw|eod|eow|cob|eom|noon|midnight|asap|a\.s\.a\.p)\b|\bend of (?:the )?(?:day|week|month|quarter|sprint|play)\b|\bthis (?:morning|afternoon|evening)\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\b\d{1,2}[/.]\d{1,2}\b|\b(?:by|before|until|till|no later than) (?:the )?(?:\d|next|this|end|close|launch|audit|meeting|call|demo|review|deadline|board|release|cutoff|standup)\b|\bright (?:away|now)\b|\bimmediately\b|\burgent(?:ly)?\b|\bwithin (?:the )?(?:\d|next|an|a|the hour)\b/;

// biome-ignore format: a word list reads better filled than one word a line
const OBJECT_BEFORE_INDEFINITE = new Set([
  'ask', 'tell', 'let', 'help', 'ping', 'assign', 'cc', 'loop', 'get', 'find', 'for', 'to', 'with',
  'from', 'by', 'about', 'than', 'hire', 'bring', 'know', 'need', 'want', 'like', 'of', 'email',
  'message', 'call', 'pay', 'give', 'send', 'meet', 'blame', 'trust', 'without',
]);

// biome-ignore format: a word list reads better filled than one word a line
const FUNCTION_WORDS = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'them', 'the', 'a', 'an', 'this',
  'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'there', 'here',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'in', 'on', 'at', 'for', 'with', 'from', 'to',
  'of', 'by', 'as', 'after', 'before', 'since', 'because', 'when', 'while', 'if', 'what', 'who',
  'how', 'why', 'where', 'which', 'not', 'all', 'some', 'any', 'each', 'every', 'one', 'no',
  'yes', 'per', 'via', 're', 'about', 'into', 'over', 'under', 'than', 'then', 'also', 'very',
  'more', 'most', 'much', 'many', 'both', 'either', 'neither', 'only', 'even', 'still', 'already',
  'i\'m', 'i\'ll', 'i\'ve', 'i\'d', 'we\'re', 'we\'ll', 'we\'ve', 'it\'s', 'that\'s', 'there\'s',
  'he\'s', 'she\'s', 'they\'re', 'you\'re', 'who\'s', 'what\'s', 'hi', 'hey', 'hello', 'dear',
]);

// Line/bullet/to-do marker at the start of a sentence.
const LEAD_MARKER = /^\s*(?:(?:[-*•+◦▪‣–]|\d{1,3}[.)]|[a-z][.)])\s+)?(?:\[[ xX]?\]\s*)?/;
// Clause boundaries inside a sentence: punctuation, dashes, emoji, and "but"/"so" that start a
// new clause without a comma ("not to be that person but is anyone…").
const CLAUSE_BOUNDARY = /[,;:!?()[\]{}…—–"“”]|\s-\s|\s(?=(?:but|so|anyway|then)\s)|\p{Extended_Pictographic}/gu;
const WORD_RE = /[@#]?[\p{L}\p{N}][\p{L}\p{N}'’_.-]*/gu;

// ---------------------------------------------------------------------------------------------

export function detectAsks(ctx: DetectCtx): AskInfo[] {
  const { doc } = ctx;
  const out: AskInfo[] = [];
  hardDated = new WeakSet();
  const sentences = doc.sentences;
  // A list server's notice (mail) asks on a program's behalf.
  if (doc.site === 'gmail' && automatedNotice(doc.text.slice(0, doc.userEnd))) return out;
  const singleReader = addressesOneReader(doc);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const line = s.line;
    if (line.kind === 'heading' || line.kind === 'greeting' || line.kind === 'signoff') continue;
    const info = classifyMemo(ctx, s, singleReader);
    if (info) out.push(info);
  }
  const byIndex = new Map<number, AskInfo>();
  for (const a of out) byIndex.set(a.sentence.index, a);
  // Standalone soft timing next to an ask ("Could you look at X? No rush.") belongs to the ask.
  for (const ask of out) {
    if (ask.evidence?.deadline || hardDated.has(ask)) continue;
    const idx = ask.sentence.index;
    for (const j of [idx + 1, idx - 1]) {
      const n = sentences[j];
      if (!n || n.paragraph !== ask.sentence.paragraph || n.words > 9) continue;
      const other = byIndex.get(j);
      if (other && other !== ask && !isSoftOnly(n)) continue;
      const soft = findSoft(n.clean.toLowerCase().replace(/’/g, "'"), 0);
      if (soft && soft.index <= 3 && !HARD_DATE_RE.test(n.clean.toLowerCase())) {
        ask.evidence = { ...ask.evidence, deadline: { start: n.start + soft.index, end: n.start + soft.index + soft.length, replacement: soft.replacement } };
        if (!ask.unclear.includes('deadline')) ask.unclear.push('deadline');
        break;
      }
    }
  }
  // A bare "no rush" sentence next to an ask is not an ask of its own.
  return out.filter((a) => !(a.kind === 'question' && isSoftOnly(a.sentence)));
}

function isSoftOnly(s: Sentence): boolean {
  if (s.words > 9) return false;
  const soft = findSoft(s.clean.toLowerCase(), 0);
  return !!soft && soft.index <= 3;
}

export function hasHardDate(s: Sentence): boolean {
  return HARD_DATE_RE.test(s.clean.toLowerCase());
}

/** An email or DM greeting one named person ("Hi Leo,"): "you" and passive needs are theirs. */
export function addressesOneReader(doc: Doc): boolean {
  const first = doc.lines.find((l) => l.kind !== 'blank');
  if (first?.kind !== 'greeting') return doc.site === 'gmail';
  const text = doc.masked.slice(first.start, first.end).toLowerCase();
  // "Hello," with no name: nobody in particular is greeted, so nobody in particular is asked.
  if (/^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))(?: there)?\s*[,!.:]?\s*$/.test(text)) return false;
  return !/\b(?:all|team|everyone|everybody|folks|guys|y'all|both|together|there)\b|,\s*\w+\s*(?:,|and|&)/.test(text);
}

interface Clause {
  from: number;
  to: number;
}

function clausesOf(lower: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (const m of lower.matchAll(CLAUSE_BOUNDARY)) {
    const at = m.index!;
    if (at > from) out.push({ from, to: at });
    from = at + m[0].length;
  }
  if (from < lower.length) out.push({ from, to: lower.length });
  return out;
}

interface FirstWord {
  word: string;
  at: number; // offset in lower
  end: number;
  next?: string;
}

/** The clause's first content word, skipping greetings, fillers, mentions and vocatives. */
function firstWord(lower: string, orig: string, c: Clause): FirstWord | undefined {
  // An empty clause ("— — — …") would otherwise scan ahead to the next word in the sentence:
  // quadratic over a run of separators.
  if (!/[\p{L}\p{N}]/u.test(lower.slice(c.from, c.to))) return undefined;
  WORD_RE.lastIndex = c.from;
  let prevGreeting = false;
  let m: RegExpExecArray | null;
  let first: FirstWord | undefined;
  while ((m = WORD_RE.exec(lower)) && m.index < c.to) {
    const w = m[0].replace(/[.’]+$/g, '').replace(/’/g, "'");
    if (first) {
      first.next = w;
      return first;
    }
    const origWord = orig.slice(m.index, m.index + m[0].length);
    if (w.startsWith('@') || w.startsWith('#')) {
      prevGreeting = false;
      continue;
    }
    if (CLAUSE_FILLERS.has(w)) {
      prevGreeting = w === 'hey' || w === 'hi' || w === 'hello' || w === 'yo';
      continue;
    }
    if (prevGreeting && /^\p{Lu}/u.test(origWord)) {
      prevGreeting = false;
      continue;
    }
    first = { word: w, at: m.index, end: m.index + m[0].length };
  }
  return first;
}

function couldBeBareVerb(w: string): boolean {
  if (FUNCTION_WORDS.has(w) || /^\d/.test(w) || w.length < 2) return false;
  if (/(?:ed|ing)$/.test(w)) return false;
  if (/[^s]s$/.test(w) && !/(?:us|is)$/.test(w)) return false;
  return true;
}

interface Region {
  /** Offset in the sentence body where the ask begins. */
  at: number;
  kind: AskKind;
  why: string;
}

/** What classify() finds, with offsets relative to the sentence start: cacheable by text. */
interface AskMemo {
  kind?: AskKind;
  unclear: AskGap[];
  askStart?: number;
  addressed?: boolean;
  why?: string;
  evidence?: AskEvidence;
  hardDate: boolean;
}

// Asks whose sentence names a firm time (set per analysis; read by the neighbour pass).
let hardDated = new WeakSet<AskInfo>();

function shift<T extends AskSpan>(span: T | undefined, by: number): T | undefined {
  return span ? { ...span, start: span.start + by, end: span.end + by } : undefined;
}

function relocate(e: AskEvidence | undefined, by: number): AskEvidence | undefined {
  if (!e) return undefined;
  const out: AskEvidence = {};
  if (e.action) out.action = shift(e.action, by);
  if (e.owner) out.owner = shift(e.owner, by);
  if (e.deadline) out.deadline = shift(e.deadline, by);
  return out;
}

// The classification depends only on the sentence's text, its line kind, the site and whether
// a one-to-one email greets a single reader: cached across analyses on exactly those, so a
// one-character edit in a long document reclassifies one sentence.
// Memo namespaces as constant strings, one per (line kind, one-to-one, question): built once,
// so each look-up hashes nothing new (a long document makes hundreds per analysis). Bounded by
// the line kinds: interned names, not cached data.
const NAMESPACES = new Map<string, string[]>();
function namespaceFor(kind: string, oneToOne: boolean, question: boolean): string {
  let four = NAMESPACES.get(kind);
  if (!four) NAMESPACES.set(kind, (four = ['0', '0:q', '1', '1:q'].map((v) => `asks:${kind}:${v}`)));
  return four[(oneToOne ? 2 : 0) + (question ? 1 : 0)];
}

interface ClassifyArgs {
  ctx: DetectCtx;
  s: Sentence;
  singleReader: boolean;
}

const ARGS = {} as ClassifyArgs;

function classifyFresh({ ctx, s, singleReader }: ClassifyArgs): AskMemo | null {
  const info = classify(ctx, s, singleReader);
  if (!info) return null;
  return {
    kind: info.kind,
    unclear: info.unclear,
    askStart: info.askStart === undefined ? undefined : info.askStart - s.start,
    addressed: info.addressed,
    why: info.why,
    evidence: relocate(info.evidence, -s.start),
    hardDate: hasHardDate(s),
  };
}

function classifyMemo(ctx: DetectCtx, s: Sentence, singleReader: boolean): AskInfo | undefined {
  const oneToOne = ctx.doc.site === 'gmail' && singleReader;
  const ns = namespaceFor(s.line.kind, oneToOne, s.question);
  // One reusable argument object: compute runs synchronously inside the call.
  ARGS.ctx = ctx;
  ARGS.s = s;
  ARGS.singleReader = singleReader;
  const m = ctx.memo ? ctx.memo(ns, s, classifyFresh, ARGS) : classifyFresh(ARGS);
  if (!m) return undefined;
  const info: AskInfo = {
    sentence: s,
    start: s.start,
    end: s.end,
    unclear: [...m.unclear],
    kind: m.kind,
    askStart: m.askStart === undefined ? undefined : m.askStart + s.start,
    addressed: m.addressed,
    evidence: relocate(m.evidence, s.start),
    why: m.why,
  };
  if (m.hardDate) hardDated.add(info);
  return info;
}

function classify(ctx: DetectCtx, s: Sentence, singleReader: boolean): AskInfo | undefined {
  const lead = LEAD_MARKER.exec(s.clean)?.[0].length ?? 0;
  const orig = s.clean.slice(lead);
  // Reported speech in double quotes ("three rounds of "can you make it pop"") is not the
  // writer's ask: blanked, offsets kept.
  const lower = orig
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/"[^"\n]{1,120}"|“[^”\n]{1,120}”/g, (q) => (q.length < orig.length - 2 ? ' '.repeat(q.length) : q));
  if (!/\p{L}/u.test(lower)) return undefined;
  const isTodo = s.line.kind === 'todo';
  const isDocBullet = s.line.kind === 'bullet' && ctx.doc.site === 'notion';
  const clauses = clausesOf(lower);
  const quick = QUICK_CUE.test(lower);

  // Gate: without a cue or question mark, only a clause opening with a possible bare verb can
  // still be an ask (an imperative), and only then is the sentence parsed.
  const firsts = clauses.map((c) => firstWord(lower, orig, c));
  const verbish = firsts.some((f) => f && couldBeBareVerb(f.word));
  if (!quick && !s.question && !verbish && !isTodo) return BOILERPLATE_RE.test(lower) ? undefined : invitation(s, lead, lower);

  if (BOILERPLATE_RE.test(lower)) return undefined;
  if (isDocBullet && !EXPLICIT_ASK_RE.test(lower)) return undefined;

  // Social and rhetorical questions ("Did you have a good weekend?") are not asks, whatever
  // request cue they contain.
  if (s.question && isRhetorical(lower, clauses, firsts)) return undefined;

  let region: Region | undefined;
  const cue = earliestCue(lower, firsts);
  // "everyone agreed … that we should do something about it": a proposal reported from a
  // meeting, not the writer's ask (the missing decision is another category's finding).
  if (cue && !REPORTED_BEFORE.test(lower.slice(0, cue.at))) region = { at: clauseStartOf(clauses, cue.at), kind: 'request', why: REQUEST_CUES[cue.cue].note };

  if (!region || region.at > 0) {
    const imp = findImperative(ctx, s, lead, lower, orig, clauses, firsts);
    if (imp !== undefined && (!region || imp < region.at))
      region = { at: imp, kind: isTodo ? 'todo' : 'imperative', why: 'A clause opens with a bare verb addressed to the reader.' };
  }
  if (!region && s.question) region = { at: 0, kind: 'question', why: 'A question to the reader.' };
  if (!region && isTodo && firsts.some(Boolean)) {
    // A to-do with no verb up front ("new case study??", "someone to check…") is still a task.
    region = { at: 0, kind: 'todo', why: 'An open to-do item.' };
  }
  if (!region) {
    return invitation(s, lead, lower);
  }
  // Courtesies ("thanks for…", "let's see how it goes") wherever the ask starts.
  const askText = lower.slice(region.at).replace(/^(?:please|pls|plz|kindly|just|so|and|also|but)\s+/, '');
  if (SOCIAL_RE.test(askText)) return undefined;
  let offer = false;
  if (
    PERMISSION_RE.test(askText) ||
    (isOffer(lower, region.at) && !(s.question && region.kind !== 'imperative' && !REPLY_VERB_AT.test(lower.slice(region.at))))
  ) {
    // An offer from the writer as a person invites a reply ("let me know if you need anything"):
    // kept as an ask with nothing unclear. An impersonal one is instructions for an optional case.
    if (!PERSONAL_RE.test(lower) && INSTITUTIONAL_RE.test(lower)) return undefined;
    offer = true;
  }

  const start = s.start + lead;
  const evidence: AskEvidence = {};
  const unclear: AskGap[] = [];
  const addressed = isAddressed(lower, orig);

  if (offer) return { sentence: s, start: s.start, end: s.end, unclear, kind: 'offer', askStart: start + region.at, addressed, evidence, why: region.why };

  const action = findFuzzy(lower, region);
  if (action) {
    evidence.action = { start: start + action.index, end: start + action.index + action.length, family: action.family };
    unclear.push('action');
  }
  const owner = findOwnerGap(lower, orig, region, addressed, isTodo, ctx.doc.site === 'gmail' && singleReader);
  if (owner) {
    evidence.owner = { start: start + owner.index, end: start + owner.index + owner.length, kind: owner.kind };
    unclear.push('owner');
  }
  // Soft timing counts inside the ask, or as an opening clause before it ("When you have a
  // moment, could you…"); not when it times something else ("you'll get an invite in the
  // coming days, so please accept it").
  const soft = findSoft(lower, 0);
  if (
    soft &&
    (soft.index >= region.at || clauses.some((c) => c.from <= soft.index && lower.slice(c.from, soft.index).trim() === '')) &&
    !hardDateOutside(lower, soft.index, soft.index + soft.length)
  ) {
    evidence.deadline = { start: start + soft.index, end: start + soft.index + soft.length, replacement: soft.replacement };
    unclear.push('deadline');
  }
  return {
    sentence: s,
    start: s.start,
    end: s.end,
    unclear,
    kind: region.kind,
    askStart: start + region.at,
    addressed,
    evidence,
    why: region.why,
  };
}

/** Offset and table index of the earliest request cue, or undefined. */
function earliestCue(lower: string, firsts: (FirstWord | undefined)[]): { at: number; cue: number } | undefined {
  let best: { at: number; cue: number } | undefined;
  REQUEST_RES.forEach((re, cue) => {
    const m = re.exec(lower);
    if (m && (!best || m.index < best.at)) best = { at: m.index, cue };
  });
  for (const f of firsts) {
    if (!f || f.at === 0 || (best && f.at >= best.at)) continue;
    const rest = lower.slice(f.at);
    const hit = CLAUSE_START_RES.findIndex((c) => c.re.exec(rest)?.index === 0);
    if (hit >= 0) return { at: f.at, cue: CLAUSE_START_RES[hit].cue };
  }
  return best;
}

function clauseStartOf(clauses: Clause[], at: number): number {
  for (const c of clauses) if (at >= c.from && at < c.to) return firstNonSpace(c.from, c.to, at);
  return at;
}

function firstNonSpace(from: number, _to: number, fallback: number): number {
  return Math.min(from, fallback);
}

// A clause that opens with its own subject ("I'm on the road…", "we met…").
const SUBJECT_START = /^(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll|we'd|he|he's|she|she's|they|they're|they've|it|it's)\b/;

/** Capitalised words after `i` lead straight to a modal, auxiliary or copula: a subject phrase. */
function namesSubject(list: Token[], i: number): boolean {
  for (let j = i + 1; j < list.length && j <= i + 3; j++) {
    const t = list[j];
    if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return j > i + 1 || /^\p{Lu}/u.test(list[i + 1]?.text ?? '');
    if (t.tags.has('Pronoun') || !/^\p{Lu}|^(?:et|al\.?|&)$/u.test(t.text)) return false;
  }
  return false;
}

/** Offset (in the body) of the first clause that opens with an imperative verb, if any. */
function findImperative(
  ctx: DetectCtx,
  s: Sentence,
  lead: number,
  lower: string,
  orig: string,
  clauses: Clause[],
  firsts: (FirstWord | undefined)[],
): number | undefined {
  let tokens: Map<number, { t: Token; i: number }> | undefined;
  let list: Token[] = [];
  for (let ci = 0; ci < clauses.length; ci++) {
    const f = firsts[ci];
    if (!f) continue;
    let verbAt = f;
    let negated = false;
    if ((f.word === "don't" || f.word === 'dont' || f.word === 'never' || f.word === 'do') && f.next) {
      // "Don't merge without a review": the verb is the next word.
      const rest = lower.slice(f.end);
      const m = /^\s*(?:not\s+)?([a-z][a-z'-]*)/.exec(rest);
      if (!m) continue;
      negated = true;
      verbAt = { word: m[1], at: f.end + m.index + m[0].length - m[1].length, end: f.end + m.index + m[0].length };
    }
    if (!couldBeBareVerb(verbAt.word) && verbAt.word !== "let's" && verbAt.word !== 'lets') continue;
    if (SUBJECT_DROP_VERBS.has(verbAt.word)) continue;
    // "I'm out until Thursday, and give blood on Friday": a verb joined by "and"/"or" to a clause
    // with its own subject shares that subject.
    if (ci > 0 && /\b(?:and|or)\s*$/.test(lower.slice(clauses[ci].from, f.at)) && SUBJECT_START.test(lower.slice(clauses[0].from, clauses[0].to).trimStart()))
      continue;
    const clauseText = lower.slice(f.at, clauses[ci].to);
    if (SOCIAL_RE.test(clauseText)) continue;
    if (BROADCAST_RE.test(clauseText) && PROMO_RE.test(lower)) continue;
    // A capitalised word opening a later clause is a name ("…, Air Quality Bureau"); Title Case
    // from the start is a headline ("Save An Extra $30 On 3 Night Stays").
    const origWord = orig.slice(verbAt.at, verbAt.end);
    if (/^\p{Lu}/u.test(origWord) && ((verbAt.at > 0 && !/[.!?:]\s*$/.test(orig.slice(0, f.at))) || isHeadline(orig))) continue;
    // "Update: …", "Review — …": a label, not a command.
    if (/^\s*:/.test(lower.slice(verbAt.end, verbAt.end + 2)) && !negated) continue;
    if (!tokens) {
      list = ctx.parse(s).tokens;
      tokens = new Map(list.map((t, i) => [t.start, { t, i }]));
    }
    const hit = tokens.get(lead + verbAt.at);
    if (!hit) continue;
    const tags = hit.t.tags;
    if (!tags.has('Verb') || !(tags.has('Infinitive') || tags.has('Imperative'))) continue;
    if (tags.has('Modal') || tags.has('Copula') || tags.has('PastTense') || tags.has('Gerund') || tags.has('Auxiliary')) continue;
    // "Project Summer does bring up…", "Keffer et al will issue…": a capitalised name runs up to
    // the clause's own auxiliary, so the first word is not a command.
    if (/^\p{Lu}/u.test(origWord) && namesSubject(list, hit.i)) continue;
    // "Design wants…", "Plan is…": the word is the subject of the next verb.
    const next = list[hit.i + 1];
    if (
      next?.text &&
      (next.tags.has('Copula') ||
        next.tags.has('Modal') ||
        (next.tags.has('Verb') &&
          (next.tags.has('PastTense') || (next.tags.has('PresentTense') && !next.tags.has('Infinitive') && !next.tags.has('Imperative')))))
    ) {
      // "Set up…" keeps its particle; "checkout backed up…" is a noun and a past-tense verb.
      if (next.tags.has('PastTense') || (!next.tags.has('PhrasalVerb') && !next.tags.has('Particle'))) continue;
    }
    void orig;
    return f.at;
  }
  return undefined;
}

function isHeadline(orig: string): boolean {
  const words = orig.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  let caps = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) caps++;
  return caps / words.length >= 0.6;
}

function isRhetorical(lower: string, clauses: Clause[], firsts: (FirstWord | undefined)[]): boolean {
  // Judge the question by its last clause ("Sorry, quick one: how was the trip?") and by the whole.
  const last = clauses.length ? clauses[clauses.length - 1] : undefined;
  const lastFirst = last ? firsts[clauses.length - 1] : undefined;
  const tail = lastFirst ? lower.slice(lastFirst.at).trim() : lower.trim();
  const head = firsts.find(Boolean);
  const whole = head ? lower.slice(head.at).trim() : lower.trim();
  if (RHETORICAL_RE.test(whole) || RHETORICAL_RE.test(tail)) return true;
  // A one-word question is rhetorical unless it is one of the classic open asks.
  const words = whole.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length <= 1) {
    return (
      !/^(?:thoughts|ideas|updates?|eta|anyone|objections|feedback|opinions|volunteers|status|news|suggestions|questions|takers|help|ok|okay|yes|no|sure|agreed|approved)$/.test(
        words[0] ?? '',
      ) || /^(?:ok|okay|yes|no|sure)$/.test(words[0] ?? '')
    );
  }
  return false;
}

/**
 * A proposal to meet ("I'll call you tomorrow"), an invitation or a scheduling move ("Friday
 * works for me"): an ask that invites a reply and leaves nothing unclear.
 */
function invitation(s: Sentence, lead: number, lower: string): AskInfo | undefined {
  for (let i = 0; i < REPLY_INVITE_RES.length; i++) {
    const m = REPLY_INVITE_RES[i].exec(lower);
    if (m)
      return {
        sentence: s,
        start: s.start,
        end: s.end,
        unclear: [],
        kind: 'offer',
        askStart: s.start + lead + m.index,
        addressed: true,
        evidence: {},
        why: REPLY_INVITES[i].note,
      };
  }
  return undefined;
}

function isOffer(lower: string, askAt: number): boolean {
  const m = OFFER_RE.exec(lower);
  if (!m) return false;
  // The condition governs the ask that follows it ("If you'd like a copy, click…") or follows a
  // reply-type ask ("Let me know if you have any questions").
  if (m.index <= askAt) return true;
  return REPLY_VERB_AT.test(lower.slice(askAt));
}

const GROUP_HANDLE =
  /^(?:here|channel|everyone|everybody|all|team|eng|engineering|devs|design|ops|support|sales|marketing|finance|legal|oncall|on-call)$|[-_.](?:team|squad|crew|eng|engineering|devs|design|designers|ops|support|group|leads|managers|folks|all|oncall)$/;

function isAddressed(lower: string, orig: string): boolean {
  // "@design-team", "@here": a group handle addresses everyone, so no one in particular.
  for (const m of orig.matchAll(/@([\w.-]+)/g)) if (!GROUP_HANDLE.test(m[1].toLowerCase())) return true;
  if (/\b(?:you|u|your|ur|yours|y'all|ya)\b/.test(lower)) return true;
  // Vocative: "Andrea, would it be possible…", "Larry, go get 'em."
  if (/^\s*\p{Lu}[\p{L}'-]{1,20},/u.test(orig) && !/^\s*(?:thanks|also|ok|okay|sorry|so|yes|no|well|again|btw|please)\b/i.test(orig)) return true;
  return false;
}

interface PhraseHit {
  index: number;
  length: number;
}

// Where the ask's own clause ends: a dash, semicolon, colon or mid-sentence stop starts another
// statement ("Work through this list by Friday — Sven can help with any of it").
const STRONG_BOUNDARY = /\s[—–-]\s|[—–;:!?](?!$)|\p{Extended_Pictographic}/u;
// Verb families whose phrase must sit where the ask's verb goes (after a modal, "please", "you",
// "to", or at the start): elsewhere "check", "help", "sync" are usually nouns or someone else's.
const VERB_SLOT_FAMILIES = new Set<FuzzyFamily>(['inspect', 'assist', 'meet', 'progress']);
const VERB_SLOT_BEFORE =
  /(?:^|[\s([])(?:can|could|would|will|should|must|shall|may|might|to|please|pls|plz|plse|kindly|and|or|then|also|just|quickly|maybe|probably|perhaps|possibly|really|you|u|ya|we|someone|somebody|anyone|anybody|everyone|me|us|mind|go|let's|lets|[—–:-]|\]|@[\w.-]+)\s+$/;

const SCOPE_SLOT_BEFORE =
  /(?:^|\s)(?:on|re:?|about|with|out|into|at|up|over|do|fix|handle|tackle|finish|review|check|sort|own|take|need|needs|for|own|chase|sync|help)\s+$/;
const BARE_NUDGE =
  /^\s*(?:bump(?:ing|ed)?|just (?:checking|following) (?:in|up)|following up|circling back|nudge|nudging)(?: (?:this|it|that))?(?: (?:up|again|once more))?\s*$/;

function findFuzzy(lower: string, region: Region): (PhraseHit & { family: FuzzyFamily }) | undefined {
  let text = lower.slice(region.at);
  let cut = STRONG_BOUNDARY.exec(text);
  // "bumping this again 🙃 any updates??": a bare nudge points at the ask that follows it.
  if (cut && cut.index > 0 && BARE_NUDGE.test(text.slice(0, cut.index))) {
    const skip = cut.index + cut[0].length;
    text = ' '.repeat(skip) + text.slice(skip);
    cut = STRONG_BOUNDARY.exec(text.slice(skip));
    if (cut) cut = Object.assign(cut, { index: cut.index + skip });
  }
  if (cut && cut.index > 0) text = text.slice(0, cut.index);
  const info = INFO_QUESTION_AT.test(text);
  let best: (PhraseHit & { family: FuzzyFamily }) | undefined;
  for (const f of FUZZY) {
    if (info && f.family !== 'opinion' && f.family !== 'status') continue;
    const re = new RegExp(f.re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (best && m.index >= best.index) break;
      const lead = text.slice(0, m.index);
      if (VERB_SLOT_FAMILIES.has(f.family) && lead.trim() && !VERB_SLOT_BEFORE.test(lead)) continue;
      // A placeholder object counts only as what the ask is about ("figure out the pricing page
      // thing", "sync on the X stuff"), not in a side clause ("in case it got buried under…").
      if (f.family === 'scope' && !SCOPE_SLOT_BEFORE.test(lead)) continue;
      best = { index: region.at + m.index, length: m[0].replace(/\s+$/, '').length, family: f.family };
      break;
    }
  }
  if (!best) return undefined;
  // A stated outcome later in the ask makes the verb concrete ("take a look and tell me whether…").
  const after = lower.slice(best.index + best.length);
  if (REDEEM_RE.test(after)) return undefined;
  if (best.family === 'inspect' || best.family === 'opinion') {
    // "…look at the table: per seat or per workspace?" — a closed choice is named.
    if (/\b\w+ or \w+\?/.test(after) && /\?\s*$/.test(lower)) return undefined;
  }
  return best;
}

function findOwnerGap(
  lower: string,
  orig: string,
  region: Region,
  addressed: boolean,
  isTodo: boolean,
  oneToOneEmail: boolean,
): (PhraseHit & { kind: OwnerGapKind }) | undefined {
  for (const o of OWNER) {
    const scanFrom = o.kind === 'impersonal' ? 0 : region.at;
    const text = lower.slice(scanFrom);
    const re = new RegExp(o.re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const index = scanFrom + m.index;
      if (o.kind === 'indefinite') {
        const before =
          lower
            .slice(Math.max(0, index - 24), index)
            .trim()
            .split(/\s+/)
            .pop() ?? '';
        const after = lower.slice(index + m[0].length, index + m[0].length + 40);
        const bare = before.replace(/[^a-z']/g, '');
        // "need someone from design on…", "we want somebody to own this": a request for an
        // unnamed helper, unless the reader is the one asked to find them.
        const wanted =
          ((bare === 'need' || bare === 'want' || bare === 'needs') && !addressed && /^ (?:from|on|in|at|to|who|that|with)\b/.test(after)) ||
          // "Happy for anyone to pick it up": permission handed to nobody in particular.
          (bare === 'for' &&
            /\b(?:happy|fine|ok|okay|open|glad|great|good|free)\s+for\s*$/.test(lower.slice(Math.max(0, index - 24), index)) &&
            /^ to (?:pick|take|grab|own|run|handle|do|fix|look|review|update|lead|drive|finish|tackle|jump|sort|clean|chase|field|cover)\b/.test(after));
        // "Anyone else seeing 502s?", "anyone know where…": a poll for information, not a task.
        if (/^ (?:else\b|(?:seeing|having|getting|experiencing|noticing|hitting|running into|know|knows|remember|recall|seen|heard|tried|used)\b)/.test(after))
          continue;
        if (OBJECT_BEFORE_INDEFINITE.has(bare) && !wanted) continue;
        // "If anyone asks, …" is a condition, not the ask.
        // "…be nice if someone reviewed my PR" is the wish form of "can someone review my PR".
        const wish = /\bbe (?:\w+ )?\w+ if\s*$/.test(lower.slice(0, index));
        if (
          before === 'if' &&
          !wish &&
          !/^'s (?:free|around|available|up for)\b/.test(after) &&
          !/^(?: \S+){0,3}? (?:could|can|would|will|should|has time|is able|is free|has (?:a |some |any )?(?:spare |free |quick )?(?:sec|second|minute|moment|time|cycles|bandwidth|capacity))\b/.test(
            after,
          )
        )
          continue;
        // "Did anyone see…?" asks for information; whoever answers owns it. "…whether anyone
        // will visit" reports a question rather than asking one.
        if (/^(?:did|has|have|was|were|whether)$/.test(bare)) continue;
        return { index, length: m[0].length, kind: 'indefinite' };
      }
      if (o.kind === 'impersonal') {
        if (addressed) break;
        return { index, length: m[0].length, kind: 'impersonal' };
      }
      if (o.kind === 'volunteer') {
        if (addressed && !/^(?:so )?who\b/.test(lower.slice(index))) break;
        return { index, length: m[0].length, kind: 'volunteer' };
      }
      if (o.kind === 'we') {
        return { index, length: m[0].length, kind: 'we' };
      }
      if (o.kind === 'passive') {
        if (addressed || oneToOneEmail) break;
        // "My car needs servicing, so…": the writer's own thing, so the writer's own job.
        if (/\bmy [a-z'-]+(?: [a-z'-]+)?\s+(?:really |still |also |badly )?$/.test(lower.slice(Math.max(0, index - 40), index))) break;
        return { index, length: m[0].length, kind: 'passive' };
      }
    }
  }
  // A to-do with no name on it ("[ ] update the pricing page") rather than "[ ] Sam: …".
  if (isTodo && !addressed && !/^\s*(?:\*\*)?\p{Lu}[\p{L}'-]{1,20}(?:\*\*)?\s*[:—–-]/u.test(orig) && !/^\s*(?:i|i'll|we'll)\b/.test(lower)) {
    return { index: 0, length: lower.trimEnd().length, kind: 'unassigned' };
  }
  return undefined;
}

function findSoft(lower: string, from: number): (PhraseHit & { replacement: string }) | undefined {
  const text = lower.slice(from);
  let best: (PhraseHit & { replacement: string }) | undefined;
  for (const e of SOFT) {
    const m = e.re.exec(text);
    if (!m?.[0].trim()) continue;
    // Earliest phrase wins; at the same start the longer one ("whenever you get round to it").
    if (best && (from + m.index > best.index || (from + m.index === best.index && m[0].length <= best.length))) continue;
    best = { index: from + m.index, length: m[0].length, replacement: e.replacement };
  }
  return best;
}

function hardDateOutside(lower: string, from: number, to: number): boolean {
  return HARD_DATE_RE.test(lower.slice(0, from)) || HARD_DATE_RE.test(lower.slice(to));
}

// ---------------------------------------------------------------------------------------------
// Helpers for the vague-ask rules' messages and suggestions.

/** "@<name>" in chat and docs (where people are @-mentioned), "<name>" in email. */
export function namePlaceholder(site: Doc['site']): string {
  return site === 'gmail' ? '<name>' : '@<name>';
}

/** Gives `replacement` the case of the first letter of `original` ("No rush" → "By <day> is fine"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.trimStart()[0];
  if (!first || !replacement) return replacement;
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

const OBJECT_STOP =
  /[,.;:!?()]|\s(?:and|but|so|when|whenever|if|by|before|until|asap|because|since|then|or|at the earliest|at some point|sometime|soon|this (?:week|sprint|month)|today|tomorrow|pls|please|thanks)\b|\p{Extended_Pictographic}/u;

/**
 * What the fuzzy phrase is about, read from the words after it ("look into [the SSO thing for
 * Initech]"): at most six words, "it" when nothing usable follows.
 */
export function askObject(doc: Doc, phraseEnd: number, sentenceEnd: number): string {
  let rest = doc.masked.slice(phraseEnd, sentenceEnd);
  const stop = OBJECT_STOP.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest
    .replace(/^\s*(?:at|into|in|on|over|through|with|about|re:?|for|of|to|out|up)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = rest.split(' ').filter(Boolean);
  if (!words.length || /^(?:it|this|that|them|these|those|one)$/i.test(rest) || /x{3,}/.test(rest)) return 'it';
  return words.slice(0, 6).join(' ');
}

/** Options laid out as a numbered or bulleted list before the ask ("1. …", "- Option A …"). */
export function listedOptions(doc: Doc, before: number): number {
  let n = 0;
  for (const l of doc.lines) if (l.end <= before && l.kind === 'bullet') n++;
  return n;
}
