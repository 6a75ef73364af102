// Emoji used as a jab: 🙄/🙃 on their own, 🙂/👍 only after a complaint. The span is the emoji;
// the message explains the smirk and the advice is to say the need plainly.
//
// Per-sentence facts (emoji offsets, complaint and sincerity cues) are memoised in the shared
// passive-aggressive pass (passive-aggressive-match.ts), so a long
// document costs one memo look-up per sentence on each edit, and a run of thousands of emoji
// in one sentence is scanned once (the cues are tested per sentence, not per emoji).

import { SELF_BLAME_CUE } from '../phrases/passive-aggressive-cues';
import { COMPLAINT_CUE, JAB_EMOJI, SINCERE_CUE } from '../phrases/passive-aggressive-emoji';
import { foldQuotes, registerSentenceFact, sentenceFactsFor } from '../phrases/passive-aggressive-match';
import type { Hit, Rule } from '../rule';
import { catalogMeta } from '../catalog';

const BY_EMOJI = new Map(JAB_EMOJI.map((e, i) => [e.emoji, i]));
// One pictograph plus its modifiers (VS16, skin tone), scanned linearly.
const EMOJI = /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*/gu;
const NOT_SPACE = /\S/;
const ADVICE = 'Drop the emoji and say what you need plainly: "Can you send feedback on the brief by Thursday?"';
const MAX_HITS = 100;

interface EmojiFacts {
  /** Flat [offset, length, JAB_EMOJI index, …] relative to the sentence. */
  emoji: number[];
  /** The sentence complains and is not sincere: a smile after it is a smirk. */
  complaint: boolean;
  selfBlame: boolean;
}

const NONE: number[] = [];

function jabEmoji(text: string, into: number[], max: number): number[] {
  for (const m of text.matchAll(EMOJI)) {
    const i = BY_EMOJI.get(String.fromCodePoint(m[0].codePointAt(0)!));
    if (i === undefined) continue;
    if (into === NONE) into = [];
    into.push(m.index!, m[0].length, i);
    if (into.length >= max * 3) break;
  }
  return into;
}

function emojiFacts(context: string): EmojiFacts {
  return {
    emoji: jabEmoji(context, NONE, MAX_HITS),
    complaint: COMPLAINT_CUE.test(context) && !SINCERE_CUE.test(context),
    selfBlame: SELF_BLAME_CUE.test(context),
  };
}

// Computed in the shared passive-aggressive per-sentence pass (one memo look-up per sentence
// for the whole category).
const SLOT = registerSentenceFact(emojiFacts);

export const pointedEmoji: Rule = {
  meta: catalogMeta('pointed-emoji'),
  check(ctx) {
    const { doc } = ctx;
    const hits: Hit[] = [];
    const sentences = doc.sentences;
    // Candidates: emoji inside a sentence, or trailing it on the same paragraph ("…in a row. 🙂"
    // leaves the emoji outside the sentence), with the sentence as context.
    const found: Array<{ at: number; len: number; entry: number; complaint: boolean }> = [];
    // "oops, forgot to attach it. here it is again 🙃": the writer laughing at themselves.
    let selfBlame = false;
    const facts = sentenceFactsFor<EmojiFacts>(ctx, SLOT);
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      if (s.start >= doc.userEnd) break;
      const f = facts[si];
      if (!f) continue;
      if (f.selfBlame) selfBlame = true;
      for (let k = 0; k < f.emoji.length && found.length < MAX_HITS; k += 3) {
        found.push({ at: s.start + f.emoji[k], len: f.emoji[k + 1], entry: f.emoji[k + 2], complaint: f.complaint });
      }
      // The gap up to the next sentence (usually a space or a line break): scanned per analysis,
      // but only when it holds more than whitespace.
      const gapEnd = Math.min(si + 1 < sentences.length ? sentences[si + 1].start : doc.userEnd, s.paragraph.end, doc.userEnd);
      if (gapEnd > s.end && found.length < MAX_HITS) {
        const gap = doc.masked.slice(s.end, gapEnd);
        if (NOT_SPACE.test(gap)) {
          const tail = jabEmoji(foldQuotes(gap), NONE, MAX_HITS - found.length);
          for (let k = 0; k < tail.length; k += 3) {
            found.push({ at: s.end + tail[k], len: tail[k + 1], entry: tail[k + 2], complaint: f.complaint });
          }
        }
      }
    }
    if (selfBlame) return hits;
    for (const c of found) {
      const entry = JAB_EMOJI[c.entry];
      if (entry.when === 'after-complaint' && !c.complaint) continue;
      hits.push({ start: c.at, end: c.at + c.len, message: entry.why, suggestion: ADVICE });
    }
    return hits;
  },
};
