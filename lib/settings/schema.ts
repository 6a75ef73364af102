// The user's settings: pure schema, defaults and validation (no browser.*). Stored by
// lib/store/items.ts; read by the content script (live, via storage watch) and the options page.

import type { AnalyzeOptions, Sensitivity, Site } from '../analysis/types';

export interface Settings {
  /** "Pause everywhere" from the popup. */
  paused: boolean;
  /** Per-site switch; a missing site counts as enabled. */
  sites: Record<Site, boolean>;
  /** Rule ids the user switched off. */
  disabledRules: string[];
  sensitivity: Sensitivity;
  /** The user's own phrases to flag, and phrases never to flag ("Don't flag this again"). */
  extraPhrases: string[];
  ignoredPhrases: string[];
  /** The popup shows controls only, no figures (for people who want the hints, not a score). */
  hideFigures: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  sites: { slack: true, gmail: true, notion: true },
  disabledRules: [],
  sensitivity: 'balanced',
  extraPhrases: [],
  ignoredPhrases: [],
  hideFigures: false,
};

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];
const MAX_PHRASES = 500;
const MAX_PHRASE_LENGTH = 200;

function phraseList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  for (const p of v) {
    if (typeof p !== 'string') continue;
    const t = p.trim().slice(0, MAX_PHRASE_LENGTH);
    if (t) seen.add(t);
    if (seen.size >= MAX_PHRASES) break;
  }
  return [...seen];
}

/** Any stored value → valid Settings (unknown or corrupted fields fall back to defaults). */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sites = (r.sites && typeof r.sites === 'object' ? r.sites : {}) as Record<string, unknown>;
  return {
    paused: r.paused === true,
    sites: {
      slack: sites.slack !== false,
      gmail: sites.gmail !== false,
      notion: sites.notion !== false,
    },
    disabledRules: phraseList(r.disabledRules),
    sensitivity: SENSITIVITIES.includes(r.sensitivity as Sensitivity) ? (r.sensitivity as Sensitivity) : 'balanced',
    extraPhrases: phraseList(r.extraPhrases),
    ignoredPhrases: phraseList(r.ignoredPhrases),
    hideFigures: r.hideFigures === true,
  };
}

export function isActiveOn(settings: Settings, site: Site): boolean {
  return !settings.paused && settings.sites[site] !== false;
}

export function analyzeOptionsFor(settings: Settings, site: Site): AnalyzeOptions {
  return {
    site,
    sensitivity: settings.sensitivity,
    disabledRules: settings.disabledRules,
    extraPhrases: settings.extraPhrases,
    ignoredPhrases: settings.ignoredPhrases,
  };
}
