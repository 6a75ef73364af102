// The storage layer around the pure stats, on WXT's fake browser: records land in local:stats,
// bursts are not lost, and corrupted or future-version data is replaced with a notice.

import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRecord } from '../../lib/store/records';
import { addRecordToStats, dismissStatsNotice, loadStats } from '../../lib/store/stats';
import type { MessageRecord } from '../../lib/messaging/protocol';

function rec(over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    site: 'slack',
    categories: ['vague-ask'],
    flaggedWhileWriting: [],
    hintsShown: 1,
    hintsApplied: 0,
    hintsDismissed: 0,
    wordCount: 9,
    time: Date.now(),
    ...over,
  };
}

const totalMessages = (days: Record<string, any>) =>
  Object.values(days).reduce((n, d: any) => n + (d.slack?.messages ?? 0) + (d.gmail?.messages ?? 0) + (d.notion?.messages ?? 0), 0);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('stats store', () => {
  test('a burst of concurrent records is counted exactly', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => handleRecord(rec({ site: i % 2 ? 'gmail' : 'slack' }))));
    const stored = (await fakeBrowser.storage.local.get('stats')) as { stats: { days: Record<string, unknown> } };
    expect(totalMessages(stored.stats.days)).toBe(25);
  });

  test('handleRecord drops malformed records and strips unknown fields', async () => {
    expect(await handleRecord({ site: 'myspace' })).toBe(false);
    expect(await handleRecord({ ...rec(), text: 'Quorvexal secret' })).toBe(true);
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).not.toContain('Quorvexal');
    expect(totalMessages((await loadStats()).days)).toBe(1);
  });

  test.each([
    ['garbage', 'not stats'],
    ['a wrong shape', { schema: 1, days: { '2026-01-01': { slack: { messages: 'many' } } } }],
    ['a future schema', { schema: 7, days: {}, extra: true }],
  ])('%s is reset with a notice, and counting resumes', async (_name, value) => {
    await fakeBrowser.storage.local.set({ stats: value });
    const s = await loadStats();
    expect(s.days).toEqual({});
    expect(s.notice?.kind).toBe('reset-corrupted');
    await addRecordToStats(rec());
    const after = await loadStats();
    expect(totalMessages(after.days)).toBe(1);
    expect(after.notice?.kind).toBe('reset-corrupted');
    await dismissStatsNotice();
    expect((await loadStats()).notice).toBeUndefined();
  });
});

test('loading forgets weeks past retention even without new records', async () => {
  const bucket = { messages: 1, words: 5, hintsShown: 0, hintsApplied: 0, hintsDismissed: 0 } as Record<string, unknown>;
  for (const k of ['flagged', 'raised', 'fixed']) {
    bucket[k] = { 'vague-ask': 0, 'wall-of-text': 0, 'missing-decision': 0, 'passive-aggressive': 0 };
  }
  await fakeBrowser.storage.local.set({ stats: { schema: 1, days: { '2026-01-05': { slack: bucket }, '2026-06-01': { slack: bucket } } } });
  const clock = { now: Date.parse('2026-07-15T12:00:00Z'), timeZone: 'UTC', locale: 'en-GB' };
  const s = await loadStats(clock);
  expect(Object.keys(s.days)).toEqual(['2026-06-01']);
  expect(Object.keys(((await fakeBrowser.storage.local.get('stats')) as any).stats.days)).toEqual(['2026-06-01']);
});
