// The only place compromise is called. Each sentence is parsed once and its tokens cached by
// the sentence's text, so re-analysing a long document after a one-character edit parses only
// the sentence that changed (compromise costs ~35–60 µs per word here).

import nlp from 'compromise';

export interface Token {
  /** Surface text. */
  text: string;
  /** Lowercased, punctuation-stripped form from compromise. */
  normal: string;
  /** compromise tags: Verb, Modal, Imperative, Pronoun, Noun, Date, Person, QuestionWord, … */
  tags: ReadonlySet<string>;
  /** Offsets relative to the sentence's start. */
  start: number;
  end: number;
}

export interface Parsed {
  tokens: Token[];
}

// Longest sentence handed to the parser; longer "sentences" (pasted logs, 10k-char words) are
// truncated for tagging so a pathological input cannot stall the page.
const MAX_PARSE_CHARS = 2_000;
const CACHE_LIMIT = 4_000;
const cache = new Map<string, Parsed>();

export function parseSentence(clean: string): Parsed {
  const hit = cache.get(clean);
  if (hit) {
    // Refresh recency: Map iterates in insertion order, so delete + set moves it to the back.
    cache.delete(clean);
    cache.set(clean, hit);
    return hit;
  }
  const parsed = parseUncached(clean);
  cache.set(clean, parsed);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return parsed;
}

function parseUncached(clean: string): Parsed {
  const input = clean.length > MAX_PARSE_CHARS ? clean.slice(0, MAX_PARSE_CHARS) : clean;
  const tokens: Token[] = [];
  try {
    const json = nlp(input).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ text: string; normal: string; tags: string[]; offset: { start: number; length: number } }>;
    }>;
    for (const s of json) {
      for (const t of s.terms) {
        tokens.push({
          text: t.text,
          normal: t.normal,
          tags: new Set(t.tags),
          start: t.offset.start,
          end: t.offset.start + t.offset.length,
        });
      }
    }
  } catch {
    // compromise should not throw, but a coach must never break the host page over one sentence.
  }
  return { tokens };
}

export function clearParseCache(): void {
  cache.clear();
}

export function parseCacheSize(): number {
  return cache.size;
}
