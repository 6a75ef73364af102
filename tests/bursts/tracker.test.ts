import { describe, expect, test } from 'vitest';
import { BURST_THRESHOLD, BURST_WINDOW_MS } from '../../lib/bursts/message-burst';
import { BurstTracker } from '../../lib/bursts/tracker';

const MIN = 60_000;
const C = 'T1/C1';

/** `n` sends one minute apart starting at t0; returns what each ownSend said. */
function sendMany(t: BurstTracker, n: number, t0 = 0, threshold = 4, conversation = C): boolean[] {
  return Array.from({ length: n }, (_, i) => t.ownSend(conversation, t0 + i * MIN, threshold));
}

describe('BurstTracker', () => {
  test('thresholds by sensitivity: gentle 6, balanced 4, strict 3', () => {
    expect(BURST_THRESHOLD).toEqual({ gentle: 6, balanced: 4, strict: 3 });
  });

  test('no hint for the first messages; the message that would be the 4th is hinted, with the numbers', () => {
    const t = new BurstTracker();
    expect(t.hintFor(C, 0, 4)).toBeNull();
    sendMany(t, 2);
    expect(t.hintFor(C, 2 * MIN, 4)).toBeNull();
    t.ownSend(C, 2 * MIN, 4);
    expect(t.hintFor(C, 6 * MIN, 4)).toEqual({ nth: 4, minutes: 6 });
  });

  test('at most one hint per run', () => {
    const t = new BurstTracker();
    sendMany(t, 3);
    expect(t.hintFor(C, 3 * MIN, 4)).not.toBeNull();
    t.markHinted(C, 3 * MIN);
    expect(t.hintFor(C, 3 * MIN, 4)).toBeNull();
    t.ownSend(C, 4 * MIN, 4);
    expect(t.hintFor(C, 5 * MIN, 4)).toBeNull();
  });

  test('a burst is counted once per run, at the threshold-th send', () => {
    const t = new BurstTracker();
    expect(sendMany(t, 7)).toEqual([false, false, false, true, false, false, false]);
  });

  test('someone else posting ends the run', () => {
    const t = new BurstTracker();
    sendMany(t, 3);
    t.othersPosted(C);
    expect(t.sends(C, 3 * MIN)).toBe(0);
    expect(t.hintFor(C, 3 * MIN, 4)).toBeNull();
    // A new run can become a burst again.
    expect(sendMany(t, 4, 4 * MIN)).toEqual([false, false, false, true]);
  });

  test('a pause longer than the window ends the run', () => {
    const t = new BurstTracker();
    sendMany(t, 3);
    const later = 2 * MIN + BURST_WINDOW_MS + 1;
    expect(t.hintFor(C, later, 4)).toBeNull();
    expect(t.ownSend(C, later, 4)).toBe(false);
    expect(t.sends(C, later)).toBe(1);
  });

  test('conversations are counted apart', () => {
    const t = new BurstTracker();
    sendMany(t, 3, 0, 4, 'T1/C1');
    sendMany(t, 1, 0, 4, 'T1/C2');
    expect(t.hintFor('T1/C1', 3 * MIN, 4)).not.toBeNull();
    expect(t.hintFor('T1/C2', 3 * MIN, 4)).toBeNull();
    t.othersPosted('T1/C2');
    expect(t.sends('T1/C1', 3 * MIN)).toBe(3);
  });

  test('strict hints the 3rd, gentle the 6th', () => {
    const t = new BurstTracker();
    sendMany(t, 2);
    expect(t.hintFor(C, 2 * MIN, 3)?.nth).toBe(3);
    expect(t.hintFor(C, 2 * MIN, 6)).toBeNull();
  });
});
