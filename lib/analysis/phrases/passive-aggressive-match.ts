// The shape of a passive-aggressive phrase table and the one matcher every phrase-table rule
// shares. Tables are data (a note per entry); this file turns a table into Hits.
//
// Matching runs per sentence over the masked text (quotes, code and URLs already blanked by
// buildDoc), with curly apostrophes and quotes folded to ASCII so one pattern covers both. The
// fold keeps every UTF-16 offset, so a match index is an offset into the user's text.
// Every pattern must be linear: bounded repeats only, no nested quantifiers.

import type { Doc, Sentence } from '../document';
import { addressesReader, continuesWrappedLine, wrapsOnward } from '../pa-target';
import { STRICT_ONLY_CONFIDENCE } from '../rule';
import type { Hit, RuleContext } from '../rule';
import type { Site } from '../types';

/** How a jab is fixed. */
export type JabFix =
  /** Concrete advice; nothing to apply. */
  | { kind: 'advice'; text: string }
  /**
   * A drop-in replacement for the matched words. `startOnly`: only when the match opens its
   * sentence (mid-sentence the rewrite would not read); otherwise `advice` is shown.
   */
  | { kind: 'replace'; text: string; advice: string; startOnly?: boolean }
  /**
   * The matched lead-in is pure jab: delete it. The span runs on to the next word so the
   * replacement can give that word the sentence's capital ("With all due respect, the" → "The").
   */
  | { kind: 'drop'; advice: string };

export interface JabPhrase {
  /** Stable short name (tests and notes refer to it). */
  name: string;
  /**
   * Linear; matched per sentence against ASCII-lowercased text, so write it in lowercase (the
   * `i` flag is dropped when compiling: case-insensitive matching is several times slower).
   * The whole match is the highlighted span.
   */
  pattern: RegExp;
  /**
   * Cheap prefilter: the pattern can only match if the lowercased sentence contains one of these
   * substrings. Keeps a table of dozens of patterns at a few µs per sentence.
   */
  keys: readonly string[];
  /** Why the entry exists: what idea it catches and what it must not catch. */
  note: string;
  /** Shown to the writer: why it lands as a jab (1–2 sentences). */
  why: string;
  fix: JabFix;
  /** The sentence must also match (context that makes the phrase a jab). */
  sentenceAlso?: RegExp;
  /** …and must not match (context that makes it sincere). */
  sentenceNot?: RegExp;
  /** The words right after the phrase must not match (lowercased; "like I said, I'm lost" is about the writer). */
  afterNot?: RegExp;
  /** The matched words as written (case kept) must not match: a quoted Title Case name is a name, not a mocked word. */
  matchNot?: RegExp;
  /** The sentence before it (same paragraph) must match: a one-word "great." is sarcastic only after a complaint. */
  previousAlso?: RegExp;
  /** The sentence after it (same paragraph) must match: "Great." is sarcastic when the next line is a setback. */
  nextAlso?: RegExp;
  /** Sites where the phrase is a jab (all when absent): a norms page in Notion may say what a chat reply must not. */
  sites?: readonly Site[];
  /** The user's whole text must also / must not match. */
  messageAlso?: RegExp;
  messageNot?: RegExp;
  /**
   * 'reader': an insinuation that lands only when the reader is addressed where it is said
   * (pa-target.ts addressesReader); elsewhere on real chat and email it is mostly the writer's
   * own exasperation, a joke or a restated point, so unaddressed hits are strict-only.
   * Measured per entry on real chat and email (session 7): "like I said, I'm going to bed",
   * "can't wait to see what you come up with", "Again, the problem itself is…", "oh wait".
   */
  gate?: 'reader';
}

interface Compiled extends JabPhrase {
  global: RegExp;
  /** Index of the table in REGISTRY and of the entry in its table (memo values refer to these). */
  table: number;
  entry: number;
  /** The pattern, or one of its alternatives, is anchored at the sentence's end (END_ANCHOR). */
  endAnchored: boolean;
}

