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
  /** Which composer of the sending page (its own engine in the background: engine-pool.ts). */
  composer?: string;
}

export interface AnalyzeReply {
  findings: Finding[];
}

/**
 * Sent by the content script for the burst hint (lib/dom/bursts.ts): `sent`, the user sent the
 * message that made a run of messages a burst (once per run); `folded`, a hinted draft was taken
 * back instead of sent. Counts only, like MessageRecord.
 */
export interface BurstEvent {
  site: Site;
  kind: 'sent' | 'folded';
  /** Epoch milliseconds. */
  time: number;
}

/**
 * Content script → background, on the first edit of each typing burst and on focus: "an analysis
 * is coming". It starts a stopped worker while the user is still typing, and a fresh worker
 * warms its engine then (lib/messaging/warm-up.ts). `text` only when the reply said the worker
 * was fresh and the composer holds a long document whose parse caches were lost with the worker.
 */
export interface WarmRequest {
  type: 'warm';
  options: AnalyzeOptions;
  text?: string;
  /** As in AnalyzeRequest: `text` warms this composer's engine. */
  composer?: string;
}

export interface WarmReply {
  /** This worker had not analysed anything before this request (it just started). */
  fresh: boolean;
}

export type CandorMessage =
  | { type: 'record'; record: MessageRecord }
  | { type: 'burst'; event: BurstEvent }
  | AnalyzeRequest
  | WarmRequest
  | { type: 'get-stats' }
  | { type: 'ping' };
