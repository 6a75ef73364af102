// Masks what is not the user's own words, keeping every offset: quoted replies, the "On … wrote:"
// header and everything under it, signatures after "-- ", fenced and inline code, URLs.
// Masked characters become spaces (newlines kept) so paragraph structure survives; inline code
// and URLs become a run of "x" so the sentence around them still parses ("run x to fix it").
//
// Every pattern here is linear: no nested quantifiers, line-by-line scanning only.

import { caches, remember } from './caches';
import { detach } from './nlp';
import { commonPrefix, commonSuffix } from './text-diff';

export interface Masked {
  /** Same length as the input; masked regions blanked. */
  text: string;
  /** Offset where quoted history or a signature begins (text.length when none). */
  userEnd: number;
}

const FENCE = /^\s*(```|~~~)/;
// "```code```" on one line (Slack's usual way) opens and closes: it is not a fence.
const SELF_CLOSED_FENCE = /^\s*(```|~~~).*(```|~~~)\s*$/;
// Quote notations: "> " (and ">>"), "| " as old mail clients and list digests quote (a markdown
// table row also ends in "|", so it is not a quote), and IRC/Usenet "name> ".
const QUOTE_LINE = /^\s*(?:>|\|(?![^\n]*\|\s*$)|[A-Za-z][\w.-]{0,19}> )/;
const SIGNATURE_DELIMITER = /^-- ?$/;
// "On Tue, Apr 8, 2025 at 9:14 AM Greg <g@x.com> wrote:" — Gmail, Apple Mail, Outlook web.
// Gmail sometimes wraps the header, so a line starting "On " may end with "wrote:" one line later.
const WROTE_HEADER = /^\s*On\s.{0,400}\bwrote:\s*$/i;
const WROTE_START = /^\s*On\s.{0,300}$/i;
const WROTE_END = /^.{0,200}\bwrote:\s*$/i;
// Outlook-style forwarded / replied history.
// Older clients and list digests: "--- begin forwarded text", "------- Forwarded Message".
// PGP-signed mail dash-escapes a line that starts with "-" ("- ------- Forwarded Message").
const HISTORY_HEADER =
  /^\s*(?:- )?(-{2,}\s*(Original Message|Forwarded message)\s*-{2,}|-{3,}\s*(?:begin forwarded (?:text|message)|Forwarded Message)\b.{0,40}$|From:\s.{0,200}(Sent|Date):|Begin forwarded message:\s*$)/i;
// A pasted news article: its byline alone on a line ("By JOHN MARKOFF", "By Scott Tyler Shafer",
// The New Yorker's "by NICHOLAS LEMANN")
// opens text someone else wrote, down to a separator line ("=====", "-----") or the end.
const BYLINE =
  /^\s*[Bb]y:?\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|EOD|COB|Noon)\b)\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}(?:,\s*[\p{L} .]{2,40})?\s*$/u;
const SEPARATOR = /^\s*[-=_*~#]{5,}\s*$/;
// A name of one to three capitalised words ("Rohit", "Dan S.", "Mary Ann Lee").
const NAME = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}`;
/** A name alone on its line: the name under a sign-off (document.ts). */
export const NAME_LINE = new RegExp(String.raw`^\s*${NAME}\s*$`, 'u');
// The writer's name alone on a line, maybe after a dash ("Rohit", "- Eirikur"): where a message is signed.
const SIGNED_NAME = new RegExp(String.raw`^\s*(?:-{1,2}\s*)?${NAME}\s*$`, 'u');
// A long rule near the end, then a few short lines: a signature or the footer a mail service or
// list adds ("____\nDo You Yahoo!?\nYahoo! Finance - …", "----\nPrinted using 100% recycled
// electrons."): 132 of the 2,862 mails in ../shared/data/real/email.jsonl end this way.
const FOOTER_RULE = /^\s*[-_=]{20,}\s*$/;
const FOOTER_LINES = 6;
const FOOTER_LINE_CHARS = 120;

function startsFooter(lines: readonly string[], at: number): boolean {
  let n = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!/\S/.test(l)) continue;
    if (++n > FOOTER_LINES || l.length >= FOOTER_LINE_CHARS) return false;
  }
  return n > 0;
}
const LOG_CONTINUATION = /^\s{6,}\S/;
const INLINE_CODE = /```[^`\n]{1,2000}```|`[^`\n]{1,2000}`/g;
// A URL's trailing period or bracket is the sentence's, not the URL's. No length cap: a URL with a
// whole page percent-encoded in it (a shared code-playground link, thousands of characters) is
// still one URL, not 150 "words" of %3C…%3E (real chat). One character class, so linear.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]/gi;
const SLACK_TOKEN = /<[@#!][A-Z0-9|^ _-]{1,80}>/g;

// Markdown (notes): a block indented four spaces after a blank line is a code block: pasted logs,
// IRC excerpts ("        wumpus  topics?⏎       luke-jr  crickets" under "## Humor" in Bitcoin
// Core meeting notes), output. Under a list item the indent continues the item instead.
const INDENTED = /^(?: {4}|\t)/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s/;
const IRC_TURN = /^[\w^`|.-]{3,24} {2,}\S/;

// What one line is, by its text alone (every test below that reads no other line), as bits:
// cached per engine by the line's text, so a keystroke re-tests the edited line only, not every
// regex over every line of a long document (caches.ts; about a third of buildDoc's time per edit
// on the 5,000-word bench document before).
const B_FENCE = 1;
const B_SELF_CLOSED_FENCE = 1 << 1;
const B_SHORT_FENCE = 1 << 2;
const B_BLANK = 1 << 3;
const B_INDENTED = 1 << 4;
const B_LIST_ITEM = 1 << 5;
const B_IRC_TURN = 1 << 6;
const B_WROTE_HEADER = 1 << 7;
const B_WROTE_START = 1 << 8;
const B_WROTE_END = 1 << 9;
const B_SENTENCE_END = 1 << 10;
const B_ENDS_HISTORY = 1 << 11;
const B_FOOTER_RULE = 1 << 12;
const B_QUOTE = 1 << 13;
const B_BYLINE = 1 << 14;
const B_SEPARATOR = 1 << 15;
const B_LOG_CONTINUATION = 1 << 16;
const B_MAIL_HEADER = 1 << 17;
const B_SHELL = 1 << 18;
const B_TRACE = 1 << 19;
const B_TOOL_OUTPUT = 1 << 20;
const B_TRANSCRIPT = 1 << 21;
const B_HTML = 1 << 22;
const B_CODE = 1 << 23;
const B_FEW_WORDS = 1 << 24;
const B_FOREIGN_OK = 1 << 25;
const B_SHORT_300 = 1 << 26;
const B_NAME = 1 << 27;

function computeLineBits(line: string): number {
  let b = 0;
  if (FENCE.test(line)) b |= B_FENCE;
  if (SELF_CLOSED_FENCE.test(line)) b |= B_SELF_CLOSED_FENCE;
  if (line.trim().length <= 3) b |= B_SHORT_FENCE;
  const blank = !/\S/.test(line);
  if (blank) b |= B_BLANK;
  if (INDENTED.test(line)) b |= B_INDENTED;
  if (LIST_ITEM.test(line)) b |= B_LIST_ITEM;
  if (IRC_TURN.test(line)) b |= B_IRC_TURN;
  if (line.length < 300) b |= B_SHORT_300;
  if (line.length < 600) {
    if (WROTE_HEADER.test(line)) b |= B_WROTE_HEADER;
    if (WROTE_START.test(line)) b |= B_WROTE_START;
    if (HISTORY_HEADER.test(line)) b |= B_ENDS_HISTORY;
  }
  if (line.length < 300 && WROTE_END.test(line)) b |= B_WROTE_END;
  if (/[.?!]\s*$/.test(line)) b |= B_SENTENCE_END;
  if (SIGNATURE_DELIMITER.test(line)) b |= B_ENDS_HISTORY;
  if (line.length < 200 && FOOTER_RULE.test(line)) b |= B_FOOTER_RULE;
  if (QUOTE_LINE.test(line)) b |= B_QUOTE;
  if (line.length < 80 && BYLINE.test(line)) b |= B_BYLINE;
  if (SEPARATOR.test(line)) b |= B_SEPARATOR;
  if (line.length < 40 && SIGNED_NAME.test(line)) b |= B_NAME;
  if (LOG_CONTINUATION.test(line)) b |= B_LOG_CONTINUATION;
  // Read for the neighbours too, whatever this line's length.
  if (MAIL_HEADER.test(line)) b |= B_MAIL_HEADER;
  if (TRACE_OR_LOG.test(line)) b |= B_TRACE;
  if (TOOL_OUTPUT.test(line)) b |= B_TOOL_OUTPUT;
  if (line.length <= 2000 && !blank) {
    b |= B_FOREIGN_OK;
    if (SHELL_PROMPT.test(line)) b |= B_SHELL;
    if (TRANSCRIPT.test(line)) b |= B_TRANSCRIPT;
    if (HTML_LINE.test(line)) b |= B_HTML;
    if (CODE_START.test(line) || codeDense(line)) b |= B_CODE;
    if (line.trim().split(/\s+/).length <= WRAPPED_LOG_WORDS) b |= B_FEW_WORDS;
  }
  return b;
}

const LINE_BITS_LIMIT = 20_000;
function lineBits(line: string): number {
  const table = caches().table<string, number>('mask.lines');
  let b = table.get(line);
  if (b === undefined) {
    b = computeLineBits(line);
    remember(table, detach(line), b, LINE_BITS_LIMIT);
  }
  return b;
}

interface PreviousMask {
  input: string;
  bits: number[];
}

/**
 * Every line's bits. Lines the edit did not touch keep the previous mask's bits by position: the
 * lines before the first changed character and after the last one are the same lines. Looking each
 * up by its text would hash the whole document again on every keystroke.
 */
function linesBits(input: string, lines: readonly string[]): number[] {
  const store = caches();
  const prev = store.previousMask as PreviousMask | undefined;
  let bits: number[];
  if (!prev) bits = lines.map(lineBits);
  else {
    const head = commonPrefix(prev.input, input);
    const tail = commonSuffix(prev.input, input, Math.min(prev.input.length, input.length) - head);
    // Lines whose text and following newline lie in the common prefix; lines whose preceding
    // newline and text lie in the common suffix.
    const before = countNewlines(input, 0, head);
    const after = Math.min(countNewlines(input, input.length - tail, input.length), lines.length - before);
    bits = new Array(lines.length);
    for (let i = 0; i < before; i++) bits[i] = prev.bits[i];
    for (let i = before; i < lines.length - after; i++) bits[i] = lineBits(lines[i]);
    const shift = prev.bits.length - lines.length;
    for (let i = lines.length - after; i < lines.length; i++) bits[i] = prev.bits[i + shift];
  }
  store.previousMask = { input, bits } satisfies PreviousMask;
  return bits;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export interface MaskOptions {
  /** The text is markdown (notes): indented blocks are code. */
  markdown?: boolean;
}

export function maskNonUserText(input: string, options: MaskOptions = {}): Masked {
  // Regions to blank (spaces, newlines kept) and to fill (x-runs), collected as ranges and
  // applied with slices: a char array for a 30 KB doc costs more than the whole analysis.
  const blanks: Array<[number, number]> = [];
  let userEnd = input.length;
  let inFence = false;
  let inShell = false;
  let inArticle = false;
  let inLog = false;
  let inIndentedCode = false;
  // The last non-blank line before a blank one (or before this line), as its bits: what an indented block follows.
  let lastContent = 0;
  let afterBlank = true;
  let pos = 0;
  const lines = input.split('\n');
  const bits = linesBits(input, lines);
  // The last non-blank line before this one, and whether any non-blank line other than a name
  // line comes before that (a message above the signature).
  let prevContent = -1;
  let prevProse = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const b = bits[li];
    if (li > 0 && !(bits[li - 1] & B_BLANK)) {
      if (prevContent >= 0 && !(bits[prevContent] & B_NAME)) prevProse = true;
      prevContent = li - 1;
    }
    const lineStart = pos;
    const lineEnd = pos + line.length;
    pos = lineEnd + 1;

    if (b & B_FENCE) {
      blanks.push([lineStart, lineEnd]);
      if (inFence || !(b & B_SELF_CLOSED_FENCE) || b & B_SHORT_FENCE) inFence = !inFence;
      continue;
    }
    if (inFence) {
      blanks.push([lineStart, lineEnd]);
      continue;
    }
    if (options.markdown) {
      if (b & B_BLANK) {
        afterBlank = true;
      } else {
        const indented = (b & B_INDENTED) !== 0 && !(b & B_LIST_ITEM);
        // An IRC excerpt right-aligns nicks, so the longest one starts at the margin
        // ("       luke-jr  crickets⏎provoostenator  (I guess it was crickets…": Bitcoin Core
        // meeting notes, 2018-08-02): still the excerpt.
        const longNick: boolean = !indented && inIndentedCode && !afterBlank && (b & B_IRC_TURN) !== 0;
        inIndentedCode = longNick || (indented && (inIndentedCode || (afterBlank && !(lastContent & B_LIST_ITEM) && !(lastContent & B_INDENTED))));
        afterBlank = false;
        lastContent = b;
        if (inIndentedCode) {
          blanks.push([lineStart, lineEnd]);
          continue;
        }
      }
    }
    const next = li + 1 < lines.length ? bits[li + 1] : undefined;
    const isWrote =
      (b & B_WROTE_HEADER) !== 0 ||
      (next !== undefined && (next & B_SHORT_300) !== 0 && (b & B_WROTE_START) !== 0 && (next & B_WROTE_END) !== 0 && !(b & B_SENTENCE_END));
    // A rule right under the writer's name: what follows is what they pasted or forwarded ("Best,
    // Rohit ⏎ ===== ⏎ DataPower delivers XML acceleration device…", "Eirikur ⏎ -------- ⏎ <a news
    // blurb>": mailing-list mail in ../shared/data/real/email.jsonl), not their message.
    // A blank line apart and never in markdown, where "Name⏎-----" is a heading.
    const signedAbove = !options.markdown && b & B_SEPARATOR && prevContent >= 0 && prevContent < li - 1 && bits[prevContent] & B_NAME && prevProse;
    if (isWrote || b & B_ENDS_HISTORY || (b & B_FOOTER_RULE && startsFooter(lines, li)) || signedAbove) {
      userEnd = lineStart;
      break;
    }
    if (b & B_QUOTE) {
      blanks.push([lineStart, lineEnd]);
      continue;
    }
    if (inArticle || b & B_BYLINE) {
      inArticle = !(b & B_SEPARATOR);
      blanks.push([lineStart, lineEnd]);
      continue;
    }
    // Pasted machine text: from a shell prompt to the next blank line (the command's output).
    if (inShell && !(b & B_BLANK)) {
      blanks.push([lineStart, lineEnd]);
      continue;
    }
    inShell = false;
    // An IRC log wraps a long turn onto lines indented under the text ("<gmaxwell> probably
    // rather than…⏎           someone should go make some proposals"): still the log.
    if (inLog && b & B_LOG_CONTINUATION) {
      blanks.push([lineStart, lineEnd]);
      continue;
    }
    const foreign = foreignOf(b, li > 0 ? bits[li - 1] : undefined, next);
    inLog = foreign === 'transcript';
    if (foreign) {
      blanks.push([lineStart, lineEnd]);
      if (foreign === 'shell') inShell = true;
    }
  }
  if (userEnd < input.length) blanks.push([userEnd, input.length]);

  let text = applyRanges(input, blanks, (seg) => (seg.includes('\n') ? seg.replace(/[^\n]/g, ' ') : ' '.repeat(seg.length)));
  const fills: Array<[number, number]> = [];
  // Each scan only when its first character can occur at all: most messages have no code, no
  // URL and no Slack token, and three regex passes over a long document add up per keystroke.
  const scans: RegExp[] = [];
  if (text.includes('`')) scans.push(INLINE_CODE);
  if (text.includes('://') || /www\./i.test(text)) scans.push(URL);
  if (text.includes('<')) scans.push(SLACK_TOKEN);
  for (const re of scans) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) fills.push([m.index!, m.index! + m[0].length]);
  }
  if (fills.length) {
    fills.sort((a, b) => a[0] - b[0]);
    text = applyRanges(text, fills, (seg) => 'x'.repeat(seg.length));
  }
  return { text, userEnd: trimEnd(input, userEnd) };
}