// Every compiled table, so one memoised pass per sentence serves all of them: the per-sentence
// facts for every passive-aggressive rule are computed once and shared, and a one-character edit
// in a long document re-matches one sentence instead of every table over every sentence.
const REGISTRY: Compiled[][] = [];
// Distinct message-level and neighbour-sentence (previous/next) gates, each a bit in the per-sentence facts.
const MESSAGE_GATES: RegExp[] = [];
const PREVIOUS_GATES: RegExp[] = [];
function gateBit(list: RegExp[], re: RegExp): number {
  let i = list.indexOf(re);
  if (i < 0) {
    i = list.length;
    list.push(re);
  }
  if (i >= 31) throw new Error('too many passive-aggressive gates for one bit mask');
  return i;
}

// "$" closing a pattern or one of its alternatives (not an escaped "\$").
const END_ANCHOR = /(?<!\\)\$(?=\)|\||$)/;

export function compileTable(table: readonly JabPhrase[]): readonly Compiled[] {
  const t = REGISTRY.length;
  const compiled = table.map((e, i) => {
    const flags = new Set(e.pattern.flags.split(''));
    flags.add('g');
    flags.delete('i');
    if (e.messageAlso) gateBit(MESSAGE_GATES, e.messageAlso);
    if (e.messageNot) gateBit(MESSAGE_GATES, e.messageNot);
    if (e.previousAlso) gateBit(PREVIOUS_GATES, e.previousAlso);
    if (e.nextAlso) gateBit(PREVIOUS_GATES, e.nextAlso);
    return { ...e, global: new RegExp(e.pattern.source, [...flags].join('')), table: t, entry: i, endAnchored: END_ANCHOR.test(e.pattern.source) };
  });
  REGISTRY.push(compiled);
  keyIndex = undefined;
  return compiled;
}

// Same length in, same length out: offsets survive.
export function foldQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc\u201b]/g, "'").replace(/[\u201c\u201d\u201f]/g, '"');
}

const userTextCache = new WeakMap<Doc, string>();
/** The user's own words (quotes and signature masked), quotes folded. */
export function userText(doc: Doc): string {
  let t = userTextCache.get(doc);
  if (t === undefined) {
    t = foldQuotes(doc.masked.slice(0, doc.userEnd));
    userTextCache.set(doc, t);
  }
  return t;
}

const sentenceCache = new WeakMap<Sentence, string>();
export function sentenceText(s: Sentence): string {
  let t = sentenceCache.get(s);
  if (t === undefined) {
    t = foldQuotes(s.clean);
    sentenceCache.set(s, t);
  }
  return t;
}

const lowerCache = new WeakMap<Sentence, string>();
/** sentenceText with ASCII capitals lowered: same length, so offsets still hold. */
export function sentenceLower(s: Sentence): string {
  let t = lowerCache.get(s);
  if (t === undefined) {
    t = sentenceText(s).replace(/[A-Z]+/g, (c) => c.toLowerCase());
    lowerCache.set(s, t);
  }
  return t;
}

/** True when nothing but whitespace, quotes, brackets or markup precedes `index` in the sentence. */
export function atSentenceStart(text: string, index: number): boolean {
  // Scan back instead of slicing: called once per hit, so it must not cost O(sentence length).
  for (let i = index - 1; i >= 0; i--) if (!LEAD_IN.has(text[i])) return /\s/.test(text[i]) ? leadInOnly(text, i) : false;
  return true;
}

const LEAD_IN = new Set(['"', "'", '(', '[', '*', '_', '#', '>', '•', '-', '–', '—']);
function leadInOnly(text: string, from: number): boolean {
  for (let i = from; i >= 0; i--) if (!/\s/.test(text[i]) && !LEAD_IN.has(text[i])) return false;
  return true;
}

