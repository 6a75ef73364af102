// Masks what is not the user's own words, keeping every offset: quoted replies, the "On … wrote:"
// header and everything under it, signatures after "-- ", fenced and inline code, URLs.
// Masked characters become spaces (newlines kept) so paragraph structure survives; inline code
// and URLs become a run of "x" so the sentence around them still parses ("run x to fix it").
//
// Every pattern here is linear: no nested quantifiers, line-by-line scanning only.

export interface Masked {
  /** Same length as the input; masked regions blanked. */
  text: string;
  /** Offset where quoted history or a signature begins (text.length when none). */
  userEnd: number;
}

const FENCE = /^\s*(```|~~~)/;
const QUOTE_LINE = /^\s*>/;
const SIGNATURE_DELIMITER = /^-- ?$/;
// "On Tue, Apr 8, 2025 at 9:14 AM Greg <g@x.com> wrote:" — Gmail, Apple Mail, Outlook web.
// Gmail sometimes wraps the header, so a line starting "On " may end with "wrote:" one line later.
const WROTE_HEADER = /^\s*On\s.{0,400}\bwrote:\s*$/i;
const WROTE_START = /^\s*On\s.{0,300}$/i;
const WROTE_END = /^.{0,200}\bwrote:\s*$/i;
// Outlook-style forwarded / replied history.
const HISTORY_HEADER = /^\s*(-{2,}\s*(Original Message|Forwarded message)\s*-{2,}|From:\s.{0,200}(Sent|Date):)/i;
const INLINE_CODE = /`[^`\n]{1,2000}`/g;
// A URL's trailing period or bracket is the sentence's, not the URL's.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]{0,2000}[^\s<>"'`.,;:!?)\]]/gi;
const SLACK_TOKEN = /<[@#!][A-Z0-9|^ _-]{1,80}>/g;

export function maskNonUserText(input: string): Masked {
  const chars = input.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  const fill = (from: number, to: number) => {
    for (let i = from; i < to; i++) chars[i] = 'x';
  };

  let userEnd = input.length;
  let inFence = false;
  let pos = 0;
  const lines = input.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const lineStart = pos;
    const lineEnd = pos + line.length;
    pos = lineEnd + 1;
    if (userEnd < input.length) continue;

    if (FENCE.test(line)) {
      blank(lineStart, lineEnd);
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      blank(lineStart, lineEnd);
      continue;
    }
    const next = lines[li + 1];
    const isWrote =
      line.length < 600 &&
      (WROTE_HEADER.test(line) ||
        (next !== undefined && next.length < 300 && WROTE_START.test(line) && WROTE_END.test(next) && !/[.?!]\s*$/.test(line)));
    if (SIGNATURE_DELIMITER.test(line) || isWrote || (line.length < 600 && HISTORY_HEADER.test(line))) {
      userEnd = lineStart;
      continue;
    }
    if (QUOTE_LINE.test(line)) blank(lineStart, lineEnd);
  }
  if (userEnd < input.length) blank(userEnd, input.length);

  const masked = chars.join('');
  for (const re of [INLINE_CODE, URL, SLACK_TOKEN]) {
    re.lastIndex = 0;
    for (const m of masked.matchAll(re)) fill(m.index!, m.index! + m[0].length);
  }
  return { text: chars.join(''), userEnd: trimEnd(input, userEnd) };
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
