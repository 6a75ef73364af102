import { describe, expect, test } from 'vitest';
import type { MessageRecord } from '../../lib/messaging/protocol';
import { addRecord, pruneStats, retentionCutoff, type Clock } from '../../lib/stats/aggregate';
import { emptyBucket, emptyStats, type StatsData } from '../../lib/stats/schema';

// Wednesday 11 March 2026, noon in New York.
const NY: Clock = { now: Date.parse('2026-03-11T16:00:00Z'), timeZone: 'America/New_York', locale: 'en-US' };

function rec(over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    site: 'slack',
    categories: [],
    flaggedWhileWriting: [],
    hintsShown: 0,
    hintsApplied: 0,
    hintsDismissed: 0,
    wordCount: 10,
    time: NY.now,
    ...over,
  };
}

describe('addRecord', () => {
  test('files records by local day and site', () => {
    let s = emptyStats();
    s = addRecord(s, rec({ wordCount: 12 }), NY);
    s = addRecord(s, rec({ wordCount: 30 }), NY);
    s = addRecord(s, rec({ site: 'gmail', wordCount: 200 }), NY);
    // 01:00 UTC on the 11th is still the 10th in New York.
    s = addRecord(s, rec({ time: Date.parse('2026-03-11T01:00:00Z') }), NY);
    expect(Object.keys(s.days).sort()).toEqual(['2026-03-10', '2026-03-11']);
    expect(s.days['2026-03-11'].slack).toMatchObject({ messages: 2, words: 42 });
    expect(s.days['2026-03-11'].gmail).toMatchObject({ messages: 1, words: 200 });
    expect(s.days['2026-03-10'].slack).toMatchObject({ messages: 1, words: 10 });
  });

  test('counts flagged at send, raised at any point, and fixed before send', () => {
    const s = addRecord(
      emptyStats(),
      rec({
        categories: ['vague-ask'],
        flaggedWhileWriting: ['vague-ask', 'wall-of-text', 'passive-aggressive'],
        hintsShown: 3,
        hintsApplied: 1,
        hintsDismissed: 1,
      }),
      NY,
    );
    const b = s.days['2026-03-11'].slack!;
    expect(b.flagged).toEqual({ 'vague-ask': 1, 'wall-of-text': 0, 'missing-decision': 0, 'passive-aggressive': 0 });
    expect(b.raised).toEqual({ 'vague-ask': 1, 'wall-of-text': 1, 'missing-decision': 0, 'passive-aggressive': 1 });
    expect(b.fixed).toEqual({ 'vague-ask': 0, 'wall-of-text': 1, 'missing-decision': 0, 'passive-aggressive': 1 });
    expect(b).toMatchObject({ hintsShown: 3, hintsApplied: 1, hintsDismissed: 1 });
  });

  test('a category present at send but never reported while writing still counts as raised', () => {
    const s = addRecord(emptyStats(), rec({ categories: ['missing-decision'] }), NY);
    expect(s.days['2026-03-11'].slack!.raised['missing-decision']).toBe(1);
    expect(s.days['2026-03-11'].slack!.fixed['missing-decision']).toBe(0);
  });

  test('does not mutate its input', () => {
    const s0 = addRecord(emptyStats(), rec(), NY);
    const snapshot = structuredClone(s0);
    addRecord(s0, rec(), NY);
    expect(s0).toEqual(snapshot);
  });
});

describe('retention', () => {
  test('keeps 26 weeks counting the current one (US weeks start on Sunday)', () => {
    // This week started Sunday 8 March; 25 weeks earlier is Sunday 14 September 2025.
    expect(retentionCutoff(NY)).toBe('2025-09-14');
    expect(retentionCutoff({ ...NY, locale: 'en-GB' })).toBe('2025-09-15');
  });

  test('drops days past retention, and ignores records that are already too old', () => {
    const old: StatsData = {
      schema: 1,
      days: { '2025-09-13': { slack: emptyBucket() }, '2025-09-14': { gmail: emptyBucket() } },
    };
    const pruned = pruneStats(old, NY);
    expect(Object.keys(pruned.days)).toEqual(['2025-09-14']);
    const s = addRecord(emptyStats(), rec({ time: Date.parse('2025-09-01T12:00:00Z') }), NY);
    expect(s.days).toEqual({});
  });
});
