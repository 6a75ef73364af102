import { describe, expect, test } from 'vitest';
import { addPhrase, removePhrase, setHideFigures, setPaused, setRuleEnabled, setSensitivity, setSiteEnabled } from '../../lib/settings/edit';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings } from '../../lib/settings/schema';
import { siteForUrl } from '../../lib/settings/sites';

describe('settings edits', () => {
  test('figures are shown by default; hiding them is a plain switch (older settings lack it)', () => {
    expect(DEFAULT_SETTINGS.hideFigures).toBe(false);
    expect(setHideFigures(DEFAULT_SETTINGS, true).hideFigures).toBe(true);
    expect(normalizeSettings({ sensitivity: 'strict' }).hideFigures).toBe(false);
    expect(normalizeSettings({ hideFigures: 'yes' }).hideFigures).toBe(false);
  });

  test('message-burst has its own switch like any rule', () => {
    const off = setRuleEnabled(DEFAULT_SETTINGS, 'message-burst', false);
    expect(off.disabledRules).toEqual(['message-burst']);
    expect(setRuleEnabled(off, 'message-burst', true).disabledRules).toEqual([]);
  });

  test('site switch and pause decide where Candor is active', () => {
    const off = setSiteEnabled(DEFAULT_SETTINGS, 'gmail', false);
    expect(isActiveOn(off, 'gmail')).toBe(false);
    expect(isActiveOn(off, 'slack')).toBe(true);
    const paused = setPaused(off, true);
    expect(isActiveOn(paused, 'slack')).toBe(false);
    expect(isActiveOn(setSiteEnabled(setPaused(paused, false), 'gmail', true), 'gmail')).toBe(true);
  });

  test('rules toggle without duplicates', () => {
    let s = setRuleEnabled(DEFAULT_SETTINGS, 'vague-request', false);
    s = setRuleEnabled(s, 'vague-request', false);
    expect(s.disabledRules).toEqual(['vague-request']);
    expect(setRuleEnabled(s, 'vague-request', true).disabledRules).toEqual([]);
  });

  test('sensitivity is validated', () => {
    expect(setSensitivity(DEFAULT_SETTINGS, 'strict').sensitivity).toBe('strict');
    expect(setSensitivity(DEFAULT_SETTINGS, 'extreme' as never).sensitivity).toBe('balanced');
  });

  test('phrases are trimmed, deduplicated case-insensitively, and live in one list only', () => {
    let s = addPhrase(DEFAULT_SETTINGS, 'extraPhrases', '  as   I said ');
    expect(s.extraPhrases).toEqual(['as I said']);
    expect(addPhrase(s, 'extraPhrases', 'AS I SAID')).toBe(s);
    expect(addPhrase(s, 'extraPhrases', '   ')).toBe(s);
    s = addPhrase(s, 'ignoredPhrases', 'As I said');
    expect(s.extraPhrases).toEqual([]);
    expect(s.ignoredPhrases).toEqual(['As I said']);
    expect(removePhrase(s, 'ignoredPhrases', 'As I said').ignoredPhrases).toEqual([]);
  });
});

describe('siteForUrl', () => {
  test.each([
    ['https://app.slack.com/client/T1/C2', 'slack'],
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://www.notion.so/acme/Roadmap-123', 'notion'],
    ['http://app.slack.com/client', null],
    ['https://slack.com/', null],
    ['https://mail.google.com.evil.example/', null],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });
});
