// Failures carry a name: a throwing rule or adapter is logged once per id, with the id and the
// error's class but never its message (which may quote the user's text).

import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { analyze } from '../lib/analysis/index';
import { RULES } from '../lib/analysis/rules/index';
import { reportFailureOnce, resetFailureLog } from '../lib/errors';

const SECRET = 'the launch plan is late again';
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  resetFailureLog();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('reportFailureOnce', () => {
  test('once per kind and id, with the id and not the message', () => {
    reportFailureOnce('rule', 'ownerless-ask', new TypeError(SECRET));
    reportFailureOnce('rule', 'ownerless-ask', new TypeError(SECRET));
    reportFailureOnce('adapter', 'ownerless-ask', new Error(SECRET));
    reportFailureOnce('rule', 'sarcasm', 'thrown string');
    expect(warn).toHaveBeenCalledTimes(3);
    const lines = warn.mock.calls.map((c) => c.join(' '));
    expect(lines[0]).toContain('rule "ownerless-ask"');
    expect(lines[0]).toContain('TypeError');
    expect(lines[1]).toContain('adapter "ownerless-ask"');
    expect(lines[2]).toContain('rule "sarcasm"');
    for (const l of lines) expect(l).not.toContain('launch');
  });

  test('a console that throws does not', () => {
    warn.mockImplementation(() => {
      throw new Error('patched by the page');
    });
    expect(() => reportFailureOnce('adapter', 'slack', new Error('x'))).not.toThrow();
  });
});

describe('the engine', () => {
  test('a throwing rule is skipped, logged once with its id, and the others still run', () => {
    const rule = RULES[0];
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error(SECRET);
    });
    const before = process.env.CANDOR_STRICT;
    delete process.env.CANDOR_STRICT;
    try {
      // Distinct texts: the engine caches its last result.
      analyze('can someone look at this at some point', { site: 'slack' });
      analyze('can someone look at that at some point', { site: 'slack' });
    } finally {
      if (before !== undefined) process.env.CANDOR_STRICT = before;
    }
    expect(rule.check).toHaveBeenCalledTimes(2);
    const mine = warn.mock.calls.filter((c) => String(c[0]).includes(`"${rule.meta.id}"`));
    expect(mine).toHaveLength(1);
    expect(String(mine[0][0])).not.toContain('launch');
  });
});
