// One Coach per hooked composer: watches it (a MutationObserver that only notes "something
// changed"), analyses on typing pauses (debounce, then idle time), hands keyed findings to the
// hint UI, keeps `data-candor-findings` true, applies suggestions through the editor driver, and
// reports a counts-only record when the message is sent. Never touches the composer's content
// except inside apply(). The analysis itself is asynchronous (see CoachHost.analyze): results
// for text that has changed since are still shown (ranges follow the words) and re-requested.

import { countWords } from '../analysis/document';
import { reportFailureOnce } from '../errors';
import type { AnalyzeOptions, Category, Finding, Site } from '../analysis/types';
import type { MessageRecord } from '../messaging/protocol';
import { analyzeOptionsFor, isActiveOn, type Settings } from '../settings/schema';
import type { SiteAdapter } from '../sites/types';
import { createDriver, type EditorDriver } from './editors/index';
import { eventInEditor } from './event-scope';
import { PendingSend } from './pending-send';
import { rangeAt, type TextMap } from './editors/text-map';
import type { ApplyOutcome, ComposerUi, ComposerUiOptions, UiFinding } from './ui-contract';

/** The test contract and the only attribute Candor ever sets on the page. */
export const FINDINGS_ATTR = 'data-candor-findings';

/** Quiet time after the last change before analysing. */
const DEBOUNCE_MS = 400;
/** Events that mean the user edited a composer (see Coach.onInput). */
const EDIT_EVENTS = ['input', 'paste'] as const;
/** Longest wait for idle time once the pause is reached. */
const IDLE_TIMEOUT_MS = 400;

/** What a coach needs from its surroundings (timers bound to the content script's lifetime…). */
export interface CoachHost {
  /** analyze(text, options).findings, wherever it runs (never on the page's main thread). */
  analyze(text: string, options: AnalyzeOptions): Promise<Finding[]>;
  setTimeout(fn: () => void, ms: number): number;
  requestIdleCallback?(fn: () => void, options: { timeout: number }): number;
  settings(): Settings;
  createUi(options: ComposerUiOptions): ComposerUi;
  ignorePhrase(phrase: string): void;
  sendRecord(record: MessageRecord): void;
  /** Report an unexpected error (development aid; never throws into the page). */
  report(err: unknown): void;
}

interface Entry extends UiFinding {
  /** The flagged words as analysed. */
  text: string;
  /** Where they were last found in the editor's text. */
  start: number;
  end: number;
}

/** What a send gesture saw: counts, and the text only until they are computed (never stored). */
interface SendSnapshot {
  text: string | null;
  counts: Omit<MessageRecord, 'categories'>;
}

export class Coach {
  readonly site: Site;
  private driver: EditorDriver;
  private ui: ComposerUi | null = null;
  private observer: MutationObserver;
  private version = 0;
  private map: TextMap | null = null;
  private mapVersion = -1;
  private renderedVersion = -1;
  private analyzedText: string | null = null;
  private analyzedKey = '';
  private findings: Finding[] = [];
  private entries: Entry[] = [];
  private dismissed = new Set<string>();
  private lastChange = 0;
  private timer = 0;
  private pending = false;
  private inflight = false;
  private rerun = false;
  private destroyed = false;
  private lastWords = 0;
  // Per message (reset when it is sent).
  private flaggedWhileWriting = new Set<Category>();
  private shownKeys = new Set<string>();
  private hintsShown = 0;
  private hintsApplied = 0;
  private hintsDismissed = 0;
  private wasEdited = false;
  /** Never reset while the composer lives (unlike `edited`, which a record clears). */
  private editedThisVisit = false;
  private pendingSend: PendingSend<SendSnapshot>;

  constructor(
    readonly editor: HTMLElement,
    private adapter: SiteAdapter,
    private host: CoachHost,
  ) {
    this.site = adapter.site;
    this.driver = createDriver(adapter.editorKind, editor, adapter.skipSelector);
    this.pendingSend = new PendingSend<SendSnapshot>(
      host,
      () => this.sendConfirmed(),
      (s) => this.guard(() => this.commitSend(s)),
      () => this.editor.isConnected && !!this.adapter.sendHeld?.(this.editor),
    );
    // Content mutations only: our own attribute write is not a change worth re-reading.
    this.observer = new MutationObserver(() => this.changed());
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
    this.edited = false;
    this.setAttr('');
    this.settingsChanged();
  }

