// Every cache the engine keeps lives in one EngineCaches, owned by one engine instance
// (createEngine in index.ts): parses, per-sentence memos, line facts, per-line scans and the
// previous document build that makes a one-character edit cheap. Two composers typing in turn
// each keep their own previous build and results, so one never evicts the other's, and an
// engine can be dropped whole (its composer closed) without touching the others.
//
// Analyzers reach the caches of the analysis in progress through caches(): analyze() makes its
// engine's caches current for the duration of the (synchronous) call. Outside any analysis
// (unit tests calling buildDoc or detectAsks directly, tools) the default engine's caches are
// current. This module holds a pointer to the current caches, never cached data itself.

import type { Parsed } from './nlp';

/** Per-sentence memo: namespace → site → sentence text → value. */
export type MemoTable = Map<string, Map<string, Map<string, unknown>>>;

export class EngineCaches {
  /** compromise tokens by sentence text (nlp.ts). */
  readonly parse = new Map<string, Parsed>();
  /** Rule results by sentence text (nlp.ts memoBySentence). */
  readonly memo: MemoTable = new Map();
  memoSize = 0;
  /** The previous buildDoc result (document.ts), reused outside the edited line. */
  previousBuild: unknown;
  /** The previous analyze() call's key, text and result (index.ts). */
  lastResult: unknown;
  /** The previous mask's input and per-line bits (mask.ts), reused outside the edited lines. */
  previousMask: unknown;
  private readonly tables = new Map<string, Map<unknown, unknown>>();

  /** A named text-keyed table (deliberation line scans, transcript speakers, line facts…). */
  table<K, V>(name: string): Map<K, V> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Map()));
    return t as Map<K, V>;
  }

  /** Forget everything: the next analysis is cold (benchmarks, tests). */
  clear(): void {
    this.parse.clear();
    this.memo.clear();
    this.memoSize = 0;
    this.previousBuild = undefined;
    this.lastResult = undefined;
    this.previousMask = undefined;
    this.tables.clear();
  }
}

/** The default engine's caches: current whenever no engine is analysing. */
export const defaultCaches = new EngineCaches();
let current: EngineCaches = defaultCaches;

export function caches(): EngineCaches {
  return current;
}

/** Run `fn` with `c` current; restores the previous caches even if `fn` throws. */
export function withCaches<T>(c: EngineCaches, fn: () => T): T {
  const before = current;
  current = c;
  try {
    return fn();
  } finally {
    current = before;
  }
}

/** Bounded insert: a table past `limit` entries is emptied first (crude but bounded). */
export function remember<K, V>(table: Map<K, V>, key: K, value: V, limit: number): void {
  if (table.size >= limit) table.clear();
  table.set(key, value);
}
