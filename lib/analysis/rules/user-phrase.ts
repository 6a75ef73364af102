// The user's own list of phrases to flag (Settings → "Flag these phrases too"). They are the
// writer's known tics ("just circling back", "as per"), so they are reported as passive-aggressive
// jabs with a message that says the user asked for it. Quoted history is masked and never matched.

import { MAX_SENTENCE_SCAN } from '../document';
import { foldQuotes, userText } from '../phrases/passive-aggressive-match';
import type { Hit, Rule } from '../rule';
import { catalogMeta } from '../catalog';

const MAX_PHRASES = 500;
const MAX_PHRASE_LENGTH = 200;

// Settings change rarely and analysis runs on every typing pause: keep the last compiled list.
let compiled: { key: string; patterns: Array<{ phrase: string; re: RegExp }> } | undefined;

function escapeRegExp(s: string): string {
  // Only syntax characters: other escapes ("\-") are errors under the u flag.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(phrases: readonly string[]) {
  const key = phrases.join('\u0000');
  if (compiled && compiled.key === key) return compiled.patterns;
  const patterns: Array<{ phrase: string; re: RegExp }> = [];
  for (const raw of phrases.slice(0, MAX_PHRASES)) {
    if (typeof raw !== 'string') continue;
    const phrase = foldQuotes(raw.trim()).slice(0, MAX_PHRASE_LENGTH);
    if (!phrase || !/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(phrase)) continue;
    // Whitespace in the phrase matches any run of spaces; word edges are respected so "as per"
    // does not fire inside "has person". A fixed string: always linear.
    const body = phrase.split(/\s+/).map(escapeRegExp).join('\\s+');
    const head = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}_])' : '';
    const tail = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}_])' : '';
    patterns.push({ phrase: raw.trim(), re: new RegExp(head + body + tail, 'giu') });
  }
  compiled = { key, patterns };
  return patterns;
}

export const userPhrase: Rule = {
  meta: catalogMeta('user-phrase'),
  check(ctx) {
    const phrases = ctx.options.extraPhrases;
    if (!phrases?.length) return [];
    const text = userText(ctx.doc).slice(0, MAX_SENTENCE_SCAN);
    const hits: Hit[] = [];
    for (const { phrase, re } of compile(phrases)) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        hits.push({
          start,
          end,
          message: `You asked Candor to flag "${phrase}": it's one of the phrases you want to stop leaning on.`,
          suggestion: 'Rephrase it the way you would say it face to face, or drop it and state the need directly.',
        });
        if (hits.length >= 100) return hits;
      }
    }
    return hits;
  },
};
