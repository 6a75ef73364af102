// Small pure edits the popup and options page make to Settings. Each returns a new, normalized
// value, so what is written to storage is always valid.

import type { Sensitivity, Site } from '../analysis/types';
import { normalizeSettings, type Settings } from './schema';

export function setSiteEnabled(s: Settings, site: Site, enabled: boolean): Settings {
  return normalizeSettings({ ...s, sites: { ...s.sites, [site]: enabled } });
}

export function setPaused(s: Settings, paused: boolean): Settings {
  return normalizeSettings({ ...s, paused });
}

export function setRuleEnabled(s: Settings, ruleId: string, enabled: boolean): Settings {
  const others = s.disabledRules.filter((id) => id !== ruleId);
  return normalizeSettings({ ...s, disabledRules: enabled ? others : [...others, ruleId] });
}

export function setSensitivity(s: Settings, sensitivity: Sensitivity): Settings {
  return normalizeSettings({ ...s, sensitivity });
}

export type PhraseList = 'extraPhrases' | 'ignoredPhrases';

/** Collapse inner whitespace; phrases are matched case-insensitively, so compare that way too. */
export function cleanPhrase(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * Add a phrase to one list. A phrase can't be both flagged and never flagged, so adding it to
 * one list removes it from the other. Returns the settings unchanged for empty or duplicate input.
 */
export function addPhrase(s: Settings, list: PhraseList, raw: string): Settings {
  const phrase = cleanPhrase(raw);
  if (!phrase) return s;
  const key = phrase.toLowerCase();
  if (s[list].some((p) => p.toLowerCase() === key)) return s;
  const other: PhraseList = list === 'extraPhrases' ? 'ignoredPhrases' : 'extraPhrases';
  return normalizeSettings({
    ...s,
    [list]: [...s[list], phrase],
    [other]: s[other].filter((p) => p.toLowerCase() !== key),
  });
}

export function removePhrase(s: Settings, list: PhraseList, phrase: string): Settings {
  return normalizeSettings({ ...s, [list]: s[list].filter((p) => p !== phrase) });
}

export function setHideFigures(s: Settings, hideFigures: boolean): Settings {
  return normalizeSettings({ ...s, hideFigures });
}
