import { describe, expect, test } from 'vitest';
import type { Category } from '../../lib/analysis/types';
import type { MessageRecord } from '../../lib/messaging/protocol';
import { addRecord, type Clock } from '../../lib/stats/aggregate';
import { emptyStats, type StatsData } from '../../lib/stats/schema';
import { summarize } from '../../lib/stats/summary';

function rec(time: string, over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    site: 'slack',
    categories: [],
    flaggedWhileWriting: [],
    hintsShown: 0,
    hintsApplied: 0,
    hintsDismissed: 0,
    wordCount: 10,
    time: Date.parse(time),
    ...over,
  };
}

function build(clock: Clock, records: MessageRecord[]): StatsData {
  return records.reduce((s, r) => addRecord(s, r, clock), emptyStats());
}

const count = (s: ReturnType<typeof summarize>, c: Category) => s.categories.find((x) => x.category === c)!;

describe('weeks follow the locale', () => {
  // Sunday 8 March 2026 is the day US clocks spring forward; the record is at 10:00 local (EDT).
  const sunday = rec('2026-03-08T14:00:00Z', { categories: ['vague-ask'] });
  const saturday = rec('2026-03-07T15:00:00Z', { categories: ['wall-of-text'] });
  const tuesday = rec('2026-03-10T15:00:00Z', { categories: ['missing-decision'] });
  const now = Date.parse('2026-03-11T16:00:00Z');

  test('en-US (Sunday first): Sunday opens this week, Saturday is last week', () => {
    const clock: Clock = { now, timeZone: 'America/New_York', locale: 'en-US' };
    const s = summarize(build(clock, [sunday, saturday, tuesday]), clock);
    expect(s.weekStart).toBe('2026-03-08');
    expect(s.lastWeekStart).toBe('2026-03-01');
    expect(s.messages).toBe(2);
    expect(s.lastMessages).toBe(1);
    expect(count(s, 'vague-ask')).toMatchObject({ count: 1, lastCount: 0, change: 1 });
    expect(count(s, 'wall-of-text')).toMatchObject({ count: 0, lastCount: 1, change: -1 });
  });

  test.each(['en-GB', 'de-DE'])('%s (Monday first): Saturday and Sunday are both last week', (locale) => {
    const clock: Clock = { now, timeZone: 'America/New_York', locale };
    const s = summarize(build(clock, [sunday, saturday, tuesday]), clock);
    expect(s.weekStart).toBe('2026-03-09');
    expect(s.messages).toBe(1);
    expect(s.lastMessages).toBe(2);
    expect(count(s, 'vague-ask')).toMatchObject({ count: 0, lastCount: 1 });
    expect(count(s, 'missing-decision')).toMatchObject({ count: 1, lastCount: 0 });
  });

  test('the DST week keeps all seven days: first and last minute both land in it', () => {
    const clock: Clock = { now: Date.parse('2026-03-13T16:00:00Z'), timeZone: 'America/New_York', locale: 'en-US' };
    const s = summarize(
      build(clock, [
        rec('2026-03-08T05:01:00Z'), // Sun 00:01 EST, before the jump
        rec('2026-03-15T03:59:00Z'), // Sat 23:59 EDT, after it
        rec('2026-03-15T04:01:00Z'), // Sun 00:01 EDT: next week
      ]),
      clock,
    );
    expect(s.weekStart).toBe('2026-03-08');
    expect(s.messages).toBe(2);
  });

  test('the same instants in Berlin fall on different days', () => {
    const clock: Clock = { now: Date.parse('2026-03-11T16:00:00Z'), timeZone: 'Europe/Berlin', locale: 'de-DE' };
    // 23:30 UTC Sunday is 00:30 Monday in Berlin: this week, not last.
    const s = summarize(build(clock, [rec('2026-03-08T23:30:00Z')]), clock);
    expect(s.messages).toBe(1);
  });
});

