// PendingSend: a send gesture is a candidate, recorded once when the app confirms it within
// SEND_CONFIRM_MS (Gmail closes the compose, Slack empties the composer), never after.

import { afterEach, describe, expect, test, vi } from 'vitest';
import { PendingSend, SEND_CONFIRM_MS, SEND_HOLD_MAX_MS } from '../../lib/dom/pending-send';

let now = 0;
afterEach(() => vi.restoreAllMocks());

function setup() {
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const timers: Array<() => void> = [];
  let confirmed = false;
  let held = false;
  const got: string[] = [];
  const pending = new PendingSend<string>(
    { setTimeout: (fn) => timers.push(fn) },
    () => confirmed,
    (s) => got.push(s),
    () => held,
  );
  const runTimers = () => {
    for (const fn of timers.splice(0)) fn();
  };
  return { pending, got, runTimers, confirm: () => (confirmed = true), hold: (h: boolean) => (held = h) };
}

describe('PendingSend', () => {
  test('counts once, when the app confirms within the window', () => {
    const { pending, got, runTimers, confirm } = setup();
    pending.offer('a');
    runTimers();
    expect(got).toEqual([]);
    confirm();
    now = 500;
    runTimers();
    pending.check();
    runTimers();
    expect(got).toEqual(['a']);
  });

  test('a repeated gesture replaces the candidate: still one record', () => {
    const { pending, got, confirm } = setup();
    pending.offer('a');
    pending.offer('b');
    confirm();
    pending.check();
    pending.check();
    expect(got).toEqual(['b']);
  });

  test('a refused send (no confirmation in the window) counts 0, even if confirmed later', () => {
    const { pending, got, runTimers, confirm } = setup();
    pending.offer('a');
    now = SEND_CONFIRM_MS + 1;
    runTimers();
    confirm();
    pending.check();
    expect(got).toEqual([]);
    expect(pending.pending).toBe(false);
  });

  test('confirmNow (the page closes) records a pending candidate once, and nothing past the window', () => {
    const { pending, got } = setup();
    pending.offer('a');
    pending.confirmNow();
    pending.confirmNow();
    expect(got).toEqual(['a']);
    pending.offer('b');
    now = SEND_CONFIRM_MS + 1;
    pending.confirmNow();
    expect(got).toEqual(['a']);
  });

  test('an open confirmation (Slack @channel) keeps the candidate past the window, then counts once', () => {
    const { pending, got, runTimers, confirm, hold } = setup();
    pending.offer('a');
    hold(true);
    for (now = 0; now <= 30_000; now += 1000) runTimers();
    expect(pending.pending).toBe(true);
    hold(false);
    confirm();
    runTimers();
    pending.check();
    expect(got).toEqual(['a']);
  });

  test('a confirmation the user cancels: the candidate goes one window after the dialog closes', () => {
    const { pending, got, runTimers, confirm, hold } = setup();
    pending.offer('a');
    hold(true);
    for (now = 0; now <= 10_000; now += 1000) runTimers();
    hold(false);
    now += SEND_CONFIRM_MS + 1;
    runTimers();
    expect(pending.pending).toBe(false);
    confirm();
    pending.check();
    expect(got).toEqual([]);
  });

  test('a hold never lasts past SEND_HOLD_MAX_MS', () => {
    const { pending, got, runTimers, confirm, hold } = setup();
    pending.offer('a');
    hold(true);
    for (now = 0; now <= SEND_HOLD_MAX_MS + 1000; now += 1000) runTimers();
    expect(pending.pending).toBe(false);
    confirm();
    pending.check();
    expect(got).toEqual([]);
  });
});