  /** The user edited since the last record (Notion records on leaving an edited page). */
  get edited(): boolean {
    return this.wasEdited;
  }

  // The input listener is only needed until the first edit of each message: one listener call
  // fewer per keystroke while the user types.
  set edited(value: boolean) {
    this.wasEdited = value;
    if (value && !this.editedThisVisit) {
      this.editedThisVisit = true;
      // A page held back until its first edit (judgeAfterFirstEdit) is judged whole from now.
      if (this.adapter.judgeAfterFirstEdit) this.schedule(DEBOUNCE_MS);
    }
    const doc = this.editor.ownerDocument;
    for (const type of EDIT_EVENTS) {
      if (value || this.destroyed) doc.removeEventListener(type, this.onInput, true);
      else doc.addEventListener(type, this.onInput, true);
    }
  }

  // Notion's newer builds keep focus on an editable root above the page content: input events
  // target that root, and the selection tells whether this composer was edited. A paste counts
  // too: apps that insert pasted blocks themselves cancel it and fire no input event.
  private onInput = (e: Event) => {
    if (eventInEditor(e, this.editor)) this.edited = true;
  };

  private get active(): boolean {
    return isActiveOn(this.host.settings(), this.site);
  }

  /** Settings changed (or first run): clear everything at once when paused, else re-analyse. */
  settingsChanged(): void {
    if (this.destroyed) return;
    if (!this.active) {
      this.clearUi();
      return;
    }
    this.analyzedText = null;
    this.schedule(0);
  }

  private changed(): void {
    this.version++;
    if (this.pendingSend.pending) this.guard(() => this.pendingSend.check());
    this.schedule(DEBOUNCE_MS);
  }

  private schedule(delay: number): void {
    if (this.destroyed || !this.active) return;
    // Never shorten the pause the user is in the middle of.
    this.lastChange = Math.max(this.lastChange, performance.now() - (DEBOUNCE_MS - delay));
    if (this.timer || this.pending) return;
    this.timer = this.host.setTimeout(() => this.tick(), delay);
  }

  // One timer per pause instead of clear/set on every keystroke: re-arm for the remaining time.
  private tick(): void {
    this.timer = 0;
    if (this.destroyed) return;
    const wait = this.lastChange + DEBOUNCE_MS - performance.now();
    if (wait > 5) {
      this.timer = this.host.setTimeout(() => this.tick(), wait);
      return;
    }
    this.pending = true;
    const run = () => {
      this.pending = false;
      this.guard(() => this.run());
    };
    if (this.host.requestIdleCallback) this.host.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else run();
  }

