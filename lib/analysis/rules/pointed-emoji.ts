// Emoji used as a jab: 🙄/🙃 on their own, 🙂/👍 only after a complaint. The span is the emoji;
// the message explains the smirk and the advice is to say the need plainly.

import { SELF_BLAME_CUE } from '../phrases/passive-aggressive-cues';
import { COMPLAINT_CUE, JAB_EMOJI, SINCERE_CUE } from '../phrases/passive-aggressive-emoji';
import { sentenceText, userText } from '../phrases/passive-aggressive-match';
import type { Sentence } from '../document';
import type { Hit, Rule } from '../rule';

const BY_EMOJI = new Map(JAB_EMOJI.map((e) => [e.emoji, e]));
// One pictograph plus its modifiers (VS16, skin tone), scanned linearly over the user's text.
const EMOJI = /\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]*/gu;
const ADVICE = 'Drop the emoji and say what you need plainly: "Can you send feedback on the brief by Thursday?"';

export const pointedEmoji: Rule = {
  meta: {
    id: 'pointed-emoji',
    category: 'passive-aggressive',
    description: 'Emoji used as a jab: an eye-roll, an upside-down smile, or a smiley after a complaint.',
  },
  check(ctx) {
    const { doc } = ctx;
    const text = userText(doc);
    const hits: Hit[] = [];
    if (!doc.sentences.length) return hits;
    // "oops, forgot to attach it. here it is again 🙃": the writer laughing at themselves.
    const selfBlame = SELF_BLAME_CUE.test(text);
    let si = 0;
    for (const m of text.matchAll(EMOJI)) {
      const base = String.fromCodePoint(m[0].codePointAt(0)!);
      const entry = BY_EMOJI.get(base);
      if (!entry) continue;
      const at = m.index!;
      // The sentence the emoji belongs to: the one containing it, or the last one ending before
      // it on the same paragraph ("…in a row. 🙂" puts the emoji in a word-less sentence of its own).
      while (si + 1 < doc.sentences.length && doc.sentences[si + 1].start <= at) si++;
      const s: Sentence = doc.sentences[si];
      if (s.start > at || s.paragraph.end < at) continue;
      const context = sentenceText(s);
      if (selfBlame) continue;
      if (entry.when === 'after-complaint' && (!COMPLAINT_CUE.test(context) || SINCERE_CUE.test(context))) continue;
      hits.push({ start: at, end: at + m[0].length, message: entry.why, suggestion: ADVICE });
      if (hits.length >= 100) break;
    }
    return hits;
  },
};
