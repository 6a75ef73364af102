// Storage items (WXT storage, browser glue: not importable from plain Node). Only settings and
// aggregated counts are ever stored — never message text.

import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Read settings, repairing anything corrupted. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}
