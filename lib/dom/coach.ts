// One Coach per hooked composer: watches it (a MutationObserver that only notes "something
// changed"), analyses on typing pauses (debounce, then idle time), hands keyed findings to the
// hint UI, keeps `data-candor-findings` true (and `data-candor-state` saying whether that is the
// analysis of the current text, lib/dom/analysis-state.ts), applies suggestions through the editor driver, and
// reports a counts-only record when the message is sent. Never touches the composer's content
// except inside apply(). The analysis itself is asynchronous (see CoachHost.analyze): results
// for text that has changed since are still shown (ranges follow the words) and re-requested.

import { countWords } from '../analysis/document';
import { reportFailureOnce } from '../errors';
import type { AnalyzeOptions, Category, Finding, Site } from '../analysis/types';
import type { MessageRecord } from '../messaging/protocol';
import type { OffSwitch } from '../settings/off-switch';
import { analyzeOptionsFor, isActiveOn, type Settings } from '../settings/schema';
import { SITE_INFO } from '../settings/sites';
import type { SiteAdapter } from '../sites/types';
import { createDriver, type EditorDriver } from './editors/index';
import { SettleState, STATE_ATTR } from './analysis-state';
import { eventInEditor } from './event-scope';
import { PendingSend } from './pending-send';
import { rangeAt, type TextMap } from './editors/text-map';
import type { ApplyOutcome, ComposerUi, ComposerUiOptions, OffSwitchKind, UiFinding } from './ui-contract';

/** The test contract; with STATE_ATTR, the only attributes Candor ever sets on the page. */
export const FINDINGS_ATTR = 'data-candor-findings';

/** Quiet time after the last change before analysing (the typing pause; benches subtract it). */
export const DEBOUNCE_MS = 400;
/** Events that mean the user edited a composer (see Coach.onInput). */
const EDIT_EVENTS = ['input', 'paste'] as const;
/** Longest wait for idle time once the pause is reached. */
const IDLE_TIMEOUT_MS = 400;
/**
 * A worker that just started has lost its parse caches: text at least this long (a Notion page, a
 * long email) is sent ahead so the pause's analysis re-parses only what changed. Shorter text
 * costs a fresh engine little once warmed (lib/messaging/warm-up.ts).
 */
const WARM_TEXT_MIN_CHARS = 2_000;

// Numbers this content script's coaches (AnalyzeRequest.composer): unique within the page.
let coachesMade = 0;

/** What a coach needs from its surroundings (timers bound to the content script's lifetime…). */
export interface CoachHost {
  /**
   * analyze(text, options).findings, wherever it runs (never on the page's main thread).
   * `composer` names this coach's composer, so it gets its own engine (engine-pool.ts).
   */
  analyze(text: string, options: AnalyzeOptions, composer?: string): Promise<Finding[]>;
  /**
   * "An analysis is coming": starts a stopped worker while the user types. Resolves true when
   * that worker was fresh (nothing analysed yet); `text` then warms its caches.
   */
  warm(options: AnalyzeOptions, text?: string, composer?: string): Promise<boolean>;
  setTimeout(fn: () => void, ms: number): number;
  requestIdleCallback?(fn: () => void, options: { timeout: number }): number;
  settings(): Settings;
  createUi(options: ComposerUiOptions): ComposerUi;
  ignorePhrase(phrase: string): void;
  /** A card's lasting off-switch: in effect on the whole page at once, then saved. */
  turnOff(sw: OffSwitch): void;
  sendRecord(record: MessageRecord): void;
  /** Report an unexpected error (development aid; never throws into the page). */
  report(err: unknown): void;
  /** The text was analysed after a typing pause (`words` in the composer now): the burst hint. */
  drafted?(coach: Coach, words: number): void;
  /** The app confirmed a message sent from this composer. */
  sent?(coach: Coach): void;
  /** The composer is being released. */
  released?(coach: Coach): void;
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
  /** Written as a paused draft (it counts no categories). */
  paused: boolean;
  counts: Omit<MessageRecord, 'categories'>;
}

