// The analysed document: the user's own text split into lines, paragraphs and sentences, with
// the structure that makes a message readable (headings, bullets, to-dos, TL;DR, Decision lines,
// greetings and sign-offs). Built with linear scans only; language work (compromise) happens
// lazily per sentence in nlp.ts, so a rule that needs only lengths never pays for parsing.

import { maskNonUserText, NAME_LINE } from './mask';
import { commonPrefix, commonSuffix } from './text-diff';
import { caches, remember } from './caches';
import { detach } from './nlp';
import type { Site } from './types';

export type LineKind =
  | 'blank'
  | 'heading'
  | 'bullet'
  | 'todo'
  | 'decision' // "Decision: …", "Next step: …", "Action items:", "Owner: …"
  | 'tldr'
  | 'greeting' // "Hi Nadia," "Hey team"
  | 'signoff' // "Best," "Thanks," and the name line after it
  | 'text';

export interface Line {
  index: number;
  start: number;
  end: number;
  kind: LineKind;
  words: number;
  /**
   * The line's masked text. The same string object across analyses while the line is
   * unchanged, so per-line caches keyed by it find it without rehashing.
   */
  text: string;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  lines: Line[];
  words: number;
  /** True when every line is prose (no heading, bullet, to-do, greeting or sign-off). */
  prose: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Original text of the sentence (unmasked slice; masked code/URLs keep their real text here). */
  text: string;
  /** Text with code and URLs replaced by "x" runs: what language rules should read. */
  clean: string;
  line: Line;
  paragraph: Paragraph;
  words: number;
  question: boolean;
  /**
   * Per-sentence memo slots (see RuleContext.memo), carried over from the previous build while
   * the sentence's line is unchanged and the site is the same: a warm look-up is one map read.
   */
  slots: Map<string, unknown>;
}

/** A sentence's strings and memo slots, kept from one build to the next. */
interface SentenceStrings {
  text: string;
  clean: string;
  slots: Map<string, unknown>;
}

