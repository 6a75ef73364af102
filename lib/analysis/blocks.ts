// Visual blocks of prose: what the reader actually sees as one unbroken chunk. Shared by the
// wall-of-text rules (dense-paragraph, unstructured-message, buried-ask).
//
// A block is a run of consecutive prose lines. A line break after a finished sentence is a
// visible break the writer chose; a break in mid-sentence is a hard wrap (plain-text email at
// 72 columns) and does not split the block. Headings, bullets, to-dos, greetings and sign-offs
// are structure, not prose, and end a block.

import type { AskInfo } from './asks';
import type { Doc, Sentence } from './document';
import type { RuleContext } from './rule';
import type { SiteProfile } from './thresholds';

export interface Block {
  start: number;
  end: number;
  words: number;
  /** Sentences inside the block, in order (index range into doc.sentences). */
  firstSentence: number;
  lastSentence: number;
  /** Every line indented: plain-text mail's block quote (a pasted abstract or passage). */
  indented?: boolean;
}

// Plain-text mail marks a new paragraph by indenting its first line, and a block quote by
// indenting every line ("   This paper presents a new generation of attacks…").
const INDENT = /^(?: {2,}|\t)\S/;

const SENTENCE_END_CHARS = new Set(['.', '!', '?', '…', ':', ';', ')', '"', "'", '’', '”', ']']);
const PICTOGRAPH = /\p{Extended_Pictographic}|\uFE0F/u;

/** Does the line end a sentence (or an emoji)? Checks the last characters only: lines can be long. */
function endsSentence(raw: string): boolean {
  let i = raw.length - 1;
  while (i >= 0 && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\r')) i--;
  if (i < 0) return false;
  if (SENTENCE_END_CHARS.has(raw[i])) return true;
  return PICTOGRAPH.test(raw.slice(Math.max(0, i - 1), i + 1));
}

// Plain-text mail wraps at 72–80 columns; a line under this is one the writer ended.
const WRAP_MIN = 45;

const cache = new WeakMap<Doc, Block[]>();

export function proseBlocks(doc: Doc): Block[] {
  let blocks = cache.get(doc);
  if (blocks) return blocks;
  blocks = [];
  // Runs of consecutive prose lines; each run is one block when it is hard-wrapped (most of its
  // line breaks fall mid-sentence), else it splits where a line ends a sentence.
  let run: Array<{ start: number; end: number; words: number; ends: boolean; short: boolean; indented: boolean }> = [];
  // In chat a single line break is structure: Slack shows each line as its own line, and writers
  // break lines on purpose (LABELS.md, "Reading real text"). Only email and docs hard-wrap.
  const chat = doc.site === 'slack';
  const flush = () => {
    if (!run.length) return;
    let mid = 0;
    for (let i = 0; i < run.length - 1; i++) if (!run[i].ends) mid++;
    const wrapped = !chat && run.length > 1 && mid * 2 >= run.length - 1;
    let cur: Block | undefined;
    for (let i = 0; i < run.length; i++) {
      const l = run[i];
      const indentStartsParagraph = l.indented && !run[i - 1]?.indented;
      if (cur && !chat && (wrapped ? !run[i - 1].short : !run[i - 1].ends) && !indentStartsParagraph) {
        cur.end = l.end;
        cur.words += l.words;
        cur.indented &&= l.indented;
      } else {
        cur = { start: l.start, end: l.end, words: l.words, firstSentence: -1, lastSentence: -1, indented: l.indented };
        blocks!.push(cur);
      }
    }
    run = [];
  };
  for (const line of doc.lines) {
    if (line.kind !== 'text' || line.words === 0) {
      flush();
      continue;
    }
    // A short line in a hard-wrapped run is not a wrap: it ends a list item or a thought ("Posts
    // a link" / "Gets replies" one per line). Wrapped lines fill most of the wrap width.
    const ends = endsSentence(line.text);
    run.push({
      start: line.start,
      end: line.end,
      words: line.words,
      ends,
      short: line.text.trimEnd().length < WRAP_MIN,
      indented: !chat && INDENT.test(line.text),
    });
  }
  flush();
  // Attach sentence ranges with one merge pass (both lists are in text order).
  let b = 0;
  for (const s of doc.sentences) {
    while (b < blocks.length && blocks[b].end <= s.start) b++;
    if (b >= blocks.length) break;
    const block = blocks[b];
    if (s.start >= block.start && s.end <= block.end) {
      if (block.firstSentence < 0) block.firstSentence = s.index;
      block.lastSentence = s.index;
    }
  }
  for (const block of blocks) trim(doc.text, block);
  cache.set(doc, blocks);
  return blocks;
}

function trim(text: string, block: Block) {
  while (block.start < block.end && /\s/.test(text[block.start])) block.start++;
  while (block.end > block.start && /\s/.test(text[block.end - 1])) block.end--;
}

// A pasted licence or legal notice ("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS…",
// "Redistribution and use in source and binary forms…"): boilerplate someone else wrote, read by
// nobody as the writer's paragraph (LABELS.md, "Only the author's own words are judged").
const LEGAL_BOILERPLATE =
  /\b(?:THIS SOFTWARE IS PROVIDED|Redistribution and use in source and binary forms|Permission is hereby granted, free of charge|Licensed under the Apache License|GNU (?:Lesser |Library )?General Public License|WITHOUT WARRANTY OF ANY KIND|WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND|This (?:e-?mail|message) (?:and any attachments )?(?:is|are|may contain) (?:confidential|privileged|intended solely))/;

export function denseBlocks(doc: Doc, profile: SiteProfile): Block[] {
  return proseBlocks(doc).filter((b) => b.words >= profile.blockWords && ownWords(doc, b));
}

/**
 * The block reads as the writer's own paragraph: not legal boilerplate, not a block quote
 * (every line indented, in mail), and not mostly inside quotation marks ("Yes, and Eliza and I
 * composed a precocious critique…" — a passage, or someone's statement, quoted at length).
 */
function ownWords(doc: Doc, b: Block): boolean {
  const text = doc.text.slice(b.start, b.end);
  if (LEGAL_BOILERPLATE.test(text)) return false;
  if (b.indented && doc.site === 'gmail' && b.start !== doc.lines[0]?.start) return false;
  return quotedShare(text) < QUOTED_SHARE;
}

// The writer's voice: someone speaking as "I" or "we", or to "you".
const VOICE =
  /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|we'd|our|ours|us|you|your|yours|you're|you've|you'll|you'd|yourself|y'all)\b/i;

