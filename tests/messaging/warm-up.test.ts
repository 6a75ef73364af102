// The background's warm-up endpoint: it answers at once whether the worker was fresh, does its
// work in later tasks (one message per task), warms a fresh engine only once, and drops the
// findings of the text it is sent. The order of the tests matters: this file's module state is
// one worker's lifetime.

import { describe, expect, test } from 'vitest';
import { analyze, type Category } from '../../lib/analysis/index';
import { analysesRun } from '../../lib/messaging/analyze-request';
import { WARM_UP_MESSAGES, warmRequest } from '../../lib/messaging/warm-up';

/** A scheduler the test drives: tasks run only when flushed, one at a time. */
function manualScheduler() {
  const tasks: Array<() => void> = [];
  return {
    later: (fn: () => void) => void tasks.push(fn),
    pending: () => tasks.length,
    runOne: () => tasks.shift()?.(),
    runAll() {
      let n = 0;
      while (tasks.length) {
        tasks.shift()!();
        n++;
      }
      return n;
    },
  };
}

describe('warmRequest', () => {
  test('a fresh worker says so, replies before any analysis, then warms one message per task', () => {
    const s = manualScheduler();
    expect(analysesRun()).toBe(0);
    expect(warmRequest({ type: 'warm', options: { site: 'slack' } }, s.later)).toEqual({ fresh: true });
    expect(analysesRun()).toBe(0);
    s.runOne();
    expect(analysesRun()).toBe(1);
    // Each step queues the next: a real request arriving meanwhile waits for one message only.
    expect(s.pending()).toBe(1);
    expect(s.runAll()).toBe(WARM_UP_MESSAGES.length - 1);
    expect(analysesRun()).toBe(WARM_UP_MESSAGES.length);
  });

  test('a second warm-up, even before the first has run, is not fresh and queues nothing', () => {
    const s = manualScheduler();
    expect(warmRequest({ type: 'warm', options: { site: 'gmail' } }, s.later)).toEqual({ fresh: false });
    expect(s.pending()).toBe(0);
  });

  test('the text sent is analysed once, in a later task, and no findings come back', () => {
    const s = manualScheduler();
    const before = analysesRun();
    const reply = warmRequest({ type: 'warm', options: { site: 'notion' }, text: 'Can someone take a look when you get a chance?' }, s.later);
    expect(reply).toEqual({ fresh: false });
    expect(analysesRun()).toBe(before);
    expect(s.runAll()).toBe(1);
    expect(analysesRun()).toBe(before + 1);
  });

  test.each([
    ['no options', { type: 'warm' as const }],
    ['options not an object', { type: 'warm' as const, options: 'x' as never }],
    ['text not a string', { type: 'warm' as const, options: {}, text: 42 as unknown as string }],
  ])('%s → a reply, no exception', (_, request) => {
    const s = manualScheduler();
    expect(warmRequest(request, s.later)).toEqual({ fresh: false });
    expect(() => s.runAll()).not.toThrow();
  });
});

describe('WARM_UP_MESSAGES', () => {
  // A message flagged runs its rule past the prefilter: the regexes compiled, the tagger used.
  test.each(['slack', 'gmail', 'notion'] as const)('each is flagged on %s, and together they reach the phrase and ask categories', (site) => {
    const seen = new Set<Category>();
    for (const m of WARM_UP_MESSAGES) {
      const findings = analyze(m, { site }).findings;
      expect(findings.length, m).toBeGreaterThan(0);
      for (const f of findings) seen.add(f.category);
    }
    for (const c of ['vague-ask', 'passive-aggressive', 'missing-decision'] as const) expect(seen).toContain(c);
  });
});
