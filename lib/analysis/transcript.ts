// Speaker-turn transcripts in notes ("**Danny:** So there's two things…", "nikomatsakis: There
// were some responses…"): each turn records what someone said, in their words, not the notes'
// writer's prose (LABELS.md, "Reading real text"; the real set's adjudication of call
// transcripts). Length rules don't judge such turns as the writer's paragraphs.

import type { Doc } from './document';

// "Name:", "**Name**:", "**Name:**", "- Name:", "nick_name:" at the start of a line, or a bold
// name alone on its line with the turn below it. Call notes also put the video timestamp between
// name and colon ("**Barnabas Busa** [9:35](https://www.youtube.com/…): …", ethereum/pm call
// notes in ../shared/data/real/notes.jsonl).
const SPEAKER_AT_START =
  /^\s*(?:[-*]\s+)?(?:\*\*)?((?:\p{Lu}[\p{L}'.-]{1,20}(?: \p{Lu}[\p{L}'.-]{1,20}){0,2})|[a-z][\w.-]{2,20})(?:\*\*)?(?:\s*\[[\d:.]{3,9}\]\([^)\n]{0,200}\))?\s*:(?:\*\*)?(?:\s|$)/u;
const SPEAKER_LINE = /^\s*\*\*(\p{Lu}[\p{L}'. -]{1,40}?)\*\*\s*:?\s*$/u;
// Labels that open notes fields, not turns ("Goal:", "Link:", "Decision:").
const FIELD =
  /^(?:goal|goals|note|notes|summary|context|link|links|decision|decisions|action|actions|agenda|status|owner|owners|date|time|attendees|present|question|questions|answer|update|updates|topic|topics|next|tl;?dr|background|proposal|outcome|result|results|conclusion|problem|solution|issue|issues|example|examples|pros|cons|resolved|todo|ai|fyi|ps|re|cc|edit|update|warning|caution|tip|step|steps|priority|deadline|eta|when|where|who|why|what|how)$/i;

/** Offsets of the lines that open a speaker's turn, when the doc has turns by at least two speakers. */
export function transcriptTurnStarts(doc: Doc): Set<number> {
  if (doc.site !== 'notion') return new Set();
  const speakers = new Set<string>();
  const starts: number[] = [];
  for (const l of doc.lines) {
    const m = SPEAKER_LINE.exec(l.text) ?? SPEAKER_AT_START.exec(l.text);
    if (!m || FIELD.test(m[1].trim())) continue;
    speakers.add(m[1].trim().toLowerCase());
    starts.push(l.index);
  }
  return speakers.size >= 2 ? new Set(starts) : new Set();
}

/** Is the paragraph starting at `offset` a speaker's turn (labelled on its line or the line above)? */
export function isTranscriptTurn(doc: Doc, turns: Set<number>, offset: number): boolean {
  if (!turns.size) return false;
  const line = doc.lines.find((l) => l.start <= offset && offset <= l.end);
  if (!line) return false;
  if (turns.has(line.index)) return true;
  // "**Danny:**" alone, then the turn: skip blank lines between.
  for (let i = line.index - 1; i >= 0 && i >= line.index - 3; i--) {
    if (turns.has(i)) return SPEAKER_LINE.test(doc.lines[i].text) || doc.lines[i].text.trim().length < 40;
    if (doc.lines[i].kind !== 'blank') return false;
  }
  return false;
}
