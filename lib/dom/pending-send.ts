// A send gesture (Enter, Ctrl/Cmd+Enter, a send button) is only a candidate: Slack with "Enter
// inserts a new line" keeps the text, Gmail keeps a compose open when it refuses a send (no
// recipient), and a look-alike button may not send at all. The candidate's snapshot is kept for
// a short window and handed on once, when the app confirms the send (SITES.md, 2026).

/** How long the app has to empty or close the composer after the gesture. */
export const SEND_CONFIRM_MS = 3000;
/** How often to look while a candidate waits (some confirmations are not mutations: hiding). */
const POLL_MS = 100;
/**
 * How long a confirmation the app asks for (Slack's "notify everyone in #channel?" before an
 * @channel message) may keep a candidate alive: the user reads it and decides, which can take
 * well over the usual window; past this the candidate is dropped like any other.
 */
export const SEND_HOLD_MAX_MS = 120_000;

export interface PendingSendHost {
  setTimeout(fn: () => void, ms: number): number;
}

export class PendingSend<T> {
  private snapshot: T | null = null;
  private deadline = 0;
  private holdUntil = 0;
  private polling = false;

  constructor(
    private host: PendingSendHost,
    /** Has the app confirmed the send (composer emptied / closed)? */
    private confirmed: () => boolean,
    /** Called once per confirmed send with the latest candidate's snapshot. */
    private onConfirmed: (snapshot: T) => void,
    /** Is the app still asking the user to confirm this send (a modal is open)? */
    private held: () => boolean = () => false,
  ) {}

  get pending(): boolean {
    return this.snapshot !== null;
  }

  /** A new gesture for the same message replaces the snapshot (latest text) and the window. */
  offer(snapshot: T): void {
    this.snapshot = snapshot;
    const now = performance.now();
    this.deadline = now + SEND_CONFIRM_MS;
    this.holdUntil = now + SEND_HOLD_MAX_MS;
    if (!this.polling) {
      this.polling = true;
      this.host.setTimeout(() => this.poll(), POLL_MS);
    }
  }

  /** Look now (on a mutation, or before the composer is released). */
  check(): void {
    if (this.snapshot === null) return;
    if (this.confirmed()) {
      const s = this.snapshot;
      this.snapshot = null;
      this.onConfirmed(s);
    } else if (performance.now() > this.deadline) {
      // While the app's own confirmation is open the message is neither sent nor abandoned yet.
      const now = performance.now();
      if (now < this.holdUntil && this.held()) this.deadline = Math.min(now + SEND_CONFIRM_MS, this.holdUntil);
      else this.snapshot = null;
    }
  }

  /** The app confirmed in a way no check can see (the page itself is going away). */
  confirmNow(): void {
    if (this.snapshot === null || performance.now() > this.deadline) return;
    const s = this.snapshot;
    this.snapshot = null;
    this.onConfirmed(s);
  }

  cancel(): void {
    this.snapshot = null;
  }

  private poll(): void {
    this.check();
    if (this.snapshot === null) this.polling = false;
    else this.host.setTimeout(() => this.poll(), POLL_MS);
  }
}
