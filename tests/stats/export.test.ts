import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { CSV_COLUMNS, exportCsv, exportJson } from '../../lib/stats/export';
import { emptyBucket, emptyStats, type StatsData } from '../../lib/stats/schema';

const stats: StatsData = {
  schema: 1,
  days: {
    '2026-03-10': { gmail: { ...emptyBucket(), messages: 1, words: 80 } },
    '2026-03-09': {
      slack: { ...emptyBucket(), messages: 3, words: 40, flagged: { ...emptyBucket().flagged, 'vague-ask': 2 }, hintsApplied: 1 },
      notion: { ...emptyBucket(), messages: 1 },
    },
  },
};

test('CSV has one row per day and site, in date then site order, with a header', () => {
  const lines = exportCsv(stats).split('\r\n');
  expect(lines[0]).toBe(CSV_COLUMNS.join(','));
  expect(lines.slice(1, -1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
    '2026-03-09,slack,3,40',
    '2026-03-09,notion,1,0',
    '2026-03-10,gmail,1,80',
  ]);
  const slack = lines[1].split(',');
  expect(slack[CSV_COLUMNS.indexOf('flagged_vague-ask')]).toBe('2');
  expect(slack[CSV_COLUMNS.indexOf('hints_applied')]).toBe('1');
  expect(lines.at(-1)).toBe('');
  expect(exportCsv(emptyStats())).toBe(CSV_COLUMNS.join(',') + '\r\n');
});

test('JSON holds settings and stats and round-trips', () => {
  const json = JSON.parse(exportJson(DEFAULT_SETTINGS, stats, Date.parse('2026-03-11T00:00:00Z')));
  expect(json).toEqual({ app: 'candor', exportedAt: '2026-03-11T00:00:00.000Z', settings: DEFAULT_SETTINGS, stats });
});
