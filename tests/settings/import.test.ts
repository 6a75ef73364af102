import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSettingsImport } from '../../lib/settings/import';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { exportJson } from '../../lib/stats/export';
import { emptyStats } from '../../lib/stats/schema';

const CUSTOM: Settings = {
  paused: true,
  sites: { slack: true, gmail: false, notion: true },
  disabledRules: ['sarcasm', 'terse-reply'],
  sensitivity: 'strict',
  extraPhrases: ['as previously stated', 'circling back'],
  ignoredPhrases: ['just checking'],
  hideFigures: true,
};

const bundle = (settings: unknown) => JSON.stringify({ app: 'candor', exportedAt: '2026-12-02T10:00:00.000Z', settings, stats: emptyStats() });

function error(text: string): string {
  const r = parseSettingsImport(text);
  expect(r.ok, text.slice(0, 80)).toBe(false);
  return r.ok ? '' : r.error;
}

describe('importing the JSON export', () => {
  test('an export reads back as the settings it was made from', () => {
    const r = parseSettingsImport(exportJson(CUSTOM, emptyStats(), Date.UTC(2026, 11, 2)));
    expect(r).toEqual({ ok: true, settings: CUSTOM, summary: 'Imported settings: 2 phrases to flag, 1 phrase never to flag, 2 checks off.' });
  });

  test('an export of the defaults reads back as the defaults', () => {
    const r = parseSettingsImport(exportJson(DEFAULT_SETTINGS, emptyStats(), 0));
    expect(r.ok && r.settings).toEqual(DEFAULT_SETTINGS);
  });

  test('fields an older export lacks keep their defaults; a byte-order mark is fine', () => {
    const r = parseSettingsImport(`\uFEFF${bundle({ sensitivity: 'gentle', extraPhrases: ['  as  per '] })}`);
    expect(r.ok && r.settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'gentle', extraPhrases: ['as per'] });
  });

  test('a rule id this version does not have is kept (a newer version may know it)', () => {
    const r = parseSettingsImport(bundle({ disabledRules: ['message-burst'] }));
    expect(r.ok && r.settings.disabledRules).toEqual(['message-burst']);
  });

  test.each<[string, string, RegExp]>([
    ['not JSON', '{"app": "candor", ', /not JSON/],
    ['empty file', '', /not JSON/],
    ['another app', JSON.stringify({ app: 'grammarly', settings: {} }), /not a Candor export/],
    ['a bare settings object', JSON.stringify(CUSTOM), /not a Candor export/],
    ['a JSON list', '[1, 2]', /not a Candor export/],
    ['no settings', JSON.stringify({ app: 'candor', stats: {} }), /no settings/],
    ['settings as a list', bundle([]), /no settings/],
    ['unknown sensitivity', bundle({ sensitivity: 'loud' }), /settings\.sensitivity must be gentle, balanced, strict \(found "loud"\)/],
    ['paused as text', bundle({ paused: 'yes' }), /settings\.paused must be true or false/],
    ['a site Candor does not coach', bundle({ sites: { teams: true } }), /settings\.sites\.teams is not a site/],
    ['a site switch as a number', bundle({ sites: { gmail: 0 } }), /settings\.sites\.gmail must be true or false/],
    ['phrases as text', bundle({ extraPhrases: 'circling back' }), /settings\.extraPhrases must be a list/],
    ['a phrase that is not text', bundle({ ignoredPhrases: ['ok', 7] }), /settings\.ignoredPhrases\[1\] must be text/],
    ['a phrase too long', bundle({ extraPhrases: ['x'.repeat(201)] }), /settings\.extraPhrases\[0\] is longer than 200/],
    ['too many phrases', bundle({ extraPhrases: Array.from({ length: 501 }, (_, i) => `p${i}`) }), /501 entries/],
    ['a field this version does not know', bundle({ ...CUSTOM, theme: 'dark' }), /fields this version does not know: theme/],
    ['a phrase in both lists', bundle({ extraPhrases: ['Just checking'], ignoredPhrases: ['just checking'] }), /"Just checking" is in both/],
  ])('%s: rejected with a message that names the problem', (_name, text, message) => {
    const e = error(text);
    expect(e).toMatch(/^Nothing was imported\. /);
    expect(e).toMatch(message);
  });

  test('a file far larger than any export is refused before parsing', () => {
    expect(error(' '.repeat(2_000_001))).toMatch(/too large/);
  });

  test('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((settings) => JSON.stringify({ app: 'candor', settings }) ?? ''),
        ),
        (text) => {
          const r = parseSettingsImport(text);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
