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
// "```code```" on one line (Slack's usual way) opens and closes: it is not a fence.
const SELF_CLOSED_FENCE = /^\s*(```|~~~).*(```|~~~)\s*$/;
const QUOTE_LINE = /^\s*>/;
const SIGNATURE_DELIMITER = /^-- ?$/;
// "On Tue, Apr 8, 2025 at 9:14 AM Greg <g@x.com> wrote:" — Gmail, Apple Mail, Outlook web.
// Gmail sometimes wraps the header, so a line starting "On " may end with "wrote:" one line later.
const WROTE_HEADER = /^\s*On\s.{0,400}\bwrote:\s*$/i;
const WROTE_START = /^\s*On\s.{0,300}$/i;
const WROTE_END = /^.{0,200}\bwrote:\s*$/i;
// Outlook-style forwarded / replied history.
const HISTORY_HEADER = /^\s*(-{2,}\s*(Original Message|Forwarded message)\s*-{2,}|From:\s.{0,200}(Sent|Date):)/i;
const INLINE_CODE = /```[^`\n]{1,2000}```|`[^`\n]{1,2000}`/g;
// A URL's trailing period or bracket is the sentence's, not the URL's.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]{0,2000}[^\s<>"'`.,;:!?)\]]/gi;
const SLACK_TOKEN = /<[@#!][A-Z0-9|^ _-]{1,80}>/g;

export function maskNonUserText(input: string): Masked {
  // Regions to blank (spaces, newlines kept) and to fill (x-runs), collected as ranges and
  // applied with slices: a char array for a 30 KB doc costs more than the whole analysis.
  const blanks: Array<[number, number]> = [];
  let userEnd = input.length;
  let inFence = false;
  let pos = 0;
  const lines = input.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const lineStart = pos;
    const lineEnd = pos + line.length;
    pos = lineEnd + 1;

    if (FENCE.test(line)) {
      blanks.push([lineStart, lineEnd]);
      if (inFence || !SELF_CLOSED_FENCE.test(line) || line.trim().length <= 3) inFence = !inFence;
      continue;
    }
    if (inFence) {
      blanks.push([lineStart, lineEnd]);
      continue;
    }
    const next = lines[li + 1];
    const isWrote =
      line.length < 600 &&
      (WROTE_HEADER.test(line) ||
        (next !== undefined && next.length < 300 && WROTE_START.test(line) && WROTE_END.test(next) && !/[.?!]\s*$/.test(line)));
    if (SIGNATURE_DELIMITER.test(line) || isWrote || (line.length < 600 && HISTORY_HEADER.test(line))) {
      userEnd = lineStart;
      break;
    }
    if (QUOTE_LINE.test(line)) blanks.push([lineStart, lineEnd]);
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
