import { describe, expect, test } from 'vitest';
import { emptyBucket, emptyStats, parseStats, sanitizeRecord } from '../../lib/stats/schema';

const NOW = Date.parse('2026-03-11T12:00:00Z');

describe('sanitizeRecord', () => {
  test('keeps only known categories and integer counts, and drops any extra field', () => {
    const r = sanitizeRecord(
      {
        site: 'slack',
        categories: ['vague-ask', 'could you please', 'vague-ask', 42],
        flaggedWhileWriting: ['wall-of-text', 'passive-aggressive'],
        hintsShown: 2.7,
        hintsApplied: -3,
        hintsDismissed: Number.NaN,
        wordCount: 1e12,
        time: NOW - 1000,
        text: 'secret message body',
      },
      NOW,
    );
    expect(r).toEqual({
      site: 'slack',
      categories: ['vague-ask'],
      flaggedWhileWriting: ['wall-of-text', 'passive-aggressive'],
      hintsShown: 2,
      hintsApplied: 0,
      hintsDismissed: 0,
      wordCount: 100_000,
      time: NOW - 1000,
    });
    expect(JSON.stringify(r)).not.toContain('secret');
  });

  test.each([null, 'slack', [], { site: 'twitter' }, { categories: [] }])('rejects %j', (raw) => {
    expect(sanitizeRecord(raw, NOW)).toBeNull();
  });

  test('a missing or far-future time becomes now', () => {
    expect(sanitizeRecord({ site: 'gmail' }, NOW)?.time).toBe(NOW);
    expect(sanitizeRecord({ site: 'gmail', time: NOW + 5 * 86_400_000 }, NOW)?.time).toBe(NOW);
  });
});

describe('parseStats', () => {
  const good = { schema: 1, days: { '2026-03-09': { slack: emptyBucket() } } };

  test('accepts a valid value, and nothing stored as empty', () => {
    expect(parseStats(good)).toEqual({ ok: true, stats: good, empty: false });
    expect(parseStats(undefined)).toEqual({ ok: true, stats: emptyStats(), empty: true });
  });

  const withBucket = (patch: Record<string, unknown>) => ({
    schema: 1,
    days: { '2026-03-09': { slack: { ...emptyBucket(), ...patch } } },
  });

  test.each([
    ['a string', 'garbage'],
    ['an array', []],
    ['a future schema', { schema: 2, days: {} }],
    ['no schema', { days: {} }],
    ['an unknown top-level field', { schema: 1, days: {}, text: 'hello' }],
    ['a bad day key', { schema: 1, days: { yesterday: {} } }],
    ['an unknown site', { schema: 1, days: { '2026-03-09': { twitter: emptyBucket() } } }],
    ['a negative count', withBucket({ messages: -1 })],
    ['a fractional count', withBucket({ words: 1.5 })],
    ['a string count', withBucket({ hintsShown: '3' })],
    ['a text field in a bucket', withBucket({ lastMessage: 'hi' })],
    ['a missing category', withBucket({ flagged: { 'vague-ask': 1 } })],
    ['an extra category', withBucket({ fixed: { ...emptyBucket().fixed, rude: 1 } })],
    ['a bad notice', { schema: 1, days: {}, notice: { kind: 'other', at: 1 } }],
  ])('rejects %s', (_name, raw) => {
    expect(parseStats(raw).ok).toBe(false);
  });
});