/** Rewrites the given (sorted, possibly overlapping) ranges of `text`, keeping its length. */
function applyRanges(text: string, ranges: Array<[number, number]>, rewrite: (seg: string) => string): string {
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    const s = Math.max(from, at);
    if (to <= s) continue;
    out += text.slice(at, s) + rewrite(text.slice(s, to));
    at = to;
  }
  return out + text.slice(at);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

// Lines that are not prose by the writer, recognised one line at a time (plus its neighbours)
// so the mask stays linear and a keystroke re-tests only nearby lines.
// Mail header blocks ("From: …", "Date: …", "Subject: …") pasted or left from a forward: two in a row.
const MAIL_HEADER = /^\s*(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To|Message-ID|Received|Return-Path):\s/i;
// "$ npm test", "C:\> dir", "PS C:\src> ls", "user@host:~$ make": a shell prompt and command.
const SHELL_PROMPT = /^\s*(?:\$|%|[A-Za-z]:\\[^>\s]*>|PS [A-Za-z]:\\[^>]*>|[\w.-]+@[\w.-]+:\S*[$#])\s+\S/;
// Stack frames, tracebacks, compiler and log lines (ISO or syslog timestamps: "Jul 22 10:59:39 host check[29891]: …").
const TRACE_OR_LOG =
  /^\s*(?:at\s+[\w$.<>[\]/]+\s*\(.*\)\s*$|at\s+\S+:\d+:\d+\)?\s*$|Traceback \(most recent call last\)|File ".+", line \d+|(?:[\w$]+\.)*[\w$]*(?:Error|Exception)(?::|\s*$)|\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \S+|\[?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL)\]?[\s:]|\.{3}\s*\d+ more\s*$)/;