describe('derived figures', () => {
  const clock: Clock = { now: Date.parse('2026-03-11T16:00:00Z'), timeZone: 'Europe/London', locale: 'en-GB' };
  const thisWeek = '2026-03-10T10:00:00Z';
  const lastWeek = '2026-03-03T10:00:00Z';

  test('rates per 100 messages, fix rate, hints applied and average words per site', () => {
    const s = summarize(
      build(clock, [
        rec(thisWeek, { categories: ['vague-ask'], flaggedWhileWriting: ['vague-ask'], wordCount: 20 }),
        rec(thisWeek, { flaggedWhileWriting: ['vague-ask'], hintsApplied: 1, wordCount: 30 }),
        rec(thisWeek, { flaggedWhileWriting: ['passive-aggressive'], wordCount: 40 }),
        rec(thisWeek, { site: 'gmail', wordCount: 301 }),
        rec(lastWeek, { categories: ['vague-ask'] }),
        rec(lastWeek, { categories: ['vague-ask'], flaggedWhileWriting: ['vague-ask'] }),
      ]),
      clock,
    );
    expect(s.messages).toBe(4);
    expect(count(s, 'vague-ask')).toMatchObject({ count: 1, lastCount: 2, change: -1, rate: 25, lastRate: 100 });
    expect(count(s, 'wall-of-text').rate).toBe(0);
    // 3 patterns raised this week (vague-ask ×2, passive-aggressive), 2 gone at send.
    expect(s.raised).toBe(3);
    expect(s.fixed).toBe(2);
    expect(s.fixRate).toBeCloseTo(2 / 3);
    expect(s.lastFixRate).toBe(0);
    expect(s.hintsApplied).toBe(1);
    expect(s.avgWords).toEqual({ slack: 30, gmail: 301 });
  });

  test('empty stats: no data, no rates, no pattern, nothing to compare with', () => {
    const s = summarize(emptyStats(), clock);
    expect(s).toMatchObject({ hasData: false, messages: 0, fixRate: null, topPattern: null });
    expect(s.ownAverage).toEqual({ rate: null, average: null });
    expect(s.categories.every((c) => c.rate === null && c.trend.length === 8)).toBe(true);
  });

  test('8-week trend, oldest first, and the most frequent pattern of the last 4 weeks', () => {
    const weeksAgo = (n: number) => new Date(Date.parse(thisWeek) - n * 7 * 86_400_000).toISOString();
    const records = [
      // Ten weeks ago: outside the trend and the pattern window.
      ...Array.from({ length: 5 }, () => rec(weeksAgo(10), { categories: ['missing-decision'] })),
      rec(weeksAgo(7), { categories: ['wall-of-text'] }),
      rec(weeksAgo(3), { categories: ['wall-of-text', 'passive-aggressive'] }),
      rec(weeksAgo(1), { categories: ['passive-aggressive'] }),
      rec(weeksAgo(0), { categories: ['vague-ask'] }),
    ];
    const s = summarize(build(clock, records), clock);
    expect(s.trendWeeks).toHaveLength(8);
    expect(s.trendWeeks[7]).toBe('2026-03-09');
    expect(s.trendWeeks[0]).toBe('2026-01-19');
    expect(count(s, 'wall-of-text').trend).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
    expect(count(s, 'missing-decision').trend).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.messagesTrend).toEqual([1, 0, 0, 0, 1, 0, 1, 1]);
    expect(s.topPattern).toEqual({ category: 'passive-aggressive', count: 2 });
  });

  test('this week is compared with the user’s own average of the 4 weeks before (weeks without messages skipped)', () => {
    const weeksAgo = (n: number) => new Date(Date.parse(thisWeek) - n * 7 * 86_400_000).toISOString();
    const week = (n: number, flagged: number, total: number) =>
      Array.from({ length: total }, (_, i) => rec(weeksAgo(n), { categories: i < flagged ? ['vague-ask'] : [] }));
    const records = [
      ...week(6, 4, 4), // outside the 4 weeks before this one
      ...week(4, 3, 4),
      // 3 weeks ago: no messages (skipped, not a zero)
      ...week(2, 1, 4),
      ...week(1, 0, 2),
      ...week(0, 1, 4), // this week: 25 per 100
    ];
    // (3 + 1 + 0) patterns in (4 + 4 + 2) messages = 40 per 100.
    expect(summarize(build(clock, records), clock).ownAverage).toEqual({ rate: 25, average: 40 });
    // A worse week is a number next to the average, never a broken run.
    const worse = [...records.filter((r) => r.time !== Date.parse(weeksAgo(0))), ...week(0, 3, 4)];
    expect(summarize(build(clock, worse), clock).ownAverage).toEqual({ rate: 75, average: 40 });
  });
});