export interface Doc {
  site: Site;
  /** The input exactly as given. */
  text: string;
  /** Same length as text, non-user regions blanked (see mask.ts). */
  masked: string;
  /** End of the user's own words (before quoted history or signature). */
  userEnd: number;
  lines: Line[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: number;
  /** Has headings, bullets, to-dos or a TL;DR: structure a reader can scan. */
  structured: boolean;
  /**
   * Lines that open a speaker's turn (transcript.ts), computed once per build on first use:
   * several rules ask, and the doc lives exactly as long as one analysis.
   */
  turnStarts?: Set<number>;
  /** Per line: inside a task section of meeting notes (transcript.ts minutesRecordLines), computed on first use. */
  minutesRecord?: Uint8Array | null;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
// Headings in any notation: markdown "#", a short "Label:" line, and bold pseudo-headings alone
// on their line ("**Status**", "__Risks__", Slack's "*Next week*").
const HEADING = /^\s{0,3}(#{1,6}\s+\S|[A-Z][^.!?]{0,60}:\s*$|(\*\*|__)[^*_\n]{1,80}\2\s*:?\s*$|\*[^*\s][^*\n]{0,60}\*\s*:?\s*$)/;
// Bullets in any notation, including Outlook/Word's "o " sub-bullets and "(1)" / "(a)" items.
const BULLET = /^\s*(?:[-*•+◦▪‣–·→▸]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|o(?=\s+[A-Z0-9]))\s+\S/;
const TODO = /^\s*(?:[-*•]\s*)?\[(?: |x|X)?\]/;
const DECISION =
  /^\s*(?:[-*•]\s*)?(?:\*\*)?(?:decision|decided|we decided|we(?:'re| are) going with|verdict|resolution|next steps?|action items?|actions?|owners?|todo|to-do|outcome|conclusion|agreed|plan|ask)\b\s*(?:\*\*)?\s*[:\-—–]/i;
const TLDR = /^\s*(?:\*\*)?(?:tl;?dr|tldr|summary|bottom line|bluf|short version)\b/i;
const GREETING = /^\s*(?:hi|hey|hello|dear|morning|good (?:morning|afternoon|evening)|hiya|greetings|yo|all|team|folks)\b[^.?!\n]{0,40}[,!:]?\s*$/i;
const SIGNOFF =
  /^\s*(?:best|best regards|kind regards|regards|warm regards|warmly|thanks|thank you|many thanks|thanks again|thanks so much|cheers|sincerely|talk soon|speak soon|all the best|take care|ta|thx)\s*[,.!]?\s*$/i;

/** The sentence holding offset `pos` (sentences are sorted and disjoint), by binary search. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

function classify(raw: string, prevKind: LineKind | undefined, isLast: boolean): LineKind {
  if (!/\S/.test(raw)) return 'blank';
  if (TODO.test(raw)) return 'todo';
  if (DECISION.test(raw)) return 'decision';
  if (TLDR.test(raw)) return 'tldr';
  if (BULLET.test(raw)) return 'bullet';
  if (SIGNOFF.test(raw)) return 'signoff';
  // The name under a sign-off: one to three capitalised words on their own line.
  if (prevKind === 'signoff' && NAME_LINE.test(raw)) return 'signoff';
  if (GREETING.test(raw) && raw.length < 50) return 'greeting';
  if (HEADING.test(raw) && raw.length <= 80 && !isLast) return 'heading';
  return 'text';
}

// Sentence ends: ., !, ? (and runs of them, with closing quotes/brackets) followed by whitespace.
// Common abbreviations and decimals do not end sentences.
// biome-ignore format: a word list reads better filled than one word a line
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'approx', 'appt',
  'dept', 'est', 'fig', 'inc', 'ltd', 'co', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'a.m', 'p.m', 'cf', 'al', 'u.s', 'u.k', 'eta', 'fyi',
]);

function splitSentences(masked: string, start: number, end: number, out: Array<[number, number]>) {
  let s = start;
  while (s < end && /\s/.test(masked[s])) s++;
  let i = s;
  while (i < end) {
    const c = masked[i];
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < end && /[.!?…"'’”)\]]/.test(masked[j])) j++;
      if (j >= end || /\s/.test(masked[j])) {
        let isBreak = true;
        if (c === '.' && j === i + 1) {
          // Abbreviation or initial before the period?
          let w = i - 1;
          while (w >= s && /[\p{L}.]/u.test(masked[w])) w--;
          const word = masked.slice(w + 1, i).toLowerCase();
          if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(masked.slice(w + 1, i))) isBreak = false;
          // Lowercase continuation after a period is usually not a new sentence ("3 p.m. today").
          let k = j;
          while (k < end && masked[k] === ' ') k++;
          if (k < end && /[a-z]/.test(masked[k]) && ABBREVIATIONS.has(word)) isBreak = false;
        }
        if (isBreak) {
          out.push([s, j]);
          s = j;
          while (s < end && /\s/.test(masked[s])) s++;
          i = s;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  let e = end;
  while (e > s && /\s/.test(masked[e - 1])) e--;
  if (e > s) out.push([s, e]);
}

// Very long inputs are analysed sentence by sentence up to this many UTF-16 units (about
// 15,000 words, far beyond any message or doc a person writes in one go); the rest still
// counts for the length rules. Keeps a pasted megabyte bounded in time.
export const MAX_SENTENCE_SCAN = 100_000;

// Per-line work (kind, word count, sentence spans) cached by the line's masked text: a
// one-character edit in a 5,000-word document re-scans one line, not the document.
interface LineFacts {
  kind: LineKind;
  words: number;
  /** Sentence spans relative to the line start, with word counts and question flag. */
  sentences: Array<{ start: number; end: number; words: number; question: boolean }>;
}
const LINE_CACHE_LIMIT = 20_000;
const QUESTION_END = /\?[\s"'’”)\]]*$/;
const QUESTION_EMOJI_END = /\?\s*(?:\p{Extended_Pictographic}|\uFE0F|\s)*$/u;

// Per engine (caches.ts), by line text.
function lineFacts(raw: string, lineCache: Map<string, LineFacts>): LineFacts {
  let facts = lineCache.get(raw);
  if (facts) return facts;
  const kind = classify(raw, undefined, false);
  const spans: Array<[number, number]> = [];
  const sentences: LineFacts['sentences'] = [];
  if (kind !== 'blank') {
    splitSentences(raw, 0, Math.min(raw.length, MAX_SENTENCE_SCAN), spans);
    for (const [s, e] of spans) {
      const clean = raw.slice(s, e);
      const words = countWords(clean);
      if (!words) continue;
      sentences.push({ start: s, end: e, words, question: QUESTION_END.test(clean) || QUESTION_EMOJI_END.test(clean) });
    }
  }
  const words = sentences.reduce((n, x) => n + x.words, 0) || (kind === 'blank' ? 0 : countWords(raw));
  facts = { kind, words, sentences };
  remember(lineCache, detach(raw), facts, LINE_CACHE_LIMIT);
  return facts;
}

// The previous build, so a one-character edit reuses everything outside the edited line: line
// facts without a cache look-up, and the very same sentence strings (V8 caches a string's hash
// on the string, so every per-sentence cache downstream finds them without rehashing).
interface Build {
  site: Site;
  text: string;
  masked: string;
  userEnd: number;
  lines: Line[];
  facts: LineFacts[];
  /**
   * Per line: its sentences' strings (detached from the document) and memo slots; none for
   * lines that have no sentences here (greetings, sign-offs, past the sentence-scan limit).
   */
  strings: Array<SentenceStrings[] | undefined>;
}

export function buildDoc(text: string, site: Site): Doc {
  const { text: masked, userEnd } = maskNonUserText(text, { markdown: site === 'notion' });
  // The current engine's previous build (caches.ts): each composer's engine keeps its own, and
  // clearParseCache() drops it, so memo slots never survive a cold start.
  const store = caches();
  const prev = store.previousBuild as Build | undefined;
  const lineCache = store.table<string, LineFacts>('document.lines');
  // Unchanged head and tail of both the text and its mask (an edit inside a URL changes the
  // text but not the mask; a new fence changes the mask far from the edit).
  let head = 0;
  let tail = 0;
  if (prev) {
    head = Math.min(commonPrefix(text, prev.text), commonPrefix(masked, prev.masked));
    const room = Math.min(text.length, prev.text.length) - head;
    tail = Math.min(commonSuffix(text, prev.text, room), commonSuffix(masked, prev.masked, room));
  }
  const shift = prev ? text.length - prev.text.length : 0;

  const lines: Line[] = [];
  const factsByLine: LineFacts[] = [];
  const stringsByLine: Array<SentenceStrings[] | undefined> = [];
  const rawLines = masked.slice(0, userEnd).split('\n');
  const lineShift = prev ? rawLines.length - prev.lines.length : 0;
  let lastContent = rawLines.length - 1;
  while (lastContent >= 0 && !/\S/.test(rawLines[lastContent])) lastContent--;
  let pos = 0;
  let prevKind: LineKind | undefined;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    const end = pos + raw.length;
    let facts: LineFacts | undefined;
    let strings: SentenceStrings[] | undefined;
    let lineText: string | undefined;
    if (prev) {
      // The same line in the previous build: before the edit at the same index, after it
      // shifted by the edit's length and line count. Its newline must be unchanged too.
      const j = end < head ? i : pos >= text.length - tail ? i - lineShift : -1;
      const old = j >= 0 ? prev.lines[j] : undefined;
      const delta = end < head ? 0 : shift;
      if (old && old.start === pos - delta && old.end === end - delta && end - delta <= prev.userEnd && end <= userEnd) {
        facts = prev.facts[j];
        // Memo slots hold per-site results: a build for another site starts them afresh.
        strings = prev.site === site ? prev.strings[j] : undefined;
        lineText = old.text;
      }
    }
    facts ??= lineFacts(raw, lineCache);
    let kind = facts.kind;
    // Context-dependent kinds: the name under a sign-off, and a last line that looks like a
    // heading ("Thoughts:") is text — a heading introduces something below it.
    if (prevKind === 'signoff' && kind !== 'blank' && NAME_LINE.test(raw)) kind = 'signoff';
    else if (kind === 'heading' && i === lastContent) kind = classify(raw, prevKind, true);
    lines.push({ index: i, start: pos, end, kind, words: facts.words, text: lineText ?? detach(raw) });
    factsByLine.push(facts);
    stringsByLine.push(strings);
    if (kind !== 'blank') prevKind = kind;
    pos = end + 1;
  }

  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (!current.length) return;
    let words = 0;
    for (const l of current) words += l.words;
    paragraphs.push({
      index: paragraphs.length,
      start: current[0].start,
      end: current[current.length - 1].end,
      lines: current,
      words,
      prose: current.every((l) => l.kind === 'text'),
    });
    current = [];
  };
  for (const line of lines) {
    if (line.kind === 'blank') flush();
    else current.push(line);
  }
  flush();

  const sentences: Sentence[] = [];
  const unmasked = masked === text;
  for (const p of paragraphs) {
    for (const line of p.lines) {
      if (line.kind === 'signoff' || line.kind === 'greeting') continue;
      if (line.start >= MAX_SENTENCE_SCAN) break;
      const facts = factsByLine[line.index].sentences;
      let strings = stringsByLine[line.index];
      if (!strings) {
        // Most sentences fill their line, and most documents have nothing masked: share the
        // strings rather than copying the document twice more.
        strings = facts.map((f): SentenceStrings => {
          const clean = f.start === 0 && f.end === line.text.length ? line.text : detach(masked.slice(line.start + f.start, line.start + f.end));
          return { text: unmasked ? clean : detach(text.slice(line.start + f.start, line.start + f.end)), clean, slots: new Map() };
        });
        stringsByLine[line.index] = strings;
      }
      for (let k = 0; k < facts.length; k++) {
        const f = facts[k];
        const s = line.start + f.start;
        const e = line.start + f.end;
        sentences.push({
          index: sentences.length,
          start: s,
          end: e,
          text: strings[k].text,
          clean: strings[k].clean,
          line,
          paragraph: p,
          words: f.words,
          question: f.question,
          slots: strings[k].slots,
        });
      }
    }
  }

  let words = 0;
  for (const p of paragraphs) words += p.words;
  const structured = lines.some((l) => l.kind === 'heading' || l.kind === 'bullet' || l.kind === 'todo' || l.kind === 'tldr');
  store.previousBuild = { site, text, masked, userEnd, lines, facts: factsByLine, strings: stringsByLine };
  return { site, text, masked, userEnd, lines, paragraphs, sentences, words, structured };
}
