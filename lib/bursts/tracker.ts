// Runs of the user's own messages per conversation, in memory only (one tracker per tab). Pure:
// time is passed in, nothing is read from the page. A run ends when someone else posts in the
// conversation or after BURST_WINDOW_MS without a message from the user.

import { BURST_WINDOW_MS } from './message-burst';

interface Run {
  /** The user's messages sent in a row. */
  sends: number;
  firstAt: number;
  lastAt: number;
  /** The hint was shown in this run (at most once per conversation per run). */
  hinted: boolean;
  /** This run was counted as a burst (once per run). */
  counted: boolean;
}

export interface BurstHint {
  /** The message being written would be the nth in a row. */
  nth: number;
  /** Whole minutes since the run's first message (at least 1). */
  minutes: number;
}

/** Conversations remembered at most (a long day of channel hopping stays small). */
const MAX_CONVERSATIONS = 200;

export class BurstTracker {
  private runs = new Map<string, Run>();

  constructor(private windowMs = BURST_WINDOW_MS) {}

  private live(conversation: string, now: number): Run | undefined {
    const run = this.runs.get(conversation);
    if (run && now - run.lastAt > this.windowMs) {
      this.runs.delete(conversation);
      return undefined;
    }
    return run;
  }

  /**
   * The user sent a message. Returns true when this send makes the run a burst (the
   * threshold-th message in a row): true once per run, however many follow.
   */
  ownSend(conversation: string, now: number, threshold: number): boolean {
    let run = this.live(conversation, now);
    if (!run) {
      run = { sends: 0, firstAt: now, lastAt: now, hinted: false, counted: false };
      this.runs.delete(conversation);
      this.runs.set(conversation, run);
      if (this.runs.size > MAX_CONVERSATIONS) this.runs.delete(this.runs.keys().next().value!);
    }
    run.sends++;
    run.lastAt = now;
    if (run.counted || run.sends < threshold) return false;
    run.counted = true;
    return true;
  }

  /** Someone else posted in the conversation: the user is no longer talking alone. */
  othersPosted(conversation: string): void {
    this.runs.delete(conversation);
  }

  /** Messages the user sent in a row so far (0 when the run ended). */
  sends(conversation: string, now: number): number {
    return this.live(conversation, now)?.sends ?? 0;
  }

  /**
   * Should the message being written get the hint? Only when it would be at least the
   * threshold-th in a row, and only once per run.
   */
  hintFor(conversation: string, now: number, threshold: number): BurstHint | null {
    const run = this.live(conversation, now);
    if (!run || run.hinted || run.sends + 1 < threshold) return null;
    return { nth: run.sends + 1, minutes: Math.max(1, Math.round((now - run.firstAt) / 60_000)) };
  }

  markHinted(conversation: string, now: number): void {
    const run = this.live(conversation, now);
    if (run) run.hinted = true;
  }
}
