// "Import settings": the JSON that "Export all data" wrote (lib/stats/export.ts), read back.
// Pure (no browser.*): the options page reads the file and writes the result in one storage set.
//
// Strict where normalizeSettings() is forgiving. normalizeSettings repairs a corrupted stored
// value quietly; an import is the user handing us a file, so a wrong field is reported by name
// and nothing is applied. Fields the file leaves out keep their defaults (an export from an
// older version has fewer of them); fields this version does not know are an error, since
// dropping them would be a silent partial import. Stats in the file are not imported: they are
// counts on this machine, and merging two machines' weeks is not what "restore settings" means.

import type { Sensitivity, Site } from '../analysis/types';
import { cleanPhrase } from './edit';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './schema';

export type SettingsImport = { ok: true; settings: Settings; summary: string } | { ok: false; error: string };

/** Larger than any real export (500 phrases × 200 characters twice, plus 26 weeks of stats). */
export const MAX_IMPORT_BYTES = 2_000_000;
const MAX_PHRASES = 500;
const MAX_PHRASE_LENGTH = 200;
const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];
const SITE_KEYS: readonly Site[] = Object.keys(DEFAULT_SETTINGS.sites) as Site[];
const FIELDS = new Set(Object.keys(DEFAULT_SETTINGS));

class ImportError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function stringList(v: unknown, field: string, maxLength: number): string[] {
  if (!Array.isArray(v)) throw new ImportError(`settings.${field} must be a list of text.`);
  if (v.length > MAX_PHRASES) throw new ImportError(`settings.${field} has ${v.length} entries; the most Candor keeps is ${MAX_PHRASES}.`);
  return v.map((p, i) => {
    if (typeof p !== 'string') throw new ImportError(`settings.${field}[${i}] must be text.`);
    const clean = cleanPhrase(p);
    if (clean.length > maxLength) throw new ImportError(`settings.${field}[${i}] is longer than ${maxLength} characters.`);
    return clean;
  });
}

function readSettings(raw: Record<string, unknown>): Settings {
  const unknown = Object.keys(raw).filter((k) => !FIELDS.has(k));
  if (unknown.length) throw new ImportError(`settings has fields this version does not know: ${unknown.join(', ')}.`);
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  if ('paused' in raw) {
    if (typeof raw.paused !== 'boolean') throw new ImportError('settings.paused must be true or false.');
    out.paused = raw.paused;
  }
  if ('hideFigures' in raw) {
    if (typeof raw.hideFigures !== 'boolean') throw new ImportError('settings.hideFigures must be true or false.');
    out.hideFigures = raw.hideFigures;
  }
  if ('sites' in raw) {
    if (!isObject(raw.sites)) throw new ImportError('settings.sites must be an object like {"slack": true}.');
    for (const [site, on] of Object.entries(raw.sites)) {
      if (!SITE_KEYS.includes(site as Site)) throw new ImportError(`settings.sites.${site} is not a site Candor coaches (${SITE_KEYS.join(', ')}).`);
      if (typeof on !== 'boolean') throw new ImportError(`settings.sites.${site} must be true or false.`);
      out.sites[site as Site] = on;
    }
  }
  if ('sensitivity' in raw) {
    if (!SENSITIVITIES.includes(raw.sensitivity as Sensitivity)) {
      throw new ImportError(`settings.sensitivity must be ${SENSITIVITIES.join(', ')} (found ${JSON.stringify(raw.sensitivity)}).`);
    }
    out.sensitivity = raw.sensitivity as Sensitivity;
  }
  // Rule ids are kept as they are, known or not: a newer version's rule id switched off there
  // should stay off if that version is installed later (the engine ignores ids it lacks).
  if ('disabledRules' in raw) out.disabledRules = stringList(raw.disabledRules, 'disabledRules', MAX_PHRASE_LENGTH);
  if ('extraPhrases' in raw) out.extraPhrases = stringList(raw.extraPhrases, 'extraPhrases', MAX_PHRASE_LENGTH);
  if ('ignoredPhrases' in raw) out.ignoredPhrases = stringList(raw.ignoredPhrases, 'ignoredPhrases', MAX_PHRASE_LENGTH);
  const ignored = new Set(out.ignoredPhrases.map((p) => p.toLowerCase()));
  const both = out.extraPhrases.filter((p) => ignored.has(p.toLowerCase()));
  if (both.length) throw new ImportError(`"${both[0]}" is in both "Always flag" and "Never flag"; a phrase can be in one list only.`);
  return normalizeSettings(out);
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * Parse an exported file into the Settings to store, or a message saying what is wrong with it.
 * Never throws.
 */
export function parseSettingsImport(text: string): SettingsImport {
  try {
    if (text.length > MAX_IMPORT_BYTES) throw new ImportError('This file is too large to be a Candor export.');
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new ImportError('This file is not JSON. Choose the file "Export all data (JSON)" saved.');
    }
    if (!isObject(data) || data.app !== 'candor') throw new ImportError('This is not a Candor export (it has no "app": "candor").');
    if (!isObject(data.settings)) throw new ImportError('This export has no settings in it.');
    const settings = readSettings(data.settings);
    const summary =
      `Imported settings: ${plural(settings.extraPhrases.length, 'phrase')} to flag, ` +
      `${plural(settings.ignoredPhrases.length, 'phrase')} never to flag, ${plural(settings.disabledRules.length, 'check')} off.`;
    return { ok: true, settings, summary };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: `Nothing was imported. ${e.message}` };
    return { ok: false, error: 'Nothing was imported. The file could not be read.' };
  }
}