export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function lowerFirst(s: string): string {
  // Keep "I", acronyms and proper nouns: only lower a capital followed by a lowercase letter.
  return /^[A-Z][a-z]/.test(s) && !/^I\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

// Sticky, run at the end of the match: no slicing, so many hits in one long sentence stay linear.
const NEXT_WORD = /\s*([\p{L}\p{N}@#][^\s]*)/uy;

// A message with more jabs than this is not a message a coach can help with hint by hint; the
// cap also keeps the overlap check below linear on pathological input.
const MAX_HITS_PER_RULE = 100;

/**
 * What one sentence says, independent of its neighbours: every table match that passed its
 * sentence-level gates, as offsets into the sentence (never slices: memo values outlive the
 * document), plus which message-level and previous-sentence gates the sentence matches.
 */
interface SentenceFacts {
  /** Flat [table, entry, from, to, …] in match order per table. */
  matches: number[];
  messageBits: number;
  previousBits: number;
  /** Facts of other passive-aggressive rules (pointed-emoji), computed in the same memoised pass. */
  extra: unknown[];
}

// Other passive-aggressive rules that need per-sentence facts add a computation here, so the
// whole category costs one memo look-up per sentence per analysis.
const EXTRA_FACTS: Array<(text: string) => unknown> = [];
/** Register a per-sentence computation (of the folded sentence text); returns its slot. */
export function registerSentenceFact(compute: (text: string) => unknown): number {
  EXTRA_FACTS.push(compute);
  return EXTRA_FACTS.length - 1;
}
/** The registered fact `slot` for every sentence of the document (memoised, shared). */
export function sentenceFactsFor<T>(ctx: RuleContext, slot: number): T[] {
  return factsFor(ctx).sentences.map((f) => f.extra[slot] as T);
}

const NO_MATCHES: number[] = [];
/** Only closing punctuation, quotes or space follow `end` in the sentence. */
const atSentenceEnd = (text: string, end: number) => /^[\s.!?…"')\]*_]*$/.test(text.slice(end));
// How far past a phrase `afterNot` reads: the clause it introduces.
const AFTER_CHARS = 80;

// Which entries' keys occur in a sentence, found in one pass over the sentence instead of one
// `includes` per key (955 keys over 210 entries: that loop was most of a fresh sentence's cost,
// which a one-character edit pays for the edited sentence). Keys are indexed by their first
// two characters (one for one-character keys); rebuilt when a table is added (tables compile at
// module load).
let keyIndex: Map<number, Array<{ key: string; entries: number[] }>> | undefined;
let flatEntries: Compiled[] = [];
function buildKeyIndex(): Map<number, Array<{ key: string; entries: number[] }>> {
  flatEntries = REGISTRY.flat();
  const byKey = new Map<string, number[]>();
  flatEntries.forEach((e, i) => {
    for (const k of e.keys) {
      const list = byKey.get(k) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byKey.set(k, list);
    }
  });
  const index = new Map<number, Array<{ key: string; entries: number[] }>>();
  for (const [key, entries] of byKey) {
    const c = key.length > 1 ? pairCode(key, 0) : -1 - key.charCodeAt(0);
    const list = index.get(c) ?? [];
    list.push({ key, entries });
    index.set(c, list);
  }
  return index;
}
const candidates = new Uint8Array(1024);
const pairCode = (s: string, i: number) => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

function sentenceFacts(text: string, lower: string, site: Site): SentenceFacts {
  const index = (keyIndex ??= buildKeyIndex());
  const n = flatEntries.length;
  const seen = n <= candidates.length ? candidates.fill(0, 0, n) : new Uint8Array(n);
  let any = false;
  const mark = (keys: Array<{ key: string; entries: number[] }> | undefined, at: number) => {
    if (!keys) return;
    for (const k of keys) {
      if (!lower.startsWith(k.key, at)) continue;
      for (const e of k.entries) seen[e] = 1;
      any = true;
    }
  };
  for (let i = 0; i < lower.length; i++) {
    mark(index.get(-1 - lower.charCodeAt(i)), i);
    if (i + 1 < lower.length) mark(index.get(pairCode(lower, i)), i);
  }
  let matches = NO_MATCHES;
  for (let i = 0; any && i < n; i++) {
    if (!seen[i]) continue;
    const e = flatEntries[i];
    if (e.sites && !e.sites.includes(site)) continue;
    const re = e.global;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (e.sentenceAlso && !e.sentenceAlso.test(text)) break;
      if (e.sentenceNot?.test(text)) break;
      if (e.afterNot?.test(lower.slice(m.index + m[0].length, m.index + m[0].length + AFTER_CHARS))) continue;
      if (e.matchNot?.test(text.slice(m.index, m.index + m[0].length))) continue;
      if (matches === NO_MATCHES) matches = [];
      matches.push(e.table, e.entry, m.index, m.index + m[0].length);
      // A sentence with this many jabs is pasted noise; the cap keeps the memo small.
      if (matches.length >= MAX_HITS_PER_RULE * 4 * 4) break;
    }
  }
  let messageBits = 0;
  for (let i = 0; i < MESSAGE_GATES.length; i++) if (MESSAGE_GATES[i].test(text)) messageBits |= 1 << i;
  let previousBits = 0;
  for (let i = 0; i < PREVIOUS_GATES.length; i++) if (PREVIOUS_GATES[i].test(text)) previousBits |= 1 << i;
  return { matches, messageBits, previousBits, extra: EXTRA_FACTS.map((compute) => compute(text)) };
}

interface DocFacts {
  sentences: SentenceFacts[];
  /** Indexes of the sentences with any match: the tables only need to visit these. */
  matched: number[];
  /** Gates matched anywhere in the user's own words (OR over their sentences). */
  messageBits: number;
}

// The site of the pass in progress: factsOf is handed to the memo as a plain function (no
// closure per sentence), and the memo key already includes the site.
let factsSite: Site = 'slack';
function factsOf(s: Sentence): SentenceFacts {
  return sentenceFacts(sentenceText(s), sentenceLower(s), factsSite);
}

// One pass per analysed document, shared by every table rule: the first rule pays a memo
// look-up per sentence, the others read the array.
const docFacts = new WeakMap<Doc, DocFacts>();
function factsFor(ctx: RuleContext): DocFacts {
  const doc = ctx.doc;
  let f = docFacts.get(doc);
  if (f) return f;
  factsSite = ctx.site;
  const sentences: SentenceFacts[] = new Array(doc.sentences.length);
  let messageBits = 0;
  const matched: number[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    const facts = ctx.memo('passive-aggressive', s, factsOf, s);
    sentences[i] = facts;
    if (facts.matches.length) matched.push(i);
    if (s.start < doc.userEnd) messageBits |= facts.messageBits;
  }
  f = { sentences, matched, messageBits };
  docFacts.set(doc, f);
  return f;
}

// A gate matched by one sentence matches the message. Otherwise it may still match across a
// sentence break ("Cool. Cool. Cool."), so the whole text is tested — only when a candidate
// needs that gate, and at most once per gate per document.
const wholeTextGates = new WeakMap<Doc, Map<RegExp, boolean>>();
function messageMatches(ctx: RuleContext, facts: DocFacts, gate: RegExp): boolean {
  if ((facts.messageBits & (1 << MESSAGE_GATES.indexOf(gate))) !== 0) return true;
  let known = wholeTextGates.get(ctx.doc);
  if (!known) wholeTextGates.set(ctx.doc, (known = new Map()));
  let ok = known.get(gate);
  if (ok === undefined) known.set(gate, (ok = gate.test(userText(ctx.doc))));
  return ok;
}

/** Run a compiled table over the document. */
export function matchTable(ctx: RuleContext, table: readonly Compiled[]): Hit[] {
  const doc = ctx.doc;
  const hits: Hit[] = [];
  if (!table.length) return hits;
  const t = table[0].table;
  const facts = factsFor(ctx);
  const messagePasses = (e: Compiled) =>
    (!e.messageAlso || messageMatches(ctx, facts, e.messageAlso)) && (!e.messageNot || !messageMatches(ctx, facts, e.messageNot));
  for (const si of facts.matched) {
    const matches = facts.sentences[si].matches;
    const s = doc.sentences[si];
    const prev = si > 0 && doc.sentences[si - 1].paragraph === s.paragraph ? si - 1 : -1;
    const next = si + 1 < doc.sentences.length && doc.sentences[si + 1].paragraph === s.paragraph ? si + 1 : -1;
    for (let k = 0; k < matches.length; k += 4) {
      if (matches[k] !== t) continue;
      const e = table[matches[k + 1]];
      if (e.previousAlso && !(prev >= 0 && (facts.sentences[prev].previousBits & (1 << PREVIOUS_GATES.indexOf(e.previousAlso))) !== 0)) continue;
      if (e.nextAlso && !(next >= 0 && (facts.sentences[next].previousBits & (1 << PREVIOUS_GATES.indexOf(e.nextAlso))) !== 0)) continue;
      if (!messagePasses(e)) continue;
      // "…if it happens\nagain." in hard-wrapped mail: not a fragment of its own.
      if (e.pattern.source.startsWith('^') && matches[k + 2] === 0 && continuesWrappedLine(doc, s)) continue;
      // "Once the regional\ncampaign…": in hard-wrapped mail a line end is not a fragment's end.
      // An alternative anchored at the end counts too ("…, but whatever⏎that is, the machine…"):
      // a match that runs to the sentence's end, in an entry with an end anchor anywhere.
      if (e.endAnchored && atSentenceEnd(sentenceText(s), matches[k + 3]) && wrapsOnward(doc, s)) continue;
      const hit = toHit(s, sentenceText(s), matches[k + 2], matches[k + 3], e);
      if (hit && e.gate === 'reader' && !addressesReader(doc, hit.start)) hit.confidence = STRICT_ONLY_CONFIDENCE;
      if (hit && insideQuotation(s, hit.start, hit.end)) hit.confidence = STRICT_ONLY_CONFIDENCE;
      if (hit && !hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push(hit);
      if (hits.length >= MAX_HITS_PER_RULE) return hits;
    }
  }
  return hits;
}

// Someone else's words quoted in the line: 'CLTV aka "how you thought nLockTime worked before you
// actually tried"', 'Pieter Wuille replied, "if you don't rely on the mempool, it's not that
// hard…"' (real meeting notes, judged wrong by blind readers, sessions 9–10). LABELS.md: quoted
// text is not the writer's prose. A quotation is at least three words, so scare quotes around one
// word ("the 'final' version") are not one; the jab must sit inside it, not include the marks.
const QUOTE_MIN_WORDS = 3;
function insideQuotation(s: Sentence, start: number, end: number): boolean {
  const line = s.line.text;
  const a = start - s.line.start;
  const b = end - s.line.start;
  if (a < 1 || b > line.length) return false;
  const before = line.slice(0, a);
  let open = -1;
  let close = -1;
  const curlyOpen = before.lastIndexOf('\u201c');
  if (curlyOpen > before.lastIndexOf('\u201d')) {
    open = curlyOpen;
    close = line.indexOf('\u201d', b);
  } else if ((before.split('"').length - 1) % 2 === 1) {
    open = before.lastIndexOf('"');
    close = line.indexOf('"', b);
  }
  if (open < 0 || close < 0) return false;
  return (
    line
      .slice(open + 1, close)
      .trim()
      .split(/\s+/).length >= QUOTE_MIN_WORDS
  );
}

function toHit(s: Sentence, text: string, from: number, to: number, e: JabPhrase): Hit | undefined {
  // Trailing spaces are never part of the jab.
  while (to > from && /\s/.test(text[to - 1])) to--;
  const start = s.start + from;
  const original = s.text.slice(from, to);
  const first = atSentenceStart(text, from);
  const fix = e.fix;
  if (fix.kind === 'advice') return { start, end: s.start + to, message: e.why, suggestion: fix.text };
  if (fix.kind === 'replace') {
    if (fix.startOnly && !first) return { start, end: s.start + to, message: e.why, suggestion: fix.advice };
    const text2 = first || /^[A-Z]/.test(original) ? capitalise(fix.text) : lowerFirst(fix.text);
    return { start, end: s.start + to, message: e.why, suggestion: text2, replacement: true };
  }
  // drop: take the next word along so it can inherit the capital.
  NEXT_WORD.lastIndex = to;
  const next = NEXT_WORD.exec(s.text);
  if (!next) return { start, end: s.start + to, message: e.why, suggestion: fix.advice };
  const wordEnd = to + next[0].length;
  const word = next[1];
  const replacement = first || /^[A-Z]/.test(original) ? capitalise(word) : word;
  return { start, end: s.start + wordEnd, message: e.why, suggestion: replacement, replacement: true };
}

/** A rule's check over one table. */
export function tableCheck(table: readonly JabPhrase[]): (ctx: RuleContext) => Hit[] {
  const compiled = compileTable(table);
  return (ctx) => matchTable(ctx, compiled);
}