/**
 * A long paragraph in mail with no one speaking in it: no "I", "we" or "you" in 150+ words. On
 * real mailing-list mail these were pasted: news articles, press-release bios, a government
 * document, a web page (blind readers of two seeded samples, sessions 9 and 10: 2 right, 23
 * wrong); the writer's own long paragraphs spoke as themselves or to the list. A run of paragraphs
 * that speak only as an editorial "we" is pasted too (editorial).
 */
export function voiceless(doc: Doc, b: Block): boolean {
  if (editorial(doc, b)) return true;
  if (says(doc, b, VOICE)) return false;
  // One impersonal paragraph inside the writer's own essay ("It should be pointed out that…",
  // between paragraphs saying "you" and "we") is theirs: a pasted piece runs on for paragraphs.
  const near = neighbours(doc, b);
  return near.length > 0 && near.some((x) => !says(doc, x, VOICE));
}

const NEIGHBOUR_WORDS = 20;

/** The prose blocks on either side of `b` long enough to hear a voice in. */
function neighbours(doc: Doc, b: Block): Block[] {
  const all = proseBlocks(doc);
  const i = all.findIndex((x) => x.start === b.start);
  return [all[i - 1], all[i + 1]].filter((x): x is Block => !!x && x.words >= NEIGHBOUR_WORDS);
}

/** The block's words (curly apostrophes read as straight) match `voice`. */
const says = (doc: Doc, b: Block, voice: RegExp) => voice.test(doc.text.slice(b.start, b.end).replace(/[’‘]/g, "'"));

// The writer as "I", or speaking to "you". A pasted article's "we" is editorial ("Our coalition
// with Europe, we learn…", "The gravest danger our Nation faces…", an interview's "We decided…").
const SELF = /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|you|your|you're|you've|you'll|you'd)\b/i;
const QUOTED_LINE = /^\s*(?:>|\||[A-Za-z]{1,10}>)/;

/**
 * A long paragraph with no "I" and no "you", next to another such paragraph, and not the answer to
 * a quoted passage: an op-ed, a policy document, an interview or a product listing pasted into
 * list mail speaks as "we" or as no one (blind readers of seeded samples, sessions 9–10: 8 such
 * findings wrong, none right). The writer's reply under a quote is theirs however impersonal.
 */