export class Coach {
  readonly site: Site;
  /** This coach's composer, for its own engine in the background (AnalyzeRequest.composer). */
  private readonly composerId: string;
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
  /** The worker was told about the current typing burst (see wake). */
  private warned = false;
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
  /**
   * "Pause for this draft": no analysis, no hints, until this message is sent or emptied (or the
   * page reloads: memory only). Its record then counts no categories, as when paused everywhere.
   */
  private draftPaused = false;
  private pendingSend: PendingSend<SendSnapshot>;
  /** Categories of the visible findings, and non-text findings (message-burst) shown by others. */
  private shownCategories = '';
  private extras = new Set<string>();
  private settle: SettleState;

  constructor(
    readonly editor: HTMLElement,
    private adapter: SiteAdapter,
    private host: CoachHost,
  ) {
    this.site = adapter.site;
    this.composerId = String(++coachesMade);
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
    editor.addEventListener('focusin', this.onFocus);
    this.settle = new SettleState((state) => editor.setAttribute(STATE_ATTR, state));
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

  // Focus comes before the first key: the earliest moment to start a stopped worker.
  private onFocus = () => this.guard(() => this.wake());

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
    // Emptied: the next message is coached again. Checked on the change itself (a native read,
    // only while paused) so that typing straight on after clearing is not still paused.
    if (this.draftPaused && !this.editor.textContent?.trim()) this.draftPaused = false;
    if (this.pendingSend.pending) this.guard(() => this.pendingSend.check());
    if (!this.warned) this.wake();
    this.schedule(DEBOUNCE_MS);
  }

  /**
   * Once per typing burst (its first edit, or focus), tell the background an analysis is coming.
   * Chrome stops the idle worker after ~30 s (or any time: memory pressure, an update), and
   * starting it at the pause put its start and a cold engine between the pause and the hint; a
   * burst of typing is enough time to hide both. One message per burst, nothing per keystroke.
   */
  private wake(): void {
    if (this.warned || this.destroyed || !this.active) return;
    this.warned = true;
    const options = analyzeOptionsFor(this.host.settings(), this.site);
    this.host
      .warm(options)
      .then((fresh) => fresh && this.warmText(options))
      .catch((err) => this.host.report(err));
  }

  /** A fresh worker lost the document's parse caches: send a long document ahead, in idle time. */
  private warmText(options: AnalyzeOptions): void {
    const send = () =>
      this.guard(() => {
        if (this.destroyed || !this.active || !this.editor.isConnected) return;
        // A page only read is not analysed (judgeAfterFirstEdit), so not sent either.
        if (this.adapter.judgeAfterFirstEdit && !this.editedThisVisit) return;
        const text = this.current().text;
        if (text.length >= WARM_TEXT_MIN_CHARS) this.host.warm(options, text, this.composerId).catch((err) => this.host.report(err));
      });
    if (this.host.requestIdleCallback) this.host.requestIdleCallback(send, { timeout: IDLE_TIMEOUT_MS });
    else send();
  }

