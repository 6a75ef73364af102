// "Export all data": everything Candor stores, as JSON (complete) or CSV (one row per day and
// site, for spreadsheets). Pure: the options page turns the strings into Blob downloads.

import { CATEGORIES, SITES } from '../analysis/types';
import type { Settings } from '../settings/schema';
import type { StatsData } from './schema';

export interface ExportBundle {
  app: 'candor';
  exportedAt: string;
  settings: Settings;
  stats: StatsData;
}

export function exportJson(settings: Settings, stats: StatsData, now: number): string {
  const bundle: ExportBundle = { app: 'candor', exportedAt: new Date(now).toISOString(), settings, stats };
  return JSON.stringify(bundle, null, 2);
}

export const CSV_COLUMNS = [
  'day',
  'site',
  'messages',
  'words',
  ...CATEGORIES.map((c) => `flagged_${c}`),
  ...CATEGORIES.map((c) => `raised_${c}`),
  ...CATEGORIES.map((c) => `fixed_${c}`),
  'hints_shown',
  'hints_applied',
  'hints_dismissed',
  'bursts',
  'bursts_folded',
] as const;

/** RFC 4180 CSV, CRLF line ends, days in date order. Every cell is a date, an id or a number. */
export function exportCsv(stats: StatsData): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const day of Object.keys(stats.days).sort()) {
    for (const site of SITES) {
      const b = stats.days[day][site];
      if (!b) continue;
      rows.push(
        [
          day,
          site,
          b.messages,
          b.words,
          ...CATEGORIES.map((c) => b.flagged[c]),
          ...CATEGORIES.map((c) => b.raised[c]),
          ...CATEGORIES.map((c) => b.fixed[c]),
          b.hintsShown,
          b.hintsApplied,
          b.hintsDismissed,
          b.bursts ?? 0,
          b.burstsFolded ?? 0,
        ].join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}
