// The only place compromise is called. Each sentence is parsed once and its tokens cached by
// the sentence's text, so re-analysing a long document after a one-character edit parses only
// the sentence that changed (compromise costs ~35–60 µs per word here).

// compromise/two is the tagger without the sentence/noun/verb API of the full build: the same
// tags here (checked on the dev corpus), ~25% faster and a smaller bundle.
import nlp from 'compromise/two';
import { caches } from './caches';

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
// Per engine (caches.ts): the parse cache of the analysis in progress.
const CACHE_LIMIT = 4_000;

/**
 * A copy of `s` that does not keep its parent alive. Cache keys here are slices of whole
 * documents; V8 represents a slice as a view on the parent string, so caching a slice would
 * retain every version of a long document the user ever typed. Concatenating and slicing
 * forces a flat copy of just these characters.
 */
export function detach(s: string): string {
  // V8 copies substrings shorter than 13 characters anyway (no parent to retain).
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export function parseSentence(clean: string): Parsed {
  const cache = caches().parse;
  const hit = cache.get(clean);
  if (hit) {
    // Refresh recency: Map iterates in insertion order, so delete + set moves it to the back.
    cache.delete(clean);
    cache.set(clean, hit);
    return hit;
  }
  // Parse the detached copy too: compromise's tokens are slices of its input.
  const key = detach(clean);
  const parsed = parseUncached(key);
  cache.set(key, parsed);
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

/**
 * Forget every parse, memoised per-sentence result and previous build of the current engine
 * (the default one outside an analysis): cold-start measurements.
 */
export function clearParseCache(): void {
  caches().clear();
}

export function parseCacheSize(): number {
  return caches().parse.size;
}

// Per-sentence results of rules, keyed by rule-chosen namespace + site, then by the sentence's
// text: after a one-character edit only the edited sentence is recomputed. Values must depend
// only on the sentence's own text and the site (not on its neighbours or position).
// Nested maps rather than one concatenated key: a long document makes hundreds of look-ups per
// analysis, and building (and hashing) a fresh key string for each was most of their cost.
// Namespaces and sites are string constants, whose hashes V8 keeps; sentence texts come from
// buildDoc as the same string objects while unchanged, so their hashes are kept too.
const MEMO_LIMIT = 20_000;

export function memoBySentence<T, A = undefined>(namespace: string, site: string, clean: string, compute: (arg: A) => T, arg?: A): T {
  const c = caches();
  const memo = c.memo;
  let bySite = memo.get(namespace);
  if (!bySite) memo.set(namespace, (bySite = new Map()));
  let table = bySite.get(site);
  if (!table) bySite.set(site, (table = new Map()));
  const hit = table.get(clean);
  if (hit !== undefined || table.has(clean)) return hit as T;
  const value = compute(arg as A);
  if (c.memoSize >= MEMO_LIMIT) {
    // Dropping everything at once is crude but bounded; a full cache only happens after
    // thousands of distinct sentences, and the next analysis refills what it needs.
    memo.clear();
    c.memoSize = 0;
    return value;
  }
  table.set(detach(clean), value);
  c.memoSize++;
  return value;
}
