// Does the message deliberate, and does it settle anything? Shared by the missing-decision rules
// (undecided-deliberation, notes-without-next-step), computed once per analysed document.
//
// Deliberating: weighing options ("we could A, or B", "Option 1/2", pros/cons, who prefers
// what), ambivalence ("could go either way", "no strong consensus"), a recap or meeting notes
// that end open ("lots to think about", "will revisit", "Next steps: TBD").
// Settled: a decision ("we're going with", "let's ship it", a Decisions section), an owner with a
// next step ("Farid will send …", "[ ] @Ana — draft …", "I'll post …"), or an explicit request
// to decide ("Can we pick A or B by Friday?", "I need your sign-off by Thursday").
//
// Cost: one pass of a few combined regexes per line, cached by the line's text, so a keystroke
// in a long document rescans one line. No compromise parse is needed: the signals are lexical
// and structural, and names are recognised by capitalisation outside a stop-list.

import type { Doc, Line, Sentence } from './document';
import { caches, remember as rememberBounded } from './caches';
import { detach } from './nlp';
import {
  ACTION_SECTION,
  ROLE_LABEL,
  DECISION,
  DECISION_QUESTION,
  DECISION_REQUEST,
  DECISION_SECTION,
  DONE,
  NON_COMMITTAL_AFTER_WILL,
  NOT_A_NAME,
  onlyPunctuation,
  OWNER_NON_ACTION,
  PLACEHOLDER,
} from './phrases/decision-signals';
import {
  AMBIVALENCE,
  CHANGE_NOTES_TITLE,
  compileEntries,
  compileFamily,
  DEFERRAL,
  INDECISION,
  MENTION as CONVERSATION_MENTION,
  SHRUG,
  STATUS_TITLE,
  NOTES_DEBATE,
  NOTES_OPEN,
  NOTES_TITLE,
  OPEN_SECTION,
  OPINION_QUESTION,
  PRAISE,
  PROBLEMS_TITLE,
  PROPOSAL,
  RECAP,
  WEIGHING,
  type CompiledPhrase,
} from './phrases/deliberation-signals';

export type SignalKind =
  | 'weighing'
  | 'ambivalence'
  | 'indecision'
  | 'shrug'
  | 'praise'
  | 'done'
  | 'deferral'
  | 'recap'
  | 'mention'
  | 'proposal'
  | 'decision'
  | 'request'
  | 'commitment'
  | 'owner';

export interface Mark {
  kind: SignalKind;
  /** Absolute UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  line: Line;
}

export interface DecisionState {
  /** The message weighs options, is ambivalent, or recaps a discussion that ends open. */
  deliberates: boolean;
  /**
   * Something was actually debated: options weighed, ambivalence or indecision, two or more
   * proposals, an opinion question left open, or a retro (which exists to change something).
   * Notes are a deliberation by their genre (`deliberates`); this says whether any item in them was.
   */
  debated: boolean;
  /** What the deliberation looks like: alternatives weighed, a discussion recapped, or a bare list of problems. */
  shape: 'options' | 'recap' | 'problems';
  /** Meeting notes (a notes/sync/retro/… title): settled only by decisions or owned next steps. */
  notes: boolean;
  /** The title line of the notes, when there is one. */
  notesTitle?: Line;
  /** The title of a document that is only a list of problems ("Known issues with …"), when unsettled. */
  problemsTitle?: Line;
  /** Something settles it: a decision, an owned next step, or a request to decide. */
  resolved: boolean;
  /** What settled it (for explanations and tests); lines in Decision / Next steps sections count too. */
  settledBy: Array<{ start: number; end: number; why: string }>;
  /** Deliberation signals in text order. */
  marks: Mark[];
  /** "Next steps: TBD" / "- Continue the discussion next week": a slot filled with nothing. */
  placeholders: Line[];
  /** Action items with no owner (under an Action items / Next steps heading, or to-dos). */
  unownedItems: Line[];
  /** Question sentences that only ask for opinions ("Thoughts?"). */
  opinionQuestions: Sentence[];
  /** Short labels of the alternatives on the table, when they can be read off the text. */
  options: string[];
}

