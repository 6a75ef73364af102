// Where message records from the content script land (called by the background). A record is
// folded into the day's counts at once and not kept: there is no per-message history to leak.

import type { MessageRecord } from '../messaging/protocol';
import { sanitizeRecord } from '../stats/schema';
import { addRecordToStats } from './stats';

/** Validate and count one record; malformed records are dropped (returns false). */
export async function handleRecord(record: MessageRecord | unknown): Promise<boolean> {
  const clean = sanitizeRecord(record, Date.now());
  if (!clean) return false;
  await addRecordToStats(clean);
  return true;
}
