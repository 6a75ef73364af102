// The only place compromise is called. Each sentence is parsed once and its tokens cached by
// the sentence's text, so re-analysing a long document after a one-character edit parses only
// the sentence that changed (compromise costs ~35–60 µs per word here).

// compromise/two is the tagger without the sentence/noun/verb API of the full build: the same
// tags here (checked on the dev corpus), ~25% faster and a smaller bundle.
import nlp from 'compromise/two';

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

/** Forget every parse and every memoised per-sentence result (cold-start measurements). */
export function clearParseCache(): void {
  cache.clear();
  memo.clear();
}

export function parseCacheSize(): number {
  return cache.size;
}

// Per-sentence results of rules, keyed by rule-chosen namespace + site + the sentence's text:
// after a one-character edit only the edited sentence is recomputed. Values must depend only
// on the sentence's own text and the site (not on its neighbours or position).
const MEMO_LIMIT = 20_000;
const memo = new Map<string, unknown>();

export function memoBySentence<T>(namespace: string, site: string, clean: string, compute: () => T): T {
  const key = namespace + '\u0000' + site + '\u0000' + clean;
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export function clearMemo(): void {
  memo.clear();
}