const FAMILIES: Array<[SignalKind, CompiledPhrase[]]> = [
  ['weighing', compileEntries(WEIGHING)],
  ['ambivalence', compileEntries(AMBIVALENCE)],
  ['indecision', compileEntries(INDECISION)],
  ['shrug', compileEntries(SHRUG)],
  ['deferral', compileEntries(DEFERRAL)],
  ['praise', compileEntries(PRAISE)],
  ['recap', compileEntries(RECAP)],
  ['mention', compileEntries(CONVERSATION_MENTION)],
  ['proposal', compileEntries(PROPOSAL)],
  ['decision', compileEntries(DECISION)],
  ['request', compileEntries(DECISION_REQUEST)],
  ['done', compileEntries(DONE)],
];
const WORDS = /[a-z0-9']+/g;
const PLACEHOLDER_RE = compileFamily(PLACEHOLDER);
const OPINION_RE = compileFamily(OPINION_QUESTION);
const DECISION_QUESTION_RE = compileFamily(DECISION_QUESTION);
const NOTES_TITLE_RE = compileFamily(NOTES_TITLE);
// A retro exists to change something: what went wrong in it is open until someone owns a fix.
const RETRO_TITLE = /\bretro(?:spective)?s?\b/i;
const NOTES_OPEN_RE = compileFamily(NOTES_OPEN);
// "Risks: none", "**Blockers:** n/a": a labelled slot that says nothing is open.
const EMPTY_SLOT = /^[\s\-*•◦▪‣–+>]*(?:\*\*)?[^:*\n]{1,30}(?:\*\*)?\s{0,3}:\s{0,3}(?:\*\*)?\s{0,3}(?:none|n\/a|nothing|nil|no|-+|—)\W{0,4}$/i;

// "I'll send", "we will post", "I'm going to book": the next word decides whether it is a step.
// Minutes record others' commitments too ("He'll review both implementations", "they'll send").
const COMMITMENT =
  /\b(?:i|we|he|she|they)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'s going to| is going to) (?:also |then |now |just |first )?([a-z]+)/gi;
// "Farid will send …", "@ana to draft …", "Kim owns the rollout": a named owner and an action.
const NAMED_OWNER =
  /(?:^|[^\p{L}@'])(@[\p{L}\d._-]{1,40}|\p{Lu}[\p{L}'-]{0,30})(?: \p{Lu}[\p{L}'-]{0,30})? (?:will|shall|is going to|owns|is owning|is handling|handles|takes|is taking|leads|is leading|drives|to) ([a-z]+)/gu;
const ITEM_PLAN =
  /(?:^[\s\-*•◦▪‣–+]*(?:\d{1,3}[.)]\s*)?(?:\[[ xX]?\]\s*)?|→\s{0,3})(?:will|going to|planning to|plan is to|agreed to|next step is to) ([a-z]+)/i;
// "which Dev is already looking into", "Mia's on it": someone already owns it (no verb needed after).
const ON_IT_OWNER =
  /(?:^|[^\p{L}@'])(@[\p{L}\d._-]{1,40}|\p{Lu}[\p{L}'-]{0,30})(?: is|'s) (?:already |now )?(?:looking into (?:it|this|that)|looking into\W|on it\b|on this\b|handling (?:it|this|that)|working on (?:it|this|that|a fix)|following up\b|fixing (?:it|this|that))/u;
// "- Ana to draft the spec": "<Name> to <verb>" is action-item shorthand only as an item.
const ITEM_MARKER = /^[\s\-*•◦▪‣–+]*(?:\d{1,3}[.)]\s*)?(?:\[[ xX]?\]\s*)?$/;
const BULLETED = /^\s*(?:[-*•◦▪‣–+]|\d{1,3}[.)]|\[[ xX]?\])/;
// An action label, then who and what: "* Action item: nikomatsakis to fcp merge", "Next steps: Josh
// and Niko to build a template roadmap" (rust-lang/lang-team minutes). After the label, a
// lowercase nick or several names joined by "and" / commas are owners too.
const LABELLED_OWNER =
  /^[\s\-*•◦▪‣–+>]*(?:\*\*)?(?:action items?|actions?|ai|next steps?|todo|to-do|follow-?ups?)(?:\*\*)?\s*:\s*(?:\*\*)?(@?[\p{L}][\p{L}\d._-]{1,30})((?:(?:,\s*|\s+(?:and|&)\s+)@?[\p{L}][\p{L}\d._-]{1,30}){0,3})(?:\*\*)?\s+(?:to|will)\s+[a-z]+/iu;
// Action-item owners: "Sam: move Priya …", "[ ] @Joana — run …", "(owner: Aaliyah)", "(Rafa updates …)".
const LABEL_OWNER =
  /^[\s\-*•◦▪‣–+>]*(?:\d{1,3}[.)]\s*)?(?:\[[ xX]?\]\s*)?(?:\*\*)?(@[\p{L}\d._-]{1,40}|\p{Lu}[\p{L}'.-]{0,30}(?: \p{Lu}[\p{L}'.-]{0,30})?)(?:\*\*)?\s{0,3}(?::|—|–|-|→)\s*\S/u;
