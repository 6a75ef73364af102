// Folding message records into day buckets, and forgetting old weeks. Pure and immutable: the
// store layer reads, calls these, and writes the result in one serialized step.

import { CATEGORIES } from '../analysis/types';
import type { BurstEvent, MessageRecord } from '../messaging/protocol';
import { addDays, dayKeyOf, firstDayOfWeek, weekStartOf } from './calendar';
import { emptyBucket, type DayBucket, type StatsData } from './schema';

/** The user's calendar: where days end (time zone) and where weeks start (locale). */
export interface Clock {
  now: number;
  timeZone: string;
  locale: string;
}

/** Weeks kept, counting the current one. */
export const RETENTION_WEEKS = 26;

/** First day kept: the start of the week RETENTION_WEEKS - 1 weeks before the current one. */
export function retentionCutoff(clock: Clock): string {
  const today = dayKeyOf(clock.now, clock.timeZone);
  const thisWeek = weekStartOf(today, firstDayOfWeek(clock.locale));
  return addDays(thisWeek, -7 * (RETENTION_WEEKS - 1));
}

export function pruneStats(stats: StatsData, clock: Clock): StatsData {
  const cutoff = retentionCutoff(clock);
  const days: StatsData['days'] = {};
  let dropped = false;
  for (const [day, buckets] of Object.entries(stats.days)) {
    // Day keys are zero-padded ISO dates, so string order is date order.
    if (day >= cutoff) days[day] = buckets;
    else dropped = true;
  }
  return dropped ? { ...stats, days } : stats;
}

function addToBucket(prev: DayBucket | undefined, r: MessageRecord): DayBucket {
  const b = prev ? structuredClone(prev) : emptyBucket();
  b.messages += 1;
  b.words += r.wordCount;
  b.hintsShown += r.hintsShown;
  b.hintsApplied += r.hintsApplied;
  b.hintsDismissed += r.hintsDismissed;
  const atSend = new Set(r.categories);
  const whileWriting = new Set(r.flaggedWhileWriting);
  for (const c of CATEGORIES) {
    if (atSend.has(c)) b.flagged[c] += 1;
    if (atSend.has(c) || whileWriting.has(c)) b.raised[c] += 1;
    if (whileWriting.has(c) && !atSend.has(c)) b.fixed[c] += 1;
  }
  return b;
}

/** Add one (sanitized) record, then drop weeks past retention. Records already too old are ignored. */
export function addRecord(stats: StatsData, record: MessageRecord, clock: Clock): StatsData {
  const day = dayKeyOf(record.time, clock.timeZone);
  if (day < retentionCutoff(clock)) return pruneStats(stats, clock);
  const buckets = stats.days[day] ?? {};
  const next: StatsData = {
    ...stats,
    days: { ...stats.days, [day]: { ...buckets, [record.site]: addToBucket(buckets[record.site], record) } },
  };
  return pruneStats(next, clock);
}

/** Count one (sanitized) burst event in its day's bucket for the site. */
export function addBurstEvent(stats: StatsData, event: BurstEvent, clock: Clock): StatsData {
  const day = dayKeyOf(event.time, clock.timeZone);
  if (day < retentionCutoff(clock)) return pruneStats(stats, clock);
  const buckets = stats.days[day] ?? {};
  const b = buckets[event.site] ? structuredClone(buckets[event.site]!) : emptyBucket();
  if (event.kind === 'sent') b.bursts = (b.bursts ?? 0) + 1;
  else b.burstsFolded = (b.burstsFolded ?? 0) + 1;
  return pruneStats({ ...stats, days: { ...stats.days, [day]: { ...buckets, [event.site]: b } } }, clock);
}
