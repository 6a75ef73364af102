// `message-burst` counts in the stats: sanitized events, optional bucket fields (older stored
// data without them stays valid), weekly totals and trend, the tip, and the CSV columns.

import { describe, expect, test } from 'vitest';
import type { BurstEvent } from '../../lib/messaging/protocol';
import { addBurstEvent, addRecord, type Clock } from '../../lib/stats/aggregate';
import { CSV_COLUMNS, exportCsv } from '../../lib/stats/export';
import { emptyBucket, emptyStats, parseStats, sanitizeBurstEvent, type StatsData } from '../../lib/stats/schema';
import { summarize } from '../../lib/stats/summary';

// Wednesday 11 March 2026, noon in New York.
const NY: Clock = { now: Date.parse('2026-03-11T16:00:00Z'), timeZone: 'America/New_York', locale: 'en-US' };
const WEEK = 7 * 86_400_000;

const ev = (kind: BurstEvent['kind'], time = NY.now): BurstEvent => ({ site: 'slack', kind, time });

function withEvents(events: BurstEvent[], base: StatsData = emptyStats()): StatsData {
  return events.reduce((s, e) => addBurstEvent(s, e, NY), base);
}

describe('sanitizeBurstEvent', () => {
  test('keeps site, kind and time only', () => {
    expect(sanitizeBurstEvent({ site: 'slack', kind: 'sent', time: NY.now - 5, text: 'secret', channel: 'C1' }, NY.now)).toEqual(ev('sent', NY.now - 5));
  });
  test.each([null, 'sent', { site: 'teams', kind: 'sent' }, { site: 'slack', kind: 'shouted' }, { site: 'slack' }])('refuses %j', (raw) =>
    expect(sanitizeBurstEvent(raw, NY.now)).toBeNull(),
  );
});

describe('addBurstEvent', () => {
  test('counts bursts and folds in the day bucket, without counting a message', () => {
    const s = withEvents([ev('sent'), ev('sent'), ev('folded')]);
    expect(s.days['2026-03-11'].slack).toMatchObject({ messages: 0, bursts: 2, burstsFolded: 1 });
    expect(parseStats(s).ok).toBe(true);
  });

  test('adds to a bucket that already has messages, which stay as they were', () => {
    const base = addRecord(
      emptyStats(),
      { site: 'slack', categories: [], flaggedWhileWriting: [], hintsShown: 0, hintsApplied: 0, hintsDismissed: 0, wordCount: 9, time: NY.now },
      NY,
    );
    const s = withEvents([ev('sent')], base);
    expect(s.days['2026-03-11'].slack).toMatchObject({ messages: 1, words: 9, bursts: 1 });
    expect(base.days['2026-03-11'].slack!.bursts).toBeUndefined();
  });
});

describe('parseStats with burst counts', () => {
  test('a bucket stored before bursts existed is still valid', () => {
    expect(parseStats({ schema: 1, days: { '2026-03-11': { slack: emptyBucket() } } }).ok).toBe(true);
  });
  test('a corrupted burst count is refused', () => {
    const bad = { ...emptyBucket(), bursts: -1 };
    expect(parseStats({ schema: 1, days: { '2026-03-11': { slack: bad } } }).ok).toBe(false);
  });
});

describe('summary', () => {
  test('this week, last week, the trend, and folded', () => {
    const s = withEvents([ev('sent'), ev('sent'), ev('folded'), ev('sent', NY.now - WEEK), ev('sent', NY.now - 3 * WEEK)]);
    const b = summarize(s, NY).bursts;
    expect(b).toMatchObject({ count: 2, folded: 1, lastCount: 1 });
    expect(b.trend).toEqual([0, 0, 0, 0, 1, 0, 1, 2]);
  });

  test('the tip goes to bursts only when they outnumber every text pattern', () => {
    const flagged = (time: number) => ({
      site: 'slack' as const,
      categories: ['vague-ask' as const],
      flaggedWhileWriting: [],
      hintsShown: 0,
      hintsApplied: 0,
      hintsDismissed: 0,
      wordCount: 9,
      time,
    });
    let s = addRecord(addRecord(emptyStats(), flagged(NY.now), NY), flagged(NY.now), NY);
    s = withEvents([ev('sent'), ev('sent')], s);
    expect(summarize(s, NY).burstsTop).toBeNull();
    s = withEvents([ev('sent')], s);
    expect(summarize(s, NY).burstsTop).toEqual({ count: 3 });
    expect(summarize(emptyStats(), NY).burstsTop).toBeNull();
  });
});

describe('export', () => {
  test('CSV has bursts and bursts_folded (0 for buckets from before)', () => {
    let s = withEvents([ev('sent'), ev('folded'), ev('folded')]);
    s = { ...s, days: { ...s.days, '2026-03-10': { gmail: emptyBucket() } } };
    const rows = exportCsv(s)
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const at = (row: string[], col: string) => row[CSV_COLUMNS.indexOf(col as (typeof CSV_COLUMNS)[number])];
    const slack = rows.find((r) => r[1] === 'slack')!;
    const gmail = rows.find((r) => r[1] === 'gmail')!;
    expect([at(slack, 'bursts'), at(slack, 'bursts_folded')]).toEqual(['1', '2']);
    expect([at(gmail, 'bursts'), at(gmail, 'bursts_folded')]).toEqual(['0', '0']);
  });
});
