// `message-burst`: several messages in a row in one conversation before anyone else replies. It
// is not a text rule (it never reads words, only counts the user's own sends and whether someone
// else posted), so it does not run in the engine; it has the same kind of permanent id and
// catalog entry as the rules, so settings, stats and the hint speak of it the same way.

import type { Sensitivity, Site } from '../analysis/types';

export const MESSAGE_BURST_ID = 'message-burst';

/** Catalog entry, shaped like a rule's meta (RuleMeta) minus the text category. */
export const MESSAGE_BURST = {
  id: MESSAGE_BURST_ID,
  description: 'Several messages in a row in one conversation before anyone replies: offers to fold the next one into a single message.',
  /** Only Slack has conversations whose other posts can be seen (see the report for Gmail). */
  sites: ['slack'] as readonly Site[],
} as const;

/**
 * The message that would make this many in a row gets the hint: gentle 6th, balanced 4th,
 * strict 3rd. A burst is counted (stats) when that message is sent anyway.
 */
export const BURST_THRESHOLD: Record<Sensitivity, number> = { gentle: 6, balanced: 4, strict: 3 };

/** A pause this long since the user's last message in a conversation ends the run. */
export const BURST_WINDOW_MS = 10 * 60_000;
