import { describe, expect, test } from 'vitest';
import { setRuleEnabled, setSiteEnabled } from '../../lib/settings/edit';
import { isOff, turnOff } from '../../lib/settings/off-switch';
import { DEFAULT_SETTINGS, analyzeOptionsFor, isActiveOn, normalizeSettings } from '../../lib/settings/schema';

describe('the hint card off-switches', () => {
  test('"Turn off this check" disables that rule only, everywhere, and the options toggle undoes it', () => {
    const off = turnOff(DEFAULT_SETTINGS, { kind: 'rule', ruleId: 'fuzzy-action' });
    expect(off.disabledRules).toEqual(['fuzzy-action']);
    expect(isOff(off, { kind: 'rule', ruleId: 'fuzzy-action' })).toBe(true);
    expect(isOff(off, { kind: 'rule', ruleId: 'ownerless-ask' })).toBe(false);
    for (const site of ['slack', 'gmail', 'notion'] as const) {
      expect(analyzeOptionsFor(off, site).disabledRules).toEqual(['fuzzy-action']);
      expect(isActiveOn(off, site)).toBe(true);
    }
    // The options page's rule switch is the undo.
    expect(setRuleEnabled(off, 'fuzzy-action', true)).toEqual(DEFAULT_SETTINGS);
  });

  test('"Not on this site" switches that site off, the others stay on, and the site switch undoes it', () => {
    const off = turnOff(DEFAULT_SETTINGS, { kind: 'site', site: 'slack' });
    expect(isActiveOn(off, 'slack')).toBe(false);
    expect(isActiveOn(off, 'gmail')).toBe(true);
    expect(isActiveOn(off, 'notion')).toBe(true);
    expect(off.disabledRules).toEqual([]);
    expect(setSiteEnabled(off, 'slack', true)).toEqual(DEFAULT_SETTINGS);
  });

  test('switching off twice changes nothing and keeps what the user had', () => {
    const mine = normalizeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'strict', ignoredPhrases: ['no worries'], disabledRules: ['terse-reply'] });
    const once = turnOff(mine, { kind: 'rule', ruleId: 'fuzzy-action' });
    expect(turnOff(once, { kind: 'rule', ruleId: 'fuzzy-action' })).toBe(once);
    expect(once).toEqual({ ...mine, disabledRules: ['terse-reply', 'fuzzy-action'] });
    const site = turnOff(once, { kind: 'site', site: 'notion' });
    expect(turnOff(site, { kind: 'site', site: 'notion' })).toBe(site);
    expect(site).toEqual({ ...once, sites: { slack: true, gmail: true, notion: false } });
  });

  test.each(['', 'Fuzzy Action', 'fuzzy-action; x', '-x', 'a--b'])('refuses a rule id that is not one (%j)', (ruleId) => {
    expect(turnOff(DEFAULT_SETTINGS, { kind: 'rule', ruleId })).toBe(DEFAULT_SETTINGS);
  });

  test('refuses a site that is not coached', () => {
    expect(turnOff(DEFAULT_SETTINGS, { kind: 'site', site: 'teams' as never })).toBe(DEFAULT_SETTINGS);
  });
});
