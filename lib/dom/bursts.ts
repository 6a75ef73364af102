// The burst hint's glue (lib/bursts holds the logic): per tab, one tracker of the user's own
// sends per conversation; per message list, an observer that notes new rows and who sent them
// (structure only, lib/sites/slack-messages.ts); per composer, the hint while the user writes
// another message in a run. Nothing here is stored: the background only receives the counts
// "a burst was sent" and "a hinted draft was folded".

import { classifyRows, initialRowState, type RowState } from '../bursts/rows';
import { BURST_THRESHOLD, MESSAGE_BURST, MESSAGE_BURST_ID } from '../bursts/message-burst';
import { BurstTracker } from '../bursts/tracker';
import { burstWords } from '../bursts/wording';
import { isActiveOn, type Settings } from '../settings/schema';
import type { ConversationSource, SiteAdapter } from '../sites/types';
import { showBurstNotice, type BurstNoticeUi } from './ui/burst-notice';

export type BurstEventKind = 'sent' | 'folded';

/** What a composer offers the burst hint (a Coach). */
export interface BurstComposer {
  readonly editor: HTMLElement;
  /** A send gesture is waiting for the app to confirm it. */
  readonly sendPending: boolean;
  /** Show or hide a non-text finding id in `data-candor-findings`. */
  markExtra(id: string, on: boolean): void;
}

export interface BurstsHost {
  settings(): Settings;
  setTimeout(fn: () => void, ms: number): number;
  event(kind: BurstEventKind): void;
  report(err: unknown): void;
}

/** Rows are read a moment after they change: the user's own send is known by then. */
const ROW_READ_DELAY_MS = 250;

interface ListWatch {
  list: Element;
  conversation: string;
  observer: MutationObserver;
  maxTs: number;
  rows: RowState;
  timer: number;
}

interface Shown {
  conversation: string;
  ui: BurstNoticeUi;
}

export class Bursts {
  private tracker = new BurstTracker();
  private lists = new Map<Element, ListWatch>();
  private shown = new Map<BurstComposer, Shown>();

  constructor(
    private adapter: SiteAdapter,
    private source: ConversationSource,
    private host: BurstsHost,
  ) {}

  private get enabled(): boolean {
    const s = this.host.settings();
    return isActiveOn(s, this.adapter.site) && MESSAGE_BURST.sites.includes(this.adapter.site) && !s.disabledRules.includes(MESSAGE_BURST_ID);
  }

  private threshold(): number {
    return BURST_THRESHOLD[this.host.settings().sensitivity];
  }

  private conversationOf(c: BurstComposer): string | null {
    return this.source.conversationFor(c.editor, location.pathname);
  }

  /** The list for this composer's conversation, watched from now on (null: not readable). */
  private watch(c: BurstComposer, conversation: string): ListWatch | null {
    const list = this.source.messageListFor(c.editor);
    if (!list) return null;
    let w = this.lists.get(list);
    // The same list element can show another conversation after SPA navigation: start over.
    if (w && w.conversation !== conversation) {
      w.observer.disconnect();
      this.lists.delete(list);
      w = undefined;
    }
    if (!w) {
      const rows = this.source.rowsIn(list);
      const watch: ListWatch = {
        list,
        conversation,
        observer: new MutationObserver(() => this.rowsChanged(watch)),
        maxTs: rows.reduce((m, r) => Math.max(m, r.ts), 0),
        rows: initialRowState(),
        timer: 0,
      };
      watch.rows.lastSender = rows.length ? rows[rows.length - 1].sender : null;
      watch.observer.observe(list, { childList: true, subtree: true });
      this.lists.set(list, watch);
      w = watch;
    }
    return w;
  }

  private rowsChanged(w: ListWatch): void {
    if (!w.list.isConnected) {
      w.observer.disconnect();
      this.lists.delete(w.list);
      return;
    }
    if (!w.timer) w.timer = this.host.setTimeout(() => this.safely(() => this.readRows(w)), ROW_READ_DELAY_MS);
  }

  /** New rows since the last read: did anyone but the user post? */
  private readRows(w: ListWatch): void {
    w.timer = 0;
    const fresh = this.source.rowsIn(w.list).filter((r) => r.ts > w.maxTs);
    if (!fresh.length) return;
    w.maxTs = Math.max(w.maxTs, ...fresh.map((r) => r.ts));
    const { state, othersPosted } = classifyRows(w.rows, fresh);
    w.rows = state;
    if (!othersPosted) return;
    this.tracker.othersPosted(w.conversation);
    // Someone replied: the hint no longer describes the conversation.
    for (const [c, s] of this.shown) if (s.conversation === w.conversation) this.hide(c);
  }

  /**
   * Can replies be seen in this list? Only when its rows are ones Candor can read (or it is
   * empty): a list whose items match none of the row hooks would hide every reply.
   */
  private readable(w: ListWatch): boolean {
    return w.list.childElementCount === 0 || this.source.rowsIn(w.list).length > 0;
  }

  /** The composer's text was analysed (a typing pause): show the hint if this is a run. */
  draft(c: BurstComposer, words: number): void {
    this.safely(() => {
      const conversation = this.enabled ? this.conversationOf(c) : null;
      if (!conversation) return this.hide(c);
      const w = this.watch(c, conversation);
      if (w?.timer) this.readRows(w);
      const shown = this.shown.get(c);
      if (words === 0) {
        // A hinted draft taken back without sending: folded (or kept for one message later).
        if (shown && !c.sendPending) {
          this.hide(c);
          this.host.event('folded');
        }
        return;
      }
      if (shown) return;
      const now = Date.now();
      const hint = this.tracker.hintFor(conversation, now, this.threshold());
      if (!hint) return;
      this.tracker.markHinted(conversation, now);
      const anchor = this.adapter.anchorFor(c.editor);
      const copy = burstWords(hint, w !== null && this.readable(w));
      const ui = showBurstNotice(anchor, copy, () => this.safely(() => this.hide(c)));
      this.shown.set(c, { conversation, ui });
      c.markExtra(MESSAGE_BURST_ID, true);
    });
  }

  /** The app confirmed a message the user sent from this composer. */
  sent(c: BurstComposer): void {
    this.safely(() => {
      this.hide(c);
      if (!this.enabled) return;
      const conversation = this.conversationOf(c);
      if (!conversation) return;
      const w = this.watch(c, conversation);
      if (w) {
        w.rows.expectedOwn++;
        // Rows that came before this send are judged now (the send's own row among them).
        if (w.timer) this.readRows(w);
      }
      if (this.tracker.ownSend(conversation, Date.now(), this.threshold())) this.host.event('sent');
    });
  }

  /** Settings changed: a switched-off hint goes at once. */
  settingsChanged(): void {
    if (!this.enabled) for (const c of [...this.shown.keys()]) this.hide(c);
  }

  hide(c: BurstComposer): void {
    const s = this.shown.get(c);
    if (!s) return;
    this.shown.delete(c);
    s.ui.destroy();
    c.markExtra(MESSAGE_BURST_ID, false);
  }

  /** A composer went away (its hint with it). */
  release(c: BurstComposer): void {
    this.safely(() => this.hide(c));
  }

  destroy(): void {
    for (const c of [...this.shown.keys()]) this.safely(() => this.hide(c));
    for (const w of this.lists.values()) w.observer.disconnect();
    this.lists.clear();
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.host.report(err);
    }
  }
}
