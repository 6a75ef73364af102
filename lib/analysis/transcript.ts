// Speaker-turn transcripts in notes ("**Danny:** So there's two things…", "nikomatsakis: There
// were some responses…"): each turn records what someone said, in their words, not the notes'
// writer's prose (LABELS.md, "Reading real text"; the real set's adjudication of call
// transcripts). Length rules don't judge such turns as the writer's paragraphs.

import { caches, remember } from './caches';
import type { Doc } from './document';

// "Name:", "**Name**:", "**Name:**", "- Name:", "nick_name:" at the start of a line, or a bold
// name alone on its line with the turn below it. Call notes also put the video timestamp between
// name and colon ("**Barnabas Busa** [9:35](https://www.youtube.com/…): …"), the speaker's team
// or handle in brackets ("**Alex (axic)**: …", "**Leo(BSC)**: …"), and after a bold name the
// colon may touch the turn ("**Terence (Prysmatic lab)**:Yeah hey guys…"): ethereum/pm call notes
// in ../shared/data/real/notes.jsonl. Without the bold, the colon needs a space after it, so
// "https://…" and "10:30" are not speakers.
const NAME = String.raw`((?:\p{Lu}[\p{L}'.-]{1,20}(?: \p{Lu}[\p{L}'.-]{1,20}){0,2})|[a-z][\w.-]{2,20})`;
const VIDEO_TIME = String.raw`(?:\s*\[[\d:.]{3,9}\]\([^)\n]{0,200}\))?`;
const AFFILIATION = String.raw`(?:\s?\([^)\n]{1,30}\))?`;
const SPEAKER_AT_START = new RegExp(
  String.raw`^\s*(?:[-*]\s+)?(?:\*\*)?${NAME}${AFFILIATION}(?:\*\*${VIDEO_TIME}\s*:(?:\*\*)?|${VIDEO_TIME}\s*:(?:\*\*)?(?=\s|$))`,
  'u',
);
const SPEAKER_LINE = /^\s*\*\*(\p{L}[\p{L}'. -]{1,40}?)(?:\s?\([^)\n]{1,30}\))?\*\*\s*:?\s*$/u;
// A pasted Zoom chat: "From pari to Everyone 02:25 PM", "***From terence(prysmaticlabs) to
// Everyone 02:10 PM:***" (ethereum/pm call notes), each message on the lines below it.
const ZOOM_CHAT =
  /^\s*(?:[-*]\s+)?\**\s*From\s+(\S.{0,60}?)\s+to\s+(?:Everyone|everyone|Me|me|\S.{0,40}?)\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp][Mm])?\s*:?\s*\**\s*:?\s*$/;
// "Danny - I rearranged things a bit this week…", "**Hudson** - Anybody else have comments?",
// "Alex (axic) – We finished…": ethereum/pm call notes put a dash between speaker and turn
// (../shared/data/real/notes.jsonl, AllCoreDevs calls). A capitalised name or a bold one.
const SPEAKER_DASH =
  /^\s*(?:[-*]\s+)?(?:\*\*)?(\p{Lu}[\p{L}'.]{1,20}(?: \p{Lu}[\p{L}'.]{1,20}){0,2}|(?<=\*\*)[a-z][\w.]{2,20}(?=\*\*))(?:\*\*)?(?: \([^)\n]{1,30}\))?\s+[-–—]\s+\S/u;
// Labels that open notes fields, not turns ("Goal:", "Link:", "Decision:").
const FIELD =
  /^(?:goal|goals|note|notes|summary|context|link|links|decision|decisions|action|actions|agenda|status|owner|owners|date|time|attendees|present|question|questions|answer|others|members|team|attendance|attending|absent|regrets|guests?|note-?taker|scribe|facilitator|chair|host|moderator|update|updates|topic|topics|next|tl;?dr|background|proposal|outcome|result|results|conclusion|problem|solution|issue|issues|example|examples|pros|cons|resolved|todo|ai|fyi|ps|re|cc|edit|update|warning|caution|tip|step|steps|priority|deadline|eta|when|where|who|why|what|how)$/i;

