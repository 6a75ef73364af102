// Automated notices pasted or received as mail: a list server's "1 request(s) waiting for your
// consideration … Please attend to this at your earliest convenience. This notice of pending
// requests, if any, will be sent out daily." Their asks are a program's, not the writer's
// (LABELS.md, "Only the author's own words are judged": bot or tool output). One marker is not
// enough (people write "do not reply" too); two together are a template.

export interface BotMarker {
  pattern: RegExp;
  example: string;
}

export const BOT_MARKERS: readonly BotMarker[] = [
  // No leading \b[a-z]+: that form tries a match at every word of a long document.
  { pattern: /[a-z]\(s\)/i, example: 'has 1 request(s) waiting' },
  {
    pattern: /\bthis (?:notice|message|e-?mail|reminder|report|digest)\b[^.\n]{0,60}\b(?:will be|is|was|has been) (?:sent|generated|delivered|produced)\b/i,
    example: 'This notice of pending requests, if any, will be sent out daily',
  },
  { pattern: /\b(?:sent|generated|delivered) (?:out )?(?:automatically|daily|weekly|nightly|hourly)\b/i, example: 'will be sent out daily' },
  {
    pattern: /\b(?:automated|auto-?generated|automatically generated) (?:message|e-?mail|notice|notification|reminder|report)\b/i,
    example: 'This is an automated message',
  },
  { pattern: /\/mailman\/|\blistinfo\b|\badmindb\b/i, example: 'http://lists.example.org/mailman/admindb/dev' },
  { pattern: /\b(?:do not|don't|please do not) reply to this (?:message|e-?mail|notice)\b/i, example: 'Please do not reply to this email' },
];

const BOT_MIN_MARKERS = 2;

/** The text reads as a program's notice: at least two template markers in the writer's part. */
export function automatedNotice(text: string): boolean {
  let n = 0;
  for (const m of BOT_MARKERS) if (m.pattern.test(text) && ++n >= BOT_MIN_MARKERS) return true;
  return false;
}
