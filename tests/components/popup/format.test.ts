import { expect, test } from 'vitest';
import { describeChange, formatDay, per100, percent } from '../../../components/popup/format';

test('change wording: fewer is good, more is bad, and the spoken form says which', () => {
  expect(describeChange(-2, 5)).toEqual({ arrow: '▼', text: '2 vs last week', spoken: '2 fewer than last week', tone: 'good' });
  expect(describeChange(3, 0)).toEqual({ arrow: '▲', text: '3 vs last week', spoken: '3 more than last week', tone: 'bad' });
  expect(describeChange(0, 4)).toMatchObject({ text: 'no change', spoken: 'same as last week', tone: 'same' });
  expect(describeChange(0, 0)).toMatchObject({ text: 'none last week', tone: 'same' });
});

test('numbers and dates', () => {
  expect(per100(33.3)).toBe('33 per 100');
  expect(per100(null)).toBeNull();
  expect(percent(2 / 3)).toBe('67%');
  // Day keys are calendar dates: the weekday must not shift with the runner's time zone.
  expect(formatDay('2026-03-08', 'en-US')).toBe('Sun, Mar 8');
  expect(formatDay('2026-03-08', 'de-DE')).toBe('So., 8. März');
  expect(formatDay('2026-03-08', 'not a locale!!')).toBe('2026-03-08');
});
