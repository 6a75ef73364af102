// The catalog's examples are true: each `flags` example fires its rule at the default sensitivity,
// each `passes` example does not. They are what the options page shows next to every check, so a
// rule change that breaks one fails here rather than misleading a reader.

import { describe, expect, test } from 'vitest';
import { RULE_CATALOG, type RuleExample } from '../../lib/analysis/catalog';
import { analyze } from '../../lib/analysis/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';

function firedRules(example: RuleExample): string[] {
  const result = analyze(example.text, {
    site: example.site,
    sensitivity: DEFAULT_SETTINGS.sensitivity,
    extraPhrases: example.extraPhrases ? [...example.extraPhrases] : undefined,
  });
  return result.findings.map((f) => f.ruleId);
}

describe('rule catalog examples', () => {
  test('the default sensitivity is the one the examples are checked at', () => {
    expect(DEFAULT_SETTINGS.sensitivity).toBe('balanced');
  });

  test.each(RULE_CATALOG.map((r) => [r.id, r] as const))('%s flags its "flags" example', (id, rule) => {
    expect(firedRules(rule.flags)).toContain(id);
  });

  test.each(RULE_CATALOG.map((r) => [r.id, r] as const))('%s leaves its "passes" example alone', (id, rule) => {
    expect(firedRules(rule.passes)).not.toContain(id);
  });

  // Shown under "Leaves alone", an example that another check flags would confuse the reader.
  test.each(RULE_CATALOG.map((r) => [r.id, r] as const))('%s: its "passes" example gets no hint at all', (_id, rule) => {
    expect(firedRules(rule.passes)).toEqual([]);
  });

  test('the two examples differ', () => {
    for (const r of RULE_CATALOG) expect(r.flags.text, r.id).not.toBe(r.passes.text);
  });
});