function editorial(doc: Doc, b: Block): boolean {
  if (says(doc, b, SELF)) return false;
  const first = doc.lines.findIndex((l) => l.start >= b.start);
  for (let i = first - 1; i >= 0; i--) {
    const t = doc.text.slice(doc.lines[i].start, doc.lines[i].end);
    if (!/\S/.test(t)) continue;
    if (QUOTED_LINE.test(t)) return false;
    break;
  }
  const near = neighbours(doc, b);
  return near.length > 0 && near.every((x) => !says(doc, x, SELF));
}

const QUOTED_SHARE = 0.6;
/** Share of the characters inside “curly” or "straight" quotation marks. */
function quotedShare(text: string): number {
  let inside = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A straight quote opens only at a word's start: 13" is an inch mark, not a quotation.
    if (c === '“' || (c === '"' && open < 0 && (i === 0 || /[\s([]/.test(text[i - 1])) && /\S/.test(text[i + 1] ?? ''))) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      inside += i - open;
      open = -1;
    }
  }
  // A quote still open at the block's end runs on into the next paragraph, as long quotes do.
  if (open >= 0) inside += text.length - open;
  return text.length ? inside / text.length : 0;
}

export function blockSentences(doc: Doc, block: Block): Sentence[] {
  return block.firstSentence < 0 ? [] : doc.sentences.slice(block.firstSentence, block.lastSentence + 1);
}

/**
 * Where to break a long block into readable paragraphs: sentence starts chosen so each piece is
 * about `target` words. Returns the sentences that would open the 2nd, 3rd, … paragraph.
 */
export function splitPoints(sentences: readonly Sentence[], target: number, max = 3): Sentence[] {
  const out: Sentence[] = [];
  let run = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (run >= target && i > 0) {
      out.push(sentences[i]);
      if (out.length >= max) break;
      run = 0;
    }
    run += sentences[i].words;
  }
  return out;
}

/** The first few words of a sentence, for quoting in advice ("at 'The steel delivery…'"). */
export function opening(sentence: Sentence, words = 4): string {
  const parts = sentence.text.trim().split(/\s+/);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

/** A sentence quoted whole when short, else shortened at a word boundary. */
export function quote(sentence: Sentence, maxChars = 90): string {
  const t = sentence.text.trim().replace(/\s+/g, ' ');
  if (t.length <= maxChars) return t;
  const cut = t.lastIndexOf(' ', maxChars - 1);
  return `${t.slice(0, cut > 40 ? cut : maxChars - 1)}…`;
}

// Closing courtesies phrased as requests are not "the thing to do" ("Let me know if you have
// any questions", "Feel free to reach out").
const COURTESY =
  /\b(?:let (?:me|us) know if (?:you (?:have|need)|there(?:'s| is| are)|anything)|feel free to|don'?t hesitate|reach out if|happy to (?:help|answer|chat)|any questions)\b/i;

/** The first ask in the user's words that is a real request, not a courtesy or an offer. */
export function leadingAsk(ctx: Pick<RuleContext, 'asks'>): AskInfo | undefined {
  for (const ask of ctx.asks()) {
    if (isRequest(ask)) return ask;
  }
  return undefined;
}

/**
 * The ask worth quoting in "Lead with the ask: …": the first one worded as a request ("Could
 * you …", "please …", "I need your sign-off"). Detected asks without such wording are too often
 * proposals or musings to put at the top of a message.
 */
export function headlineAsk(ctx: Pick<RuleContext, 'asks'>): AskInfo | undefined {
  for (const ask of ctx.asks()) {
    if (!isRequest(ask)) continue;
    // Detectors that do not report `addressed` only report direct requests.
    if (plainlyRequests(ask)) return ask;
  }
  return undefined;
}

// Wording that makes a request unmistakable. Advice that moves a sentence to the top of a
// message quotes it back to the writer, so it must be a sentence they will recognise as their ask.
const REQUEST_WORDING =
  /\b(?:please|pls|kindly|could you|can you|would you|will you|could we|can we|need (?:you|your)|i need|we need|let me know|confirm|approve|sign off|send (?:me|us))\b/i;

/** The ask reads as a request on its face: a question, or request wording. */
export function plainlyRequests(ask: AskInfo): boolean {
  return ask.sentence.question || requestWording(ask);
}

/** The ask says in words that it is a request ("please", "can you", "let me know"). */
export function requestWording(ask: AskInfo): boolean {
  return REQUEST_WORDING.test(ask.sentence.clean);
}

function isRequest(ask: AskInfo): boolean {
  // `kind` comes from the full ask detector; older AskInfo shapes have none.
  return (ask as { kind?: string }).kind !== 'offer' && !COURTESY.test(ask.sentence.clean);
}
