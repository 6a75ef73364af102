// Preact hooks over extension storage for the popup and options page (browser glue). Writes
// re-read the stored value first, so a change made meanwhile by a content script (e.g. "Don't
// flag this again" from a hint card) is never overwritten.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { readSettings, settingsItem, watchSettings } from '../../lib/store/items';
import { loadStats, watchStats } from '../../lib/store/stats';
import { normalizeSettings, type Settings } from '../../lib/settings/schema';
import { parseStats, type StatsData } from '../../lib/stats/schema';

export function useSettings(): [Settings | null, (edit: (s: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    readSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (edit: (s: Settings) => Settings) => {
    const next = normalizeSettings(edit(await readSettings()));
    setSettings(next);
    await settingsItem.setValue(next);
  }, []);
  return [settings, update];
}

export function useStats(): StatsData | null {
  const [stats, setStats] = useState<StatsData | null>(null);
  useEffect(() => {
    let live = true;
    const reload = () => loadStats().then((s) => live && setStats(s));
    reload();
    const unwatch = watchStats((raw) => {
      const parsed = parseStats(raw);
      // Invalid values go through loadStats, which repairs them and records the notice.
      if (parsed.ok) live && setStats(parsed.stats);
      else reload();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return stats;
}
