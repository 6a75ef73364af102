import { describe, expect, test } from 'vitest';
import { burstWords, ordinal } from '../../lib/bursts/wording';

describe('burst wording', () => {
  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [112, '112th'],
  ])('ordinal(%i) = %s', (n, s) => expect(ordinal(n)).toBe(s));

  test('says the numbers and offers, with replies visible', () => {
    const w = burstWords({ nth: 4, minutes: 6 }, true);
    expect(w.message).toBe('4th message in a row in 6 minutes, nobody has replied yet: fold this into one?');
    expect(w.suggestion).toContain('the ask first, the details below');
    expect(w.suggestion).toContain('Combine next time?');
  });

  test('says it counts time only when replies cannot be seen, never claiming nobody replied', () => {
    const w = burstWords({ nth: 3, minutes: 1 }, false);
    expect(w.message).toMatch(/^3rd message in a row in 1 minute \(/);
    expect(w.message).toContain("can't see replies here");
    expect(w.message).not.toContain('nobody has replied');
  });
});
