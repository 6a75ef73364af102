// What Candor keeps about the user's writing: per-day, per-site counts. Never text, never a
// phrase, never a timestamp finer than the local day. Pure (no browser.*): validated here so a
// corrupted or foreign value is detected and replaced, never trusted and never a crash.

import { CATEGORIES, SITES, type Category, type Site } from '../analysis/types';
import type { BurstEvent, MessageRecord } from '../messaging/protocol';
import { isDayKey } from './calendar';

export type CategoryCounts = Record<Category, number>;

/** One site on one local day. */
export interface DayBucket {
  /** Messages sent (Notion: edited pages left). */
  messages: number;
  words: number;
  /** Messages sent with the category still present. */
  flagged: CategoryCounts;
  /** Messages where the category was flagged at some point (while writing or at send). */
  raised: CategoryCounts;
  /** Of `raised`, the messages where it was gone at send: the hint was applied or the user rewrote. */
  fixed: CategoryCounts;
  hintsShown: number;
  hintsApplied: number;
  hintsDismissed: number;
  /**
   * Runs of several messages in a row that the user sent anyway (`message-burst`), and hinted
   * drafts they took back to fold into one instead. Added after schema 1 shipped: absent is 0.
   */
  bursts?: number;
  burstsFolded?: number;
}

export type DayBuckets = Partial<Record<Site, DayBucket>>;

/** Why the stats were reset (shown once in the popup, then dismissed by the user). */
export interface StatsNotice {
  kind: 'reset-corrupted';
  /** Epoch ms of the reset. */
  at: number;
}

export const STATS_SCHEMA = 1;

export interface StatsData {
  schema: typeof STATS_SCHEMA;
  /** Local day key (YYYY-MM-DD) → per-site buckets. */
  days: Record<string, DayBuckets>;
  notice?: StatsNotice;
}

export function emptyCounts(): CategoryCounts {
  return { 'vague-ask': 0, 'wall-of-text': 0, 'missing-decision': 0, 'passive-aggressive': 0 };
}

export function emptyBucket(): DayBucket {
  return {
    messages: 0,
    words: 0,
    flagged: emptyCounts(),
    raised: emptyCounts(),
    fixed: emptyCounts(),
    hintsShown: 0,
    hintsApplied: 0,
    hintsDismissed: 0,
  };
}

export function emptyStats(): StatsData {
  return { schema: STATS_SCHEMA, days: {} };
}

// Generous ceilings: a real message never comes close, a corrupted one can't poison the sums.
const MAX_WORDS = 100_000;
const MAX_HINTS = 10_000;
const MAX_DAY_COUNT = 1_000_000_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_DAY_COUNT;
}

function countOf(v: unknown, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return 0;
  return Math.min(Math.floor(v), max);
}

function categoryList(v: unknown): Category[] {
  if (!Array.isArray(v)) return [];
  return CATEGORIES.filter((c) => v.includes(c));
}

/**
 * A record from a content script → a clean record, or null when it can't be one. Categories are
 * reduced to the known set (so nothing else, text included, can ride along), counts to integers.
 */
export function sanitizeRecord(raw: unknown, now: number): MessageRecord | null {
  if (!isObject(raw)) return null;
  if (!SITES.includes(raw.site as Site)) return null;
  const time = typeof raw.time === 'number' && Number.isFinite(raw.time) ? raw.time : now;
  return {
    site: raw.site as Site,
    categories: categoryList(raw.categories),
    flaggedWhileWriting: categoryList(raw.flaggedWhileWriting),
    hintsShown: countOf(raw.hintsShown, MAX_HINTS),
    hintsApplied: countOf(raw.hintsApplied, MAX_HINTS),
    hintsDismissed: countOf(raw.hintsDismissed, MAX_HINTS),
    wordCount: countOf(raw.wordCount, MAX_WORDS),
    // A clock far ahead would file the record in a week that is never shown: count it today.
    time: time > now + 86_400_000 ? now : time,
  };
}

/** A burst event from a content script → a clean one (site, kind, time), or null. */
export function sanitizeBurstEvent(raw: unknown, now: number): BurstEvent | null {
  if (!isObject(raw) || !SITES.includes(raw.site as Site)) return null;
  if (raw.kind !== 'sent' && raw.kind !== 'folded') return null;
  const time = typeof raw.time === 'number' && Number.isFinite(raw.time) ? raw.time : now;
  return { site: raw.site as Site, kind: raw.kind, time: time > now + 86_400_000 ? now : time };
}

function validCounts(v: unknown): v is CategoryCounts {
  return isObject(v) && CATEGORIES.every((c) => isCount(v[c])) && Object.keys(v).length === CATEGORIES.length;
}

const BUCKET_COUNTS = ['messages', 'words', 'hintsShown', 'hintsApplied', 'hintsDismissed'] as const;
const OPTIONAL_COUNTS = ['bursts', 'burstsFolded'] as const;
const BUCKET_KEYS = new Set<string>([...BUCKET_COUNTS, ...OPTIONAL_COUNTS, 'flagged', 'raised', 'fixed']);

function validBucket(v: unknown): v is DayBucket {
  return (
    isObject(v) &&
    Object.keys(v).every((k) => BUCKET_KEYS.has(k)) &&
    BUCKET_COUNTS.every((k) => isCount(v[k])) &&
    OPTIONAL_COUNTS.every((k) => v[k] === undefined || isCount(v[k])) &&
    validCounts(v.flagged) &&
    validCounts(v.raised) &&
    validCounts(v.fixed)
  );
}

function validNotice(v: unknown): v is StatsNotice {
  return isObject(v) && v.kind === 'reset-corrupted' && typeof v.at === 'number' && Number.isFinite(v.at);
}

export type ParsedStats = { ok: true; stats: StatsData; empty: boolean } | { ok: false; reason: string };

/**
 * Validate a stored value. Strict on purpose: anything unexpected (unknown keys included, which
 * could only come from a bug or another program) means the whole value is replaced, because
 * half-trusted counts would show the user wrong trends.
 */
export function parseStats(raw: unknown): ParsedStats {
  if (raw === null || raw === undefined) return { ok: true, stats: emptyStats(), empty: true };
  if (!isObject(raw)) return { ok: false, reason: 'not an object' };
  if (raw.schema !== STATS_SCHEMA) return { ok: false, reason: `unknown schema ${String(raw.schema)}` };
  if (!Object.keys(raw).every((k) => k === 'schema' || k === 'days' || k === 'notice')) {
    return { ok: false, reason: 'unknown field' };
  }
  if (raw.notice !== undefined && !validNotice(raw.notice)) return { ok: false, reason: 'bad notice' };
  if (!isObject(raw.days)) return { ok: false, reason: 'days is not an object' };
  for (const [day, buckets] of Object.entries(raw.days)) {
    if (!isDayKey(day)) return { ok: false, reason: `bad day ${day.slice(0, 20)}` };
    if (!isObject(buckets)) return { ok: false, reason: `bad buckets on ${day}` };
    for (const [site, bucket] of Object.entries(buckets)) {
      if (!SITES.includes(site as Site)) return { ok: false, reason: `unknown site on ${day}` };
      if (!validBucket(bucket)) return { ok: false, reason: `bad bucket ${day}/${site}` };
    }
  }
  return { ok: true, stats: raw as unknown as StatsData, empty: false };
}