const PAREN_OWNER = /\((?:(?:owner|owners|dri|lead|assignee)\s*:?\s*)?(@?\p{Lu}[\p{L}'-]{0,30})(?:\)| [a-z]+s\b)/u;
// Bounded name and one optional ")" between spaces: "\s*\)?\s*$" would backtrack on long space runs.
const TRAILING_OWNER = /(?:—|–|-|→)\s{0,3}(@?\p{Lu}[\p{L}'-]{0,30})\s{0,3}(?:\)\s{0,3})?$/u;
const OWNER_FIELD = /\b(?:owners?|assignee|dri|owned by|assigned to)\b\s{0,3}(?:\*\*)?\s{0,3}[:=-]?\s{0,3}(?:\*\*)?\s{0,3}@?\p{Lu}/iu;
const MENTION = /(?:^|\s)@[\p{L}\d._-]{2}/u;
const CONDITIONAL_BEFORE = /\b(?:if|unless|whether)\b[^.!?]*$/i;
const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'our',
  'this',
  'that',
  'these',
  'those',
  'their',
  'my',
  'your',
  'his',
  'her',
  'its',
  'some',
  'any',
  'each',
  'every',
  'all',
  'one',
  'two',
  'three',
]);
const TITLE_BOLD = /^\s*(?:[-*•]\s*)?\*\*[^*]{1,80}\*\*\s*:?\s*$/;

// Per-line scan results, cached by line text (relative offsets).
interface LineScan {
  marks: Array<{ kind: SignalKind; start: number; end: number }>;
  /** Owner named in action-item form (label / parenthesis / @mention / trailing name). */
  itemOwner: boolean;
  placeholder: boolean;
  /** The line raises something open (a want, worry, problem, idea, question): see NOTES_OPEN. */
  open: boolean;
  /** "- Follow-up: @omar adds …", "• Decision: …": an item labelled as a decision or action. */
  inline: Section;
}
// Per-line, per-question and per-sentence scans, cached by text (offsets relative to it). Keys
// are the doc's line and sentence strings, which buildDoc detaches from the document, so keeping
// them does not keep old versions of a long document alive. Per engine (caches.ts), bounded.
const SCAN_CACHE_LIMIT = 20_000;
const lineScans = () => caches().table<string, LineScan>('deliberation.lines');

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  rememberBounded(cache, key, value, SCAN_CACHE_LIMIT);
  return value;
}

interface QuestionScan {
  opinion: boolean;
  decide: boolean;
  /** Addressed to the reader ("you", an @mention). */
  addressed: boolean;
}
// Question sentences, cached like lines (by sentence text).
const questionScans = () => caches().table<string, QuestionScan>('deliberation.questions');

function scanQuestion(clean: string): QuestionScan {
  const scans = questionScans();
  const seen = scans.get(clean);
  if (seen) return seen;
  const q = clean.replace(/[’‘]/g, "'");
  OPINION_RE.lastIndex = 0;
  DECISION_QUESTION_RE.lastIndex = 0;
  const scan = { opinion: OPINION_RE.test(q), decide: DECISION_QUESTION_RE.test(q), addressed: /\byou\b|@\w/i.test(q) };
  OPINION_RE.lastIndex = 0;
  DECISION_QUESTION_RE.lastIndex = 0;
  remember(scans, detach(clean), scan);
  return scan;
}

// A long prose line (a whole paragraph in Notion or Gmail) is re-scanned on every keystroke in
// it; past this length its phrase families are matched sentence by sentence, each sentence
// cached, so a keystroke re-reads one sentence instead of the paragraph.
const SPLIT_LINE_CHARS = 300;
const sentenceMarks = () => caches().table<string, LineScan['marks']>('deliberation.sentences');

function familyMarksOf(sentence: string): LineScan['marks'] {
  const table = sentenceMarks();
  const seen = table.get(sentence);
  if (seen) return seen;
  const marks: LineScan['marks'] = [];
  familyMarks(sentence, new Set(sentence.toLowerCase().match(WORDS)), marks);
  remember(table, detach(sentence), marks);
  return marks;
}

function familyMarks(text: string, words: Set<string>, marks: LineScan['marks']): void {
  for (const [kind, entries] of FAMILIES) {
    for (const { re, cues } of entries) {
      if (cues && !cues.some((c) => words.has(c))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // Two entries of one family can match the same words: count them once.
        const dup = marks.some((x) => x.kind === kind && x.start < m!.index + m![0].length && m!.index < x.end);
        if (!dup) marks.push({ kind, start: m.index, end: m.index + m[0].length });
      }
    }
  }
}

/** `spansOf`: the line's sentences (offsets in the line), for matching a long line per sentence. */
function scanLine(raw: string, spansOf?: () => ReadonlyArray<readonly [number, number]>): LineScan {
  const scans = lineScans();
  const seen = scans.get(raw);
  if (seen) return seen;
  // Only now: the sentence spans cost a search and an array per long line, and most lines are cached.
  const spans = spansOf?.();
  // Same length as raw, so offsets hold: curly apostrophes read as straight ones.
  const text = raw.replace(/[’‘]/g, "'");
  const marks: LineScan['marks'] = [];
  const words = new Set(text.toLowerCase().match(WORDS));
  if (spans && spans.length > 1 && text.length > SPLIT_LINE_CHARS) {
    for (const [a, b] of spans) for (const m of familyMarksOf(text.slice(a, b))) marks.push({ kind: m.kind, start: m.start + a, end: m.end + a });
  } else familyMarks(text, words, marks);
  const has = (...cues: string[]) => cues.some((c) => words.has(c));
  COMMITMENT.lastIndex = has("i'll", "we'll", "he'll", "she'll", "they'll", 'will', 'shall', 'going') ? 0 : text.length;
  for (let m = COMMITMENT.exec(text); m; m = COMMITMENT.exec(text)) {
    if (NON_COMMITTAL_AFTER_WILL.has(m[1].toLowerCase())) continue;
    if (CONDITIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    marks.push({ kind: 'commitment', start: m.index, end: m.index + m[0].length });
  }
  // "- going to pair with Leo next sprint", "→ will book the room": a plan in an item, subject implied.
  if (BULLETED.test(text) || text.includes('→')) {
    const plan = ITEM_PLAN.exec(text);
    if (plan && !NON_COMMITTAL_AFTER_WILL.has(plan[1].toLowerCase())) marks.push({ kind: 'commitment', start: plan.index, end: plan.index + plan[0].length });
  }
  let itemTo = false;
  // The "<Name> to <verb>" form only exists in list items; elsewhere "to" is in every line.
  const ownerCue = has('will', 'shall', 'going', 'owns', 'owning', 'handling', 'handles', 'takes', 'taking', 'leads', 'leading', 'drives');
  NAMED_OWNER.lastIndex = ownerCue || BULLETED.test(text) ? 0 : text.length;
  for (let m = NAMED_OWNER.exec(text); m; m = NAMED_OWNER.exec(text)) {
    const name = m[1].replace(/^@/, '').toLowerCase();
    const verb = m[2];
    const start = m.index + m[0].indexOf(m[1]);
    if (!m[1].startsWith('@') && NOT_A_NAME.has(name)) continue;
    if (OWNER_NON_ACTION.has(verb)) continue;
    // "SMB leads ask about it", "Setup takes longer": a noun or a plain statement unless an
    // object follows ("Kim leads the rollout", "Ana takes over", "Raj drives this").
    if (/ (?:leads|takes|drives) [a-z]+$/.test(m[0]) && !DETERMINER.has(verb) && !/^(?:it|on|over|charge|care|ownership|point)$/.test(verb)) continue;
    // "<Name> to <verb>" is action-item shorthand only at the start of a line or item.
    if (/ to [a-z]+$/.test(m[0])) {
      // "- Move to the co-working floor": an imperative going somewhere, not "<Name> to <verb>".
      if (DETERMINER.has(verb)) continue;
      if (!ITEM_MARKER.test(text.slice(0, start))) continue;
      itemTo = true;
      if (!BULLETED.test(text)) continue;
    }
    if (CONDITIONAL_BEFORE.test(text.slice(Math.max(0, start - 200), start))) continue;
    marks.push({ kind: 'owner', start, end: m.index + m[0].length });
  }
  const labelled = text.includes(':') ? LABELLED_OWNER.exec(text) : null;
  if (labelled && !NOT_A_NAME.has(labelled[1].replace(/^@/, '').toLowerCase())) {
    const start = labelled.index + labelled[0].indexOf(labelled[1]);
    marks.push({ kind: 'owner', start, end: labelled.index + labelled[0].length });
  }
  if (has('looking', 'on', 'handling', 'working', 'following', 'fixing')) {
    const m = ON_IT_OWNER.exec(text);
    if (m && (m[1].startsWith('@') || !NOT_A_NAME.has(m[1].toLowerCase())) && !CONDITIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) {
      const start = m.index + m[0].indexOf(m[1]);
      marks.push({ kind: 'owner', start, end: m.index + m[0].length });
    }
  }
  // A decision phrase inside a deferral ("let's keep the conversation going") is a deferral;
  // inside a recap ("here's where we landed on …") it is a recap.
  const deferrals = marks.filter((x) => x.kind === 'deferral' || x.kind === 'recap');
  const kept = deferrals.length
    ? marks.filter((x) => !((x.kind === 'decision' || x.kind === 'commitment') && deferrals.some((d) => d.start < x.end && x.start < d.end)))
    : marks;
  kept.sort((a, b) => a.start - b.start);

  const label = LABEL_OWNER.exec(text);
  const labelOwner = !!label && (label[1].startsWith('@') || !NOT_A_NAME.has(label[1].split(' ')[0].toLowerCase()));
  const paren = PAREN_OWNER.exec(text);
  const parenOwner = !!paren && !NOT_A_NAME.has(paren[1].replace(/^@/, '').toLowerCase());
  const trailing = TRAILING_OWNER.exec(text);
  const trailingOwner = !!trailing && !NOT_A_NAME.has(trailing[1].replace(/^@/, '').toLowerCase());
  const itemOwner =
    itemTo ||
    labelOwner ||
    parenOwner ||
    trailingOwner ||
    MENTION.test(text) ||
    (has('owner', 'owners', 'assignee', 'dri', 'owned', 'assigned') && OWNER_FIELD.test(text));

  const placeholder = placeholderContent(text);

  NOTES_OPEN_RE.lastIndex = 0;
  const open = (text.includes('?') || NOTES_OPEN_RE.test(text)) && !EMPTY_SLOT.test(text);
  NOTES_OPEN_RE.lastIndex = 0;
  const inline = inlineSection(text);

  const scan: LineScan = { marks: kept, itemOwner, placeholder, open, inline };
  remember(scans, detach(raw), scan);
  return scan;
}

const LINK_ONLY = /^(?:\[[^\]\n]{1,120}\]\(\S*\)|x{8,})$/;

/** A line without its bullet / to-do box / "Label:" prefix. */
function itemContent(text: string): string {
  let s = text.replace(/^[\s\-*•◦▪‣–+>#]*(?:\d{1,3}[.)]\s*)?(?:\[[ xX]?\]\s*)?/, '');
  const colon = s.indexOf(':');
  if (colon > 0 && colon < 40 && sectionOf(s.slice(0, colon)) !== 'other') s = s.slice(colon + 1);
  return s.replace(/\*\*/g, '').trim();
}

type Section = 'decision' | 'action' | 'other';

/** The section a list item labels itself with: "- Follow-up: …" is an action, "• Decision: …" a decision. */
function inlineSection(text: string): Section {
  if (!BULLETED.test(text)) return 'other';
  const s = text.replace(/^[\s\-*•◦▪‣–+>]*(?:\d{1,3}[.)]\s*)?(?:\[[ xX]?\]\s*)?/, '');
  const colon = s.indexOf(':');
  return colon > 0 && colon < 30 ? sectionOf(s.slice(0, colon)) : 'other';
}

function sectionOf(label: string): Section {
  const l = label.replace(/[#*_]/g, '').trim();
  if (ROLE_LABEL.test(l)) return 'other';
  if (DECISION_SECTION.test(l)) return 'decision';
  if (ACTION_SECTION.test(l)) return 'action';
  return 'other';
}

/** A Decision / Next steps slot's text that decides nothing ("TBD", "???", "revisit next week"). */
export function placeholderContent(text: string): boolean {
  const content = itemContent(text);
  PLACEHOLDER_RE.lastIndex = 0;
  const placeholder = content.length > 0 && (onlyPunctuation(content) || PLACEHOLDER_RE.test(content));
  PLACEHOLDER_RE.lastIndex = 0;
  return placeholder;
}

/** A title's label with its markup stripped ("### meeting conclusion" → "meeting conclusion"). */
const titleLabel = (raw: string) => raw.replace(/^[\s#>*-]*/, '');

/** A title naming outcomes: "Decisions", "Meeting conclusion", "Next steps" (not "Action item scribe"). */
export function outcomeTitle(raw: string): boolean {
  return sectionOf(titleLabel(raw)) !== 'other';
}

/** Last non-space character (an end-anchored regex would rescan long lines from every position). */
export function lastChar(raw: string): string {
  let i = raw.length - 1;
  while (i >= 0 && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\r')) i--;
  return i >= 0 ? raw[i] : '';
}

function isTitle(line: Line, raw: string): boolean {
  if (line.kind === 'heading') return true;
  if (line.kind === 'decision') return true;
  if (TITLE_BOLD.test(raw)) return true;
  // A short "Label:" line introducing a list ("Decisions:", "What we'll change:").
  return line.words <= 8 && lastChar(raw) === ':' && line.kind !== 'bullet' && line.kind !== 'todo';
}

/** Text after a "Label:" on a title line (empty when the title only introduces a section). */
function titleContent(raw: string): string {
  const s = raw.replace(/^[\s#>*-]*/, '');
  const colon = s.indexOf(':');
  return colon >= 0
    ? s
        .slice(colon + 1)
        .replace(/\*\*/g, '')
        .trim()
    : '';
}

/** "Meeting notes — infra planning" on its own line above a list: a title typed without "#" or ":". */
function bareTitle(doc: Doc, line: Line, raw: string): boolean {
  if (line.kind !== 'text' || line.words > 10 || /[.!?,;]/.test(lastChar(raw))) return false;
  const next = doc.lines[line.index + 1];
  return !!next && (next.kind === 'bullet' || next.kind === 'todo');
}

const stateCache = new WeakMap<Doc, DecisionState>();

export function decisionState(doc: Doc): DecisionState {
  let state = stateCache.get(doc);
  if (!state) {
    state = computeState(doc);
    stateCache.set(doc, state);
  }
  return state;
}

/** The line's sentences as offsets within the line (sentences are in document order). */
function spansOf(doc: Doc, line: Line): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const list = doc.sentences;
  // Binary search for the first sentence of the line: a long document has hundreds.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= line.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].start < line.end; i++)
    if (list[i].line === line) out.push([list[i].start - line.start, list[i].end - line.start]);
  return out;
}

function computeState(doc: Doc): DecisionState {
  const marks: Mark[] = [];
  const placeholders: Line[] = [];
  const unownedItems: Line[] = [];
  const settledBy: DecisionState['settledBy'] = [];
  let resolved = false;
  const settle = (start: number, end: number, why: string) => {
    resolved = true;
    settledBy.push({ start, end, why });
  };
  let section: Section = 'other';
  let sawBlank = false;
  let firstContent: Line | undefined;
  let hasNotesHeading = false;
  let contentLines = 0;
  const openQuestionLines = new Set<Line>();
  let inQuestions = false;
  let inChecklist = false;
  // For notes: does any item raise something open? For a problem list: its items and titles.
  let openContent = false;
  let titles = 0;
  let listItems = 0;
  let ownedItems = 0;

  for (const line of doc.lines) {
    if (line.kind === 'blank') {
      sawBlank = true;
      continue;
    }
    if (line.kind === 'greeting' || line.kind === 'signoff') continue;
    const raw = line.text;
    firstContent ??= line;
    const scan = scanLine(raw, raw.length > SPLIT_LINE_CHARS ? () => spansOf(doc, line) : undefined);
    const title = isTitle(line, raw);
    if (!title) {
      contentLines++;
      if (scan.open) openContent = true;
      if (line.kind === 'bullet' || line.kind === 'todo') {
        listItems++;
        if (scan.itemOwner) ownedItems++;
      }
    }
    if (!title && inQuestions && line.kind === 'bullet') openQuestionLines.add(line);

    if (title) {
      titles++;
      const label = titleLabel(raw);
      section = sectionOf(label);
      inQuestions = /\bquestions\b/i.test(label);
      // "## Before meeting checklist" then "[ ] Update the project board": the meeting's own prep
      // list, the same every week (rust-lang/lang-team minutes), not work left open by it.
      inChecklist = /\bchecklist\b/i.test(label);
      // A "What didn't go well" / "Open questions" / "Ideas" section holds open points.
      if (section === 'other' && line !== firstContent && OPEN_SECTION.test(label) && !EMPTY_SLOT.test(raw)) openContent = true;
      if (line.kind === 'heading' && /\b(?:notes|discussion|attendees|minutes|agenda|meeting)\b/i.test(label)) hasNotesHeading = true;
      const content = titleContent(raw);
      if (section !== 'other' && content) settleItem(section, line, scan);
      else if (section === 'other') collectGeneral(line, scan);
      sawBlank = false;
      continue;
    }
    // In an email a "Decisions:" list ends at the next plain paragraph; so does a markdown
    // heading's section here. A page settles as a whole (one decision anywhere closes every
    // deliberation on it), so letting "## Decisions" run on across blank lines closed unrelated
    // topics of a long page. Bitcoin Core's "### meeting conclusion", a blank, then "Review PR
    // #7600" needs per-topic resolution first (a known miss, session 11).
    if (section !== 'other' && sawBlank && line.kind === 'text') section = 'other';
    sawBlank = false;
    if (section !== 'other') settleItem(section, line, scan);
    else if (scan.inline !== 'other') settleItem(scan.inline, line, scan);
    else {
      collectGeneral(line, scan);
      if (line.kind === 'todo' && !inChecklist) {
        if (scan.itemOwner) settle(line.start, line.end, 'owned to-do');
        else if (!scan.placeholder) unownedItems.push(line);
      }
    }
  }

  function settleItem(kind: Section, line: Line, scan: LineScan) {
    if (scan.placeholder) {
      placeholders.push(line);
      return;
    }
    if (kind === 'decision') {
      settle(line.start, line.end, 'decision section');
      return;
    }
    const settles = scan.itemOwner || scan.marks.some((m) => m.kind === 'commitment' || m.kind === 'owner' || m.kind === 'decision' || m.kind === 'done');
    if (settles) settle(line.start, line.end, 'owned action item');
    // "## Action item review" then "* [Action items list](https://hackmd.io/…)": a pointer to
    // where the items live, not an item (the mask turns the URL into an x-run).
    else if (!LINK_ONLY.test(itemContent(line.text))) unownedItems.push(line);
  }

  function collectGeneral(line: Line, scan: LineScan) {
    for (const m of scan.marks) {
      if (m.kind === 'decision' || m.kind === 'request' || m.kind === 'commitment' || m.kind === 'owner')
        settle(line.start + m.start, line.start + m.end, m.kind);
      else marks.push({ kind: m.kind, start: line.start + m.start, end: line.start + m.end, line });
    }
  }

  // Notes: the document's title (first line) or a section heading names a meeting or notes.
  // ("Ask: please review …" is a labelled line, not a title, even though it names a review.)
  let notesTitle: Line | undefined;
  let problemsTitle: Line | undefined;
  const firstRaw = firstContent ? firstContent.text : '';
  if (firstContent && (firstContent.kind === 'heading' || lastChar(firstRaw) === ':' || bareTitle(doc, firstContent, firstRaw)) && firstContent.words <= 16) {
    NOTES_TITLE_RE.lastIndex = 0;
    if (NOTES_TITLE_RE.test(firstRaw) && !STATUS_TITLE.test(firstRaw)) notesTitle = firstContent;
    NOTES_TITLE_RE.lastIndex = 0;
    // A document that is only a list of problems under a title ("## Known issues with the API").
    if (titles === 1 && listItems >= 2 && listItems >= contentLines - 1 && ownedItems === 0 && PROBLEMS_TITLE.test(firstRaw) && !EMPTY_SLOT.test(firstRaw)) {
      problemsTitle = firstContent;
    }
  }
  // Notes deliberate only when something in them is open: a status round ("shipped X, crash
  // rate down, vacation in August") needs no decision. Retros and post-mortems exist to change
  // something, so they always do.
  const changeNotes = !!notesTitle && CHANGE_NOTES_TITLE.test(firstRaw);
  const notes =
    (!!notesTitle || hasNotesHeading) &&
    doc.structured &&
    contentLines >= 3 &&
    (openContent ||
      changeNotes ||
      placeholders.length > 0 ||
      unownedItems.length > 0 ||
      marks.some((m) => m.kind !== 'recap' && m.kind !== 'mention' && m.kind !== 'proposal' && m.kind !== 'praise' && m.kind !== 'done') ||
      marks.filter((m) => m.kind === 'proposal').length >= 2);

  // Questions: opinion-only ones keep a deliberation open; ones that ask to choose settle it.
  // In notes, questions are the open points themselves unless addressed to someone.
  const opinionQuestions: Sentence[] = [];
  // "should we do A or B? … idk, going back and forth": a choice question the writer then
  // agonises over is them thinking aloud, not a request for the reader to decide.
  // So is one followed by the options weighed and then a deferral ("should we move the deploy
  // window? some prefer mornings, others afternoons. didn't get to it today").
  let lastIndecision = -1;
  let lastDeferral = -1;
  for (const m of marks) {
    if (m.kind === 'indecision' || m.kind === 'shrug') lastIndecision = Math.max(lastIndecision, m.start);
    else if (m.kind === 'deferral') lastDeferral = Math.max(lastDeferral, m.start);
  }
  const weighedBetween = (from: number, to: number) => marks.some((m) => m.kind === 'weighing' && m.start >= from && m.start < to);
  for (const s of doc.sentences) {
    if (!s.question) continue;
    // A title asking the question ("# Should we offer a free tier?") frames the deliberation;
    // open-question lists are the open points themselves.
    if (s.line.kind === 'heading' || openQuestionLines.has(s.line)) continue;
    const q = scanQuestion(s.clean);
    if (q.opinion) {
      opinionQuestions.push(s);
      continue;
    }
    if (notes && !q.addressed) continue;
    if (!q.addressed && (lastIndecision >= s.end || (lastDeferral >= s.end && weighedBetween(s.end, lastDeferral)))) continue;
    if (q.decide) settle(s.start, s.end, 'question asking to decide');
  }

  let weighing = 0;
  let ambivalence = 0;
  let indecision = 0;
  let shrug = 0;
  let praise = 0;
  let done = 0;
  let deferral = 0;
  let recap = 0;
  let mention = 0;
  let proposal = 0;
  for (const m of marks) {
    if (m.kind === 'weighing') weighing++;
    else if (m.kind === 'ambivalence') ambivalence++;
    else if (m.kind === 'indecision') indecision++;
    else if (m.kind === 'shrug') shrug++;
    else if (m.kind === 'praise') praise++;
    else if (m.kind === 'done') done++;
    else if (m.kind === 'deferral') deferral++;
    else if (m.kind === 'recap') recap++;
    else if (m.kind === 'mention') mention++;
    else if (m.kind === 'proposal') proposal++;
  }
  const open = deferral > 0 || shrug > 0 || (praise > 0 && (weighing > 0 || proposal > 0)) || opinionQuestions.length > 0 || placeholders.length > 0;
  // A recap whose points the writer already acted on ("… I sent both answers today") leaves
  // nothing to decide; alternatives still on the table stay open.
  if (!resolved && !notes && done > 0 && weighing === 0 && ambivalence === 0 && indecision === 0) {
    const m = marks.find((x) => x.kind === 'done')!;
    settle(m.start, m.end, 'already done');
  }
  const problems = !!problemsTitle && !notes && !resolved;
  // A long report (a store's weekend, a project's week) mentions a trade-off or a request in
  // passing; two such asides are not a deliberation unless it also ends open or recaps one.
  const long = doc.words > 150;
  const deliberates =
    notes ||
    problems ||
    ambivalence > 0 ||
    indecision > 0 ||
    weighing >= (long ? 3 : 2) ||
    (weighing > 0 && (recap > 0 || open || (!long && proposal >= 2))) ||
    (recap > 0 && (open || (!long && proposal >= 2))) ||
    // Several proposals or concerns reported, then a deferral ("worth keeping in mind").
    (proposal >= 2 && open) ||
    (mention > 0 && proposal > 0 && open);

  const debated =
    weighing > 0 ||
    ambivalence > 0 ||
    indecision > 0 ||
    deferral > 0 ||
    shrug > 0 ||
    proposal >= 2 ||
    opinionQuestions.length > 0 ||
    changeNotes ||
    RETRO_TITLE.test(firstRaw) ||
    (notes && doc.lines.some((l) => NOTES_DEBATE.test(doc.masked.slice(l.start, l.end))));

  return {
    deliberates,
    debated,
    shape: weighing > 0 || ambivalence > 0 || indecision > 0 ? 'options' : problems && recap === 0 ? 'problems' : 'recap',
    notes,
    notesTitle: notes ? (notesTitle ?? firstContent) : undefined,
    problemsTitle: problems ? problemsTitle : undefined,
    resolved,
    settledBy,
    marks,
    placeholders,
    unownedItems,
    opinionQuestions,
    options: deliberates && !resolved ? readOptions(doc, marks) : [],
  };
}

// ---- the alternatives on the table, for "Can we pick A or B by <day>?" ----

const OPTION_LABEL = /\boption\s+([A-D1-4])\b/gi;
const PREFERRED_OBJECT =
  /\b(?:prefers?|preferred|would prefer|leans? (?:slightly )?towards?|leaning towards?|in favou?r of)\s+(?:the\s+)?(\p{Lu}[\p{L}\d'-]*(?: \p{Lu}[\p{L}\d'-]*)?)/dgu;
const COULD_LIST = /\b(?:we|you|i|they) (?:could|can|might) (?:either |also )?([^.?!\n]{2,200})/dgi;
const BETWEEN = /\bbetween (?:the )?([^.?!\n,]{2,40}?) and ([^.?!\n,]{2,40}?)(?=[.?!\n,]|$)/dgi;
// Where a list of alternatives stops and the commentary on it starts.
const LIST_TAIL = /,? (?:but|because|which|since|so that|although|though|if|depending)\b/i;

function readOptions(doc: Doc, marks: Mark[]): string[] {
  // Match on the masked text (no quotes, code or URLs) but quote the user's original words.
  const masked = doc.masked.slice(0, doc.userEnd);
  const original = (m: RegExpExecArray, group: number) => {
    const at = m.indices?.[group];
    return at ? doc.text.slice(at[0], at[1]) : m[group];
  };
  const found: string[] = [];
  const add = (s: string) => {
    const clean = s
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
      .trim();
    if (clean && clean.length <= 60 && !found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
  };
  const done = () => {
    if (found.length >= 2) return true;
    found.length = 0;
    return false;
  };
  // Labelled options win: "Option A", "Option 2".
  for (const m of masked.matchAll(OPTION_LABEL)) {
    add(`Option ${m[1].toUpperCase()}`);
    if (found.length >= 4) break;
  }
  if (done()) return found.slice(0, 4);
  // Who prefers what: "Ops preferred Corvus, finance preferred ShipRight".
  for (const m of masked.matchAll(PREFERRED_OBJECT)) {
    add(original(m, 1));
    if (found.length >= 4) break;
  }
  if (done()) return found.slice(0, 4);
  // "We could push back to 96h, accept it, or ask for a carve-out", "choosing between A and B".
  // Only the last few weighing phrases: they sit nearest to where the decision is missing.
  const weighing = marks.filter((m) => m.kind === 'weighing').slice(-12);
  for (const mark of weighing) {
    const from = mark.start;
    const seg = masked.slice(from, Math.min(masked.length, from + 260));
    COULD_LIST.lastIndex = 0;
    const m = COULD_LIST.exec(seg);
    if (m && /,? or /.test(m[1])) {
      const at = m.indices![1];
      let list = doc.text.slice(from + at[0], from + at[1]);
      const tail = LIST_TAIL.exec(list);
      if (tail) list = list.slice(0, tail.index);
      for (const part of list.split(/,\s*(?:or\s+)?|\s+or\s+/)) add(shorten(part));
      if (done()) return found.slice(0, 4);
    }
    BETWEEN.lastIndex = 0;
    const b = BETWEEN.exec(seg);
    if (b) {
      add(shorten(doc.text.slice(from + b.indices![1][0], from + b.indices![1][1])));
      add(shorten(doc.text.slice(from + b.indices![2][0], from + b.indices![2][1])));
      if (done()) return found.slice(0, 4);
    }
  }
  // A numbered or bulleted list right after an "options" line: the head of each item.
  const lines = doc.lines;
  for (let i = 0, tried = 0; i < lines.length && tried < 12; i++) {
    if (lines[i].words > 12) continue;
    const head = lines[i].text;
    if (lastChar(head) !== ':' || !/\boptions?\b/i.test(head)) continue;
    tried++;
    for (let j = i + 1; j < lines.length && lines[j].kind === 'bullet'; j++) {
      const item = doc.text.slice(lines[j].start, lines[j].end).replace(/^[\s\-*•◦▪‣–+]*(?:\d{1,3}[.)]\s*)?/, '');
      add(shorten(item.split(/\s+[—–(-]\s*|:\s|\s\(|,\s/)[0]));
    }
    if (done()) return found.slice(0, 4);
  }
  return [];
}

function shorten(s: string): string {
  const words = s.trim().split(/\s+/);
  return words.length <= 6 ? words.join(' ') : `${words.slice(0, 5).join(' ')}…`;
}

/** "A, B or C" */
export function joinOptions(options: readonly string[]): string {
  if (options.length <= 1) return options.join('');
  return `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
}