// What a spoken turn opens with ("Yeah I think…", "So there's two things…", "* Yeah that makes
// sense"): a notes page that is one speaker's excerpt ("**Terrence**" then their turn) is still a
// transcript, though it names only one speaker (ethereum/pm call notes in
// ../shared/data/real/notes.jsonl are cut this way, one turn per block).
const SPOKEN =
  /^\s*(?:[-*]\s+)?(?:yeah|yep|yes|no|so|ok|okay|um+|uh+|right|well|sure|cool|thanks|thank you|hi|hey|and|but|i|i'm|i've|i'd|i'll|we|we're|just|basically|actually|sorry)\b/i;

const TASK_HEADING = /\b(?:action items?|actions|next steps|follow[- ]?ups?|to-?dos?|owners?|assignments|decisions?|outcomes?)\b/i;

// A speaker's name is a few words: the dash must come early in the line.
const DASH_REACH = 48;
function dashNearStart(t: string): boolean {
  const n = Math.min(t.length - 2, DASH_REACH + 1);
  for (let i = 1; i < n; i++) {
    const c = t.charCodeAt(i);
    // "-", "–", "—" with a space on each side.
    if ((c === 45 || c === 0x2013 || c === 0x2014) && t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/**
 * Indexes of the lines that open a speaker's turn, when the doc has turns by at least two
 * speakers, or by one speaker named alone in bold whose turn reads as speech.
 */
export function transcriptTurnStarts(doc: Doc): Set<number> {
  doc.turnStarts ??= findTurnStarts(doc);
  return doc.turnStarts;
}

function findTurnStarts(doc: Doc): Set<number> {
  if (doc.site !== 'notion') return new Set();
  const names = new Set<string>();
  const starts: number[] = [];
  let spokenUnderBold = false;
  let underTasks = false;
  for (const l of doc.lines) {
    if (l.kind === 'heading') underTasks = TASK_HEADING.test(l.text);
    // "- Omar: book the room" under "## Next steps" is an owner and a task, not a turn.
    if (underTasks) continue;
    const speaker = speakerOf(l.text);
    if (!speaker) continue;
    names.add(speaker.name);
    starts.push(l.index);
    if (speaker.alone) {
      const next = doc.lines.slice(l.index + 1, l.index + 4).find((x) => x.kind !== 'blank');
      if (next && SPOKEN.test(next.text.replace(/’/g, "'"))) spokenUnderBold = true;
    }
  }
  return names.size >= 2 || (names.size === 1 && spokenUnderBold) ? new Set(starts) : new Set();
}

interface Speaker {
  /** Lowercased name. */
  name: string;
  /** A bold name alone on its line, the turn below it. */
  alone: boolean;
}

// Per line text (the doc keeps a line's string across builds while it is unchanged), so a
// keystroke re-tests one line, not every line of a long page. Bounded, per engine (caches.ts).
const SPEAKER_CACHE_LIMIT = 20_000;

/** The speaker whose turn this line opens, if any. */
function speakerOf(t: string): Speaker | null {
  const speakerCache = caches().table<string, Speaker | null>('transcript.speakers');
  const seen = speakerCache.get(t);
  if (seen !== undefined) return seen;
  let found: Speaker | null = null;
  // Every form needs a colon, bold markup or a spaced dash; most lines have none, and the Unicode
  // patterns are costly to try on every line.
  const colonOrBold = t.includes(':') || t.includes('**');
  const dash = dashNearStart(t);
  if (colonOrBold || dash) {
    const bold = colonOrBold ? SPEAKER_LINE.exec(t) : null;
    const m =
      bold ?? (colonOrBold ? (SPEAKER_AT_START.exec(t) ?? (t.includes('From ') ? ZOOM_CHAT.exec(t) : null)) : null) ?? (dash ? SPEAKER_DASH.exec(t) : null);
    if (m && !FIELD.test(m[1].trim())) found = { name: m[1].trim().toLowerCase(), alone: !!bold };
  }
  remember(speakerCache, t, found, SPEAKER_CACHE_LIMIT);
  return found;
}

// How far down a turn's bullets and paragraphs may run below its speaker ("**Danno**", then "* …"
// lines): the next heading, decision line or to-do ends the turn.
const TURN_REACH_LINES = 40;

/** Is line `lineIndex` inside a speaker's turn: on the speaker's line, or below it before the next heading? */
export function inSpeakerTurn(doc: Doc, turns: Set<number>, lineIndex: number): boolean {
  if (!turns.size) return false;
  for (let i = lineIndex; i >= 0 && i > lineIndex - TURN_REACH_LINES; i--) {
    if (turns.has(i)) return true;
    const kind = doc.lines[i].kind;
    if (kind === 'heading' || kind === 'decision' || kind === 'todo') return false;
  }
  return false;
}

/** Is the paragraph starting at `offset` part of a speaker's turn? */
export function isTranscriptTurn(doc: Doc, turns: Set<number>, offset: number): boolean {
  if (!turns.size) return false;
  const line = doc.lines.find((l) => l.start <= offset && offset <= l.end);
  return !!line && inSpeakerTurn(doc, turns, line.index);
}

// A page of meeting notes: its title or a heading says so, or speakers take turns on it. Real
// minutes (rust-lang, Bitcoin Core, ethereum/pm in ../shared/data/real/notes.jsonl) open with
// "# Lang team meeting", "Attendees:", "## Agenda", or a date and "call".
const MINUTES_CUE =
  /\b(?:minutes|meeting|meetings|agenda|attendees|attendance|participants|call|calls|sync|standup|stand-up|retro|retrospective|triage|steering)\b/i;
const MINUTES_REACH_LINES = 12;
// A task section's label written as a line of its own, not a markdown heading ("Next steps:",
// "**Action items**").
const TASK_WORDS = '(?:action items?|actions|next steps|follow[- ]?ups?|to-?dos?|owners?|assignments|asks|requests|help (?:wanted|needed))';
const TASK_LABEL = new RegExp(`^\\W*${TASK_WORDS}\\W*$`, 'i');
const TASK_LABEL_CHARS = 40;
// Sections that hold the page's open work: task headings, and a triage page's "## Asks".
const OPEN_WORK = new RegExp(`\\b${TASK_WORDS}\\b`, 'i');

/**
 * Meeting notes record what was said under each topic: "- Would be nice if the team repo could
 * create repositories", "- It may be best to have 2718 not bundled", "* still needs a lot of
 * work", "Any updates?" put to whoever presents. Those are the discussion's positions, answered in
 * the meeting, not requests to whoever reads the page (LABELS.md: reported asks are not asks).
 * The notes' own open work is in to-dos, decision and action lines and task sections ("## Action
 * items", "Next steps:"), and an unowned item there is a vague ask. Blind readers of three seeded
 * real-notes samples (sessions 9–10) judged none of ~80 vague-ask findings outside those right.
 *
 * Per line of a notes page: 1 where a vague-ask cue is the minutes' record of the discussion.
 * Null when the page is not meeting notes (a runbook's "someone should update this" is an ask).
 */
function minutesRecordLines(doc: Doc): Uint8Array | null {
  if (doc.site !== 'notion') return null;
  const turns = transcriptTurnStarts(doc).size > 0;
  const minutes = turns || doc.lines.some((l, i) => (i < MINUTES_REACH_LINES || l.kind === 'heading') && l.kind !== 'blank' && MINUTES_CUE.test(l.text));
  if (!minutes) return null;
  const out = new Uint8Array(doc.lines.length);
  let underTasks = false;
  let openWorkKept = turns;
  for (const l of doc.lines) {
    // A label line is short: most lines are prose and skip the test.
    if (l.kind === 'heading' || (l.text.length <= TASK_LABEL_CHARS && TASK_LABEL.test(l.text))) underTasks = OPEN_WORK.test(l.text);
    const work = underTasks || l.kind === 'todo' || l.kind === 'decision';
    if (work) openWorkKept = true;
    out[l.index] = work ? 0 : 1;
  }
  // Notes with no to-do, action line or task section keep their open work in the discussion
  // itself ("- someone should fix the flaky test" in a retro with nothing else): an ask there.
  return openWorkKept ? out : null;
}

/** Is line `lineIndex` of a meeting-notes page the record of the discussion (see minutesRecordLines)? */
export function inMinutesRecord(doc: Doc, lineIndex: number): boolean {
  if (doc.minutesRecord === undefined) doc.minutesRecord = minutesRecordLines(doc);
  return !!doc.minutesRecord && doc.minutesRecord[lineIndex] === 1;
}
