// The weekly stats in extension storage (browser glue around the pure lib/stats). Writers go
// through one queue per extension context so a burst of records never loses an update; the
// background is the only context that adds records.

import { storage } from 'wxt/utils/storage';
import { addBurstEvent, addRecord, pruneStats, type Clock } from '../stats/aggregate';
import { currentTimeZone } from '../stats/calendar';
import { STATS_SCHEMA, emptyStats, parseStats, type StatsData } from '../stats/schema';
import type { BurstEvent, MessageRecord } from '../messaging/protocol';

/** Storage version of `local:stats` (bump with a migration when StatsData changes shape). */
export const STATS_VERSION = 1;

export const statsItem = storage.defineItem<StatsData>('local:stats', {
  fallback: emptyStats(),
  version: STATS_VERSION,
  // Version 1 is the first shape; later versions add migrations here, e.g. 2: (v1) => v2.
  migrations: {},
});

/** The user's calendar as this browser sees it. */
export function userClock(now = Date.now()): Clock {
  const locale = (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
  return { now, timeZone: currentTimeZone(), locale };
}

let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readRepaired(): Promise<StatsData> {
  let raw: unknown;
  try {
    raw = await statsItem.getValue();
  } catch {
    raw = 'unreadable';
  }
  const parsed = parseStats(raw);
  if (parsed.ok) return parsed.stats;
  // Corrupted, or written by a newer Candor: start over and tell the user once, in the popup.
  console.warn(`[candor] stats reset: ${parsed.reason}`);
  const fresh: StatsData = { ...emptyStats(), notice: { kind: 'reset-corrupted', at: Date.now() } };
  await statsItem.setValue(fresh);
  await statsItem.setMeta({ v: STATS_VERSION });
  return fresh;
}

/**
 * Current stats, repairing (with a notice) anything that isn't valid and forgetting weeks past
 * retention even when no new record arrives to trigger it. Never throws on bad data.
 */
export function loadStats(clock: Clock = userClock()): Promise<StatsData> {
  return serialized(async () => {
    const stats = await readRepaired();
    const pruned = pruneStats(stats, clock);
    if (pruned !== stats) await statsItem.setValue(pruned);
    return pruned;
  });
}

export function addRecordToStats(record: MessageRecord, clock: Clock = userClock()): Promise<StatsData> {
  return serialized(async () => {
    const next = addRecord(await readRepaired(), record, clock);
    await statsItem.setValue(next);
    return next;
  });
}

export function addBurstEventToStats(event: BurstEvent, clock: Clock = userClock()): Promise<StatsData> {
  return serialized(async () => {
    const next = addBurstEvent(await readRepaired(), event, clock);
    await statsItem.setValue(next);
    return next;
  });
}

export function dismissStatsNotice(): Promise<void> {
  return serialized(async () => {
    const s = await readRepaired();
    if (!s.notice) return;
    const { notice: _dropped, ...rest } = s;
    await statsItem.setValue({ ...rest, schema: STATS_SCHEMA });
  });
}

/** Stats as they change (raw values: pass them through parseStats before use). */
export function watchStats(cb: (raw: unknown) => void): () => void {
  return statsItem.watch(cb);
}
