// Where message records from the content script land (called by the background). A record is
// folded into the day's counts at once and not kept: there is no per-message history to leak.

import type { BurstEvent, MessageRecord } from '../messaging/protocol';
import { sanitizeBurstEvent, sanitizeRecord } from '../stats/schema';
import { addBurstEventToStats, addRecordToStats } from './stats';

/** Validate and count one record; malformed records are dropped (returns false). */
export async function handleRecord(record: MessageRecord | unknown): Promise<boolean> {
  const clean = sanitizeRecord(record, Date.now());
  if (!clean) return false;
  await addRecordToStats(clean);
  return true;
}

/** Validate and count one burst event (`message-burst`); malformed ones are dropped. */
export async function handleBurstEvent(event: BurstEvent | unknown): Promise<boolean> {
  const clean = sanitizeBurstEvent(event, Date.now());
  if (!clean) return false;
  await addBurstEventToStats(clean);
  return true;
}