// Chat transcripts: "[12:34] <nick> …", "<nick> …", "12:34 nick: …", "9:31 pm   sipa   *crickets*"
// (a web IRC log pasted under "## Comic relief" in Bitcoin Core meeting notes, 2016-07-07), and
// IRC logs laid out as "nick      text" (a handle, then a run of spaces).
const TRANSCRIPT =
  /^\s*(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s+\S|\d{1,2}:\d\d(?::\d\d)?\s+<[\w^`|.-]{1,24}>|\d{1,2}:\d\d(?::\d\d)?\s?[ap]m\s+[\w^`|.-]{1,24}\s{2,}\S|<[\w^`|[\]{}.-]{1,24}>\s|[\w^`|[\]{}.-]{1,24}\s{4,}\S)/;
// A line that opens with an HTML/XML tag ("<div class=…>", "</span>", "<!DOCTYPE"). Slack's own
// "<@U123>" tokens start with a sigil, not a letter.
const HTML_LINE = /^\s*<(?:\/?[A-Za-z][\w:-]*(?:\s[^>]*)?\/?>|!--|!DOCTYPE)/i;
// Keywords that open a line of code in the common languages.
const CODE_START =
  /^\s*(?:function\s*[\w$]*\s*\(|def\s+\w+\s*\(|class\s+\w+.*[:{]\s*$|import\s+(?:\{|\*|[\w.]+\s+from\s|[\w]+(?:\.\w+)+\s*;?\s*$|[\w.]+\s*;\s*$)|from\s+[\w.]+\s+import\b|(?:const|let|var)\s+\w+\s*=|return\b.*;\s*$|(?:if|for|while|switch)\s*\(.*\)\s*\{?\s*$|#include\b|(?:public|private|protected|static)\s+[\w<>[\]]+\s+\w+\s*[({=;]|}\s*(?:else\b.*)?$|SELECT\s.+\sFROM\s)/;
const CODE_CHARS = /[;{}()=<>[\]]/g;

// Tool output: a short status token, then a URL or a path ("Hit http://…", "Get:1 http://…",
// "Ign /var/cache/…"), on two or more lines in a row (apt, wget, rsync, package managers).
const TOOL_OUTPUT = /^\s*[\w.:-]{1,12}\s+(?:https?:\/\/|ftp:\/\/|\/[\w.-]+\/|[A-Za-z]:\\)\S*/;

const WRAPPED_LOG_WORDS = 8;

export type Foreign = 'header' | 'shell' | 'trace' | 'transcript' | 'html' | 'code';

export function foreignLine(line: string, prev: string | undefined, next: string | undefined): Foreign | undefined {
  return foreignOf(lineBits(line), prev === undefined ? undefined : lineBits(prev), next === undefined ? undefined : lineBits(next));
}

/** foreignLine from the lines' bits (lineBits). */
function foreignOf(b: number, prev: number | undefined, next: number | undefined): Foreign | undefined {
  if (!(b & B_FOREIGN_OK)) return undefined;
  if (b & B_MAIL_HEADER && ((prev !== undefined && prev & B_MAIL_HEADER) || (next !== undefined && next & B_MAIL_HEADER))) return 'header';
  if (b & B_SHELL) return 'shell';
  if (b & B_TRACE) return 'trace';
  // A log line wrapped by the mail client: a short piece between two log lines.
  if (prev !== undefined && next !== undefined && prev & B_TRACE && next & B_TRACE && b & B_FEW_WORDS) return 'trace';
  if (b & B_TOOL_OUTPUT && ((prev !== undefined && prev & B_TOOL_OUTPUT) || (next !== undefined && next & B_TOOL_OUTPUT))) return 'trace';
  if (b & B_TRANSCRIPT) return 'transcript';
  if (b & B_HTML) return 'html';
  return b & B_CODE ? 'code' : undefined;
}

/** Dense with code punctuation: a statement, not a sentence ("x = foo(a[1]);"). Indented lines need less. */
function codeDense(line: string): boolean {
  const symbols = line.match(CODE_CHARS)?.length ?? 0;
  if (symbols < 3) return false;
  const body = line.replace(/\s+/g, '').length;
  if (body < 12) return false;
  const indented = /^(?: {4}|\t)/.test(line);
  if (/[;{}]\s*$/.test(line) && /[(=]/.test(line)) return true;
  return symbols / body >= (indented ? 0.08 : 0.15);
}
