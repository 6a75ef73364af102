// Preact hooks over extension storage for the popup and options page (browser glue). Writes
// re-read the stored value first, so a change made meanwhile by a content script (e.g. "Don't
// flag this again" from a hint card) is never overwritten.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readSettings, settingsItem, watchSettings } from '../../lib/store/items';
import { loadStats, watchStats } from '../../lib/store/stats';
import { normalizeSettings, type Settings } from '../../lib/settings/schema';
import { parseStats, type StatsData } from '../../lib/stats/schema';

export function useSettings(): [Settings | null, (edit: (s: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const current = useRef<Settings | null>(null);
  const pending = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const show = (s: Settings) => {
    current.current = s;
    setSettings(s);
  };
  useEffect(() => {
    let live = true;
    readSettings().then((s) => live && show(s));
    // While our own writes are in flight, their echoes would briefly show older values (and
    // undo a checkbox the user just clicked): ignore them and resync once the queue drains.
    const unwatch = watchSettings((s) => live && pending.current === 0 && show(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = useCallback((edit: (s: Settings) => Settings) => {
    // Optimistic: the control reflects the change at once, in the same event.
    if (current.current) show(normalizeSettings(edit(current.current)));
    pending.current++;
    const write = queue.current.then(async () => {
      try {
        await settingsItem.setValue(normalizeSettings(edit(await readSettings())));
      } finally {
        if (--pending.current === 0) show(await readSettings());
      }
    });
    queue.current = write.catch(() => undefined);
    return write;
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
