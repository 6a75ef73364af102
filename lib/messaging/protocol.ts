// One typed protocol between content script, background and popup. Records carry counts only:
// never message text (the privacy promise in the README is tested end to end).

import type { AnalyzeOptions, Category, Finding, Site } from '../analysis/types';

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

/**
 * Content script → background: analyse this text off the page's main thread (compromise's first
 * parse of a page costs hundreds of ms; a long Notion page, seconds). Answered with
 * AnalyzeReply; the text lives only in this message and the engine's in-memory caches.
 */
export interface AnalyzeRequest {
  type: 'analyze';
  text: string;
  options: AnalyzeOptions;
}

export interface AnalyzeReply {
  findings: Finding[];
}

export type CandorMessage = { type: 'record'; record: MessageRecord } | AnalyzeRequest | { type: 'get-stats' } | { type: 'ping' };
