import { describe, expect, test } from 'vitest';
import { addDays, dayKeyOf, firstDayOfWeek, isDayKey, weekStartOf, weekdayOf } from '../../lib/stats/calendar';

describe('dayKeyOf', () => {
  test.each([
    // 23:30 on Saturday in New York is already Sunday in UTC.
    ['2026-03-08T04:30:00Z', 'America/New_York', '2026-03-07'],
    ['2026-03-08T04:30:00Z', 'UTC', '2026-03-08'],
    // Spring forward (02:00 EST → 03:00 EDT on 8 March 2026): both sides are the same day.
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-08T07:01:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T03:59:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:01:00Z', 'America/New_York', '2026-03-09'],
    // Fall back: 01:30 happens twice on 1 November 2026; both are 1 November.
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01'],
    // Half-hour and far-east zones.
    ['2026-06-30T18:45:00Z', 'Asia/Kolkata', '2026-07-01'],
    ['2026-12-31T11:00:00Z', 'Pacific/Kiritimati', '2027-01-01'],
  ])('%s in %s is %s', (iso, zone, day) => {
    expect(dayKeyOf(Date.parse(iso), zone)).toBe(day);
  });

  test('an unknown time zone falls back to UTC instead of throwing', () => {
    expect(dayKeyOf(Date.parse('2026-03-08T04:30:00Z'), 'Mars/Olympus_Mons')).toBe('2026-03-08');
  });
});

describe('calendar arithmetic', () => {
  test('addDays crosses months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-08', -182)).toBe('2025-09-07');
  });

  test('weekdays are ISO numbered', () => {
    expect(weekdayOf('2026-03-08')).toBe(7); // Sunday
    expect(weekdayOf('2026-03-09')).toBe(1); // Monday
  });

  test.each([
    // A Sunday: starts its own week in the US, ends the week in Europe.
    ['2026-03-08', 7, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-02'],
    ['2026-03-07', 7, '2026-03-01'],
    ['2026-03-07', 6, '2026-03-07'],
    ['2026-03-06', 6, '2026-02-28'],
  ] as const)('the week of %s starting on day %i begins %s', (day, first, start) => {
    expect(weekStartOf(day, first)).toBe(start);
  });

  test('isDayKey rejects impossible dates and other shapes', () => {
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-2-3')).toBe(false);
    expect(isDayKey('__proto__')).toBe(false);
  });
});

describe('firstDayOfWeek', () => {
  test.each([
    ['en-US', 7],
    ['en', 7],
    ['en-GB', 1],
    ['de-DE', 1],
    ['fr', 1],
    ['pt-BR', 7],
    ['he-IL', 7],
    ['ar-EG', 6],
  ] as const)('%s starts weeks on day %i (with Intl and with the fallback table)', (locale, day) => {
    expect(firstDayOfWeek(locale)).toBe(day);
    expect(firstDayOfWeek(locale, false)).toBe(day);
  });

  test('garbage locales fall back to Monday', () => {
    expect(firstDayOfWeek('not a locale!!')).toBe(1);
    expect(firstDayOfWeek('', false)).toBe(1);
  });
});
