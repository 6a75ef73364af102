// One typed protocol between content script, background and popup. Records carry counts only:
// never message text (the privacy promise in the README is tested end to end).

import type { Category, Site } from '../analysis/types';

/** Sent by the content script when the user sends a message (or leaves an edited Notion page). */
export interface MessageRecord {
  site: Site;
  /** Categories still present in the message at send time. */
  categories: Category[];
  /** Categories that were flagged at some point while writing this message. */
  flaggedWhileWriting: Category[];
  hintsShown: number;
  hintsApplied: number;
  hintsDismissed: number;
  wordCount: number;
  /** Epoch milliseconds at send. */
  time: number;
}

export type CandorMessage =
  | { type: 'record'; record: MessageRecord }
  | { type: 'get-stats' }
  | { type: 'ping' };