  private schedule(delay: number): void {
    if (this.destroyed || !this.active) return;
    this.settle.pending();
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
    // The pause ends the burst: the next edit wakes the worker again (it may stop meanwhile).
    this.warned = false;
    if (this.destroyed) return;
    // Nothing is due for this text: a composer gone or paused, a draft paused, a page only read so far.
    if (!this.active || !this.editor.isConnected || this.draftPaused || (this.adapter.judgeAfterFirstEdit && !this.editedThisVisit)) {
      this.settle.settled();
      return;
    }
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
      this.settle.settled();
      return;
    }
    this.inflight = true;
    this.host
      .analyze(text, options, this.composerId)
      .then((findings) => this.guard(() => this.analysed(text, key, findings)))
      .catch((err) => {
        // Nothing more will come for this text: say so rather than leave tests waiting forever.
        this.settle.settled();
        this.host.report(err);
      })
      .finally(() => {
        this.inflight = false;
        if (this.rerun && !this.destroyed) {
          this.rerun = false;
          // Only what is left of the pause: a slow analysis (a worker that was starting) must not
          // add a whole pause of its own before the re-run the user is waiting for.
          this.schedule(Math.max(0, this.lastChange + DEBOUNCE_MS - performance.now()));
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
    const now = this.current().text;
    if (now !== text) this.rerun = true;
    this.host.drafted?.(this, this.lastWords);
    this.settle.settled(text, now);
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
    if (!this.active || this.draftPaused) {
      this.clearUi();
      return;
    }
    this.renderedVersion = this.mapVersion;
    const visible = this.visible();
    if (!this.ui && visible.length) this.ui = this.createUi();
    this.ui?.update(visible);
    this.setAttr([...new Set(visible.map((e) => e.finding.category))].sort().join(' '));
  }

  /** A send gesture is waiting for the app to confirm it. */
  get sendPending(): boolean {
    return this.pendingSend.pending;
  }

  /** Show or hide a finding that is not about the text (`message-burst`) in the attribute. */
  markExtra(id: string, on: boolean): void {
    if (this.destroyed) return;
    if (on) this.extras.add(id);
    else this.extras.delete(id);
    this.setAttr(this.shownCategories);
  }

  private createUi(): ComposerUi | null {
    return (
      this.guard(() =>
        this.host.createUi({
          editor: this.editor,
          anchor: this.adapter.anchorFor(this.editor),
          scrollers: this.adapter.scrollersFor(this.editor),
          siteLabel: SITE_INFO[this.site].label,
          handlers: {
            apply: (f) => this.apply(f),
            canApply: () => this.guard(() => this.driver.canApply?.() ?? true) ?? true,
            dismiss: (f) => this.guard(() => this.dismiss(f)),
            ignorePhrase: (f) => this.guard(() => this.ignore(f)),
            shown: (f) => this.guard(() => this.shown(f)),
            turnOff: (f, what) => this.guard(() => this.turnOff(f, what)),
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
    this.settle.settled();
  }

  private setAttr(categories: string): void {
    this.shownCategories = categories;
    const value = this.extras.size ? [categories, ...[...this.extras].sort()].filter(Boolean).join(' ') : categories;
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

  private turnOff(f: UiFinding, what: OffSwitchKind): void {
    if (what === 'draft') {
      this.draftPaused = true;
      this.clearUi();
    } else if (what === 'rule') {
      const ruleId = this.byKey(f)?.finding.ruleId;
      if (ruleId) this.host.turnOff({ kind: 'rule', ruleId });
    } else {
      this.host.turnOff({ kind: 'site', site: this.site });
    }
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
      paused: this.draftPaused,
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
  private commitSend({ text, paused, counts }: SendSnapshot): void {
    const active = this.active && !paused;
    this.draftPaused = false;
    this.host.sent?.(this);
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
    else this.host.analyze(text, analyzeOptionsFor(this.host.settings(), this.site), this.composerId).then(send, () => send(this.findings));
  }

  /** Release everything: observer, listeners, UI, and the attribute itself. */
  destroy(): void {
    if (this.destroyed) return;
    // Released because the app removed the composer: that is the confirmation a send waits for.
    if (!this.editor.isConnected) this.pendingSend.check();
    this.pendingSend.cancel();
    this.host.released?.(this);
    this.destroyed = true;
    this.observer.disconnect();
    this.editor.removeEventListener('focusin', this.onFocus);
    this.guard(() => this.driver.release?.());
    for (const type of EDIT_EVENTS) this.editor.ownerDocument.removeEventListener(type, this.onInput, true);
    if (this.ui) this.guard(() => this.ui!.destroy());
    this.ui = null;
    this.entries = [];
    this.map = null;
    this.editor.removeAttribute(FINDINGS_ATTR);
    this.editor.removeAttribute(STATE_ATTR);
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