  // Everything guarded here is this composer's own DOM work (reading, mapping, the hint UI):
  // named once per editor kind in the console, the details left to the host's debug report.
  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      reportFailureOnce('editor', this.adapter.editorKind, err);
      this.host.report(err);
      return undefined;
    }
  }

  /** The editor's text now; re-read only after a mutation. */
  private current(): TextMap {
    if (this.observer.takeRecords().length) this.version++;
    if (!this.map || this.mapVersion !== this.version) {
      this.map = this.driver.read();
      this.mapVersion = this.version;
    }
    return this.map;
  }

  private run(): void {
    if (this.destroyed || !this.active || !this.editor.isConnected) return;
    if (this.adapter.judgeAfterFirstEdit && !this.editedThisVisit) return;
    if (this.inflight) {
      this.rerun = true;
      return;
    }
    const map = this.current();
    const options = analyzeOptionsFor(this.host.settings(), this.site);
    const key = JSON.stringify(options);
    const text = map.text;
    if (text === this.analyzedText && key === this.analyzedKey) {
      // Same words, new nodes (formatting, Quill/Notion re-rendering): let the UI re-map ranges.
      if (this.renderedVersion !== this.mapVersion) this.render();
      return;
    }
    this.inflight = true;
    this.host
      .analyze(text, options)
      .then((findings) => this.guard(() => this.analysed(text, key, findings)))
      .catch((err) => this.host.report(err))
      .finally(() => {
        this.inflight = false;
        if (this.rerun && !this.destroyed) {
          this.rerun = false;
          this.schedule(DEBOUNCE_MS);
        }
      });
  }

  private analysed(text: string, key: string, findings: Finding[]): void {
    if (this.destroyed || !this.active) return;
    // Settings changed while this was running: its options are outdated.
    if (key !== JSON.stringify(analyzeOptionsFor(this.host.settings(), this.site))) {
      this.rerun = true;
      return;
    }
    this.analyzedText = text;
    this.analyzedKey = key;
    this.lastWords = countWords(text);
    this.findings = findings;
    for (const f of findings) this.flaggedWhileWriting.add(f.category);
    this.entries = this.toEntries(text, findings);
    // A dismissal lasts while the flagged words stay the same (same key).
    const keys = new Set(this.entries.map((e) => e.key));
    for (const k of this.dismissed) if (!keys.has(k)) this.dismissed.delete(k);
    this.render();
    if (this.current().text !== text) this.rerun = true;
  }

  private toEntries(text: string, findings: Finding[]): Entry[] {
    const seen = new Map<string, number>();
    return findings.map((finding) => {
      const words = text.slice(finding.start, finding.end);
      const base = `${finding.category}|${finding.ruleId}|${words}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const entry: Entry = {
        key: `${base}|${n}`,
        finding,
        text: words,
        start: finding.start,
        end: finding.end,
        range: () => this.guard(() => this.rangeOf(entry)) ?? null,
      };
      return entry;
    });
  }

  private visible(): Entry[] {
    return this.entries.filter((e) => !this.dismissed.has(e.key));
  }

  private render(): void {
    if (!this.active) {
      this.clearUi();
      return;
    }
    this.renderedVersion = this.mapVersion;
    const visible = this.visible();
    if (!this.ui && visible.length) this.ui = this.createUi();
    this.ui?.update(visible);
    this.setAttr([...new Set(visible.map((e) => e.finding.category))].sort().join(' '));
  }

  private createUi(): ComposerUi | null {
    return (
      this.guard(() =>
        this.host.createUi({
          editor: this.editor,
          anchor: this.adapter.anchorFor(this.editor),
          scrollers: this.adapter.scrollersFor(this.editor),
          handlers: {
            apply: (f) => this.apply(f),
            canApply: () => this.guard(() => this.driver.canApply?.() ?? true) ?? true,
            dismiss: (f) => this.guard(() => this.dismiss(f)),
            ignorePhrase: (f) => this.guard(() => this.ignore(f)),
            shown: (f) => this.guard(() => this.shown(f)),
          },
        }),
      ) ?? null
    );
  }

  private clearUi(): void {
    this.entries = [];
    this.findings = [];
    this.analyzedText = null;
    if (this.ui) {
      const ui = this.ui;
      this.ui = null;
      this.guard(() => ui.destroy());
    }
    this.setAttr('');
  }

  private setAttr(value: string): void {
    // Write only on change: Quill observes attributes on its root and re-diffs its model.
    if (this.editor.getAttribute(FINDINGS_ATTR) !== value) this.editor.setAttribute(FINDINGS_ATTR, value);
  }

  /** The flagged words' live range, following them if the text moved since the analysis. */
  private rangeOf(entry: Entry): Range | null {
    if (!this.editor.isConnected) return null;
    const map = this.current();
    if (map.text.slice(entry.start, entry.end) !== entry.text) {
      const at = nearestOccurrence(map.text, entry.text, entry.start);
      if (at < 0) return null;
      entry.start = at;
      entry.end = at + entry.text.length;
    }
    return rangeAt(map, entry.start, entry.end);
  }

  private byKey(f: UiFinding): Entry | undefined {
    return this.entries.find((e) => e.key === f.key);
  }

  async apply(f: UiFinding): Promise<ApplyOutcome> {
    try {
      const entry = this.byKey(f);
      if (!entry) return { ok: false, reason: 'stale' };
      if (!entry.finding.replacement) return { ok: false, reason: 'failed' };
      const range = this.rangeOf(entry);
      if (!range) return { ok: false, reason: 'stale' };
      // What the DOM shows must be the flagged words (block breaks and code ticks are ours).
      const plain = (s: string) => s.replace(/[\n`]/g, '').replace(/\u00a0/g, ' ');
      if (plain(range.toString()) !== plain(entry.text)) return { ok: false, reason: 'stale' };
      const outcome = await this.driver.apply(range, entry.finding.suggestion);
      if (outcome.ok) {
        this.hintsApplied++;
        this.edited = true;
        this.changed();
      }
      return outcome;
    } catch (err) {
      this.host.report(err);
      return { ok: false, reason: 'failed' };
    }
  }

  private dismiss(f: UiFinding): void {
    if (this.dismissed.has(f.key)) return;
    this.dismissed.add(f.key);
    this.hintsDismissed++;
    this.render();
  }

  private ignore(f: UiFinding): void {
    const entry = this.byKey(f);
    // The words themselves, without the sentence's punctuation around them ("per my last email,").
    const phrase = (entry?.text ?? '')
      .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
      .toLowerCase()
      .slice(0, 200);
    if (phrase) this.host.ignorePhrase(phrase);
    this.dismiss(f);
  }

  private shown(f: UiFinding): void {
    if (this.shownKeys.has(f.key)) return;
    this.shownKeys.add(f.key);
    this.hintsShown++;
  }

  /**
   * A send gesture (capture phase, before the app clears the composer): snapshot the counts of
   * what the composer holds now, never its words. Where the site confirms sends, the snapshot is
   * only a candidate, recorded once when the composer empties or closes (lib/dom/pending-send.ts).
   */
  recordSend(): void {
    this.guard(() => {
      const candidate = this.snapshotForSend();
      if (!candidate) return;
      if (this.adapter.sendConfirmation) this.pendingSend.offer(candidate);
      else this.commitSend(candidate);
    });
  }

  /**
   * The page is going away. Where a send is confirmed by the composer closing, a pending send
   * is confirmed by it: Gmail's pop-out compose window closes itself once the mail is sent.
   */
  pageClosing(): void {
    if (this.adapter.sendConfirmation === 'closed') this.guard(() => this.pendingSend.confirmNow());
  }

  /** Has the app taken the message: composer removed or hidden, or (Slack) emptied? */
  private sendConfirmed(): boolean {
    if (!this.editor.isConnected || this.editor.getClientRects().length === 0) return true;
    return this.adapter.sendConfirmation === 'emptied' && countWords(this.current().text) === 0;
  }

  // Synchronous: the app empties the composer right after the gesture's event.
  private snapshotForSend(): SendSnapshot | null {
    let text: string | null = null;
    let words = this.lastWords;
    if (this.editor.isConnected) {
      text = this.current().text;
      words = countWords(text);
    }
    if (words === 0) return null;
    return {
      text,
      counts: {
        site: this.site,
        flaggedWhileWriting: [...this.flaggedWhileWriting],
        hintsShown: this.hintsShown,
        hintsApplied: this.hintsApplied,
        hintsDismissed: this.hintsDismissed,
        wordCount: words,
        time: Date.now(),
      },
    };
  }

  /** Record one sent message and start counting the next one. */
  private commitSend({ text, counts }: SendSnapshot): void {
    const active = this.active;
    this.flaggedWhileWriting.clear();
    this.shownKeys.clear();
    this.hintsShown = this.hintsApplied = this.hintsDismissed = 0;
    if (!this.destroyed) this.edited = false;
    const flagged = new Set(counts.flaggedWhileWriting);
    const send = (findings: Finding[]) => {
      const categories = [...new Set(findings.map((f) => f.category))].sort();
      for (const c of categories) flagged.add(c);
      this.host.sendRecord({ ...counts, time: Date.now(), categories, flaggedWhileWriting: [...flagged].sort() });
    };
    if (!active) send([]);
    else if (text === null || text === this.analyzedText) send(this.findings);
    // Typed after the last pause: analyse the words as sent (only counts leave this closure).
    else this.host.analyze(text, analyzeOptionsFor(this.host.settings(), this.site)).then(send, () => send(this.findings));
  }

  /** Release everything: observer, listeners, UI, and the attribute itself. */
  destroy(): void {
    if (this.destroyed) return;
    // Released because the app removed the composer: that is the confirmation a send waits for.
    if (!this.editor.isConnected) this.pendingSend.check();
    this.pendingSend.cancel();
    this.destroyed = true;
    this.observer.disconnect();
    this.guard(() => this.driver.release?.());
    for (const type of EDIT_EVENTS) this.editor.ownerDocument.removeEventListener(type, this.onInput, true);
    if (this.ui) this.guard(() => this.ui!.destroy());
    this.ui = null;
    this.entries = [];
    this.map = null;
    this.editor.removeAttribute(FINDINGS_ATTR);
  }
}

/** Index of the occurrence of `needle` closest to `near`, or -1. Linear in the text. */
export function nearestOccurrence(text: string, needle: string, near: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near) break;
  }
  return best;
}
