// The content script's wiring, kept out of entrypoints/ (which only calls runContentScript):
// find composers now and as they appear (one MutationObserver, batched per frame, looking only
// at added subtrees), release removed ones, follow settings live, detect sends in the capture
// phase (before the app clears the composer), and clean up everything when the extension is
// updated or disabled. Nothing here may throw into the host page.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { AnalyzeOptions, Finding } from '../analysis/types';
import type { AnalyzeReply, CandorMessage, MessageRecord, WarmReply } from '../messaging/protocol';
import type { DiagnosticCounts } from '../messaging/diagnostics';
import { turnOff, type OffSwitch } from '../settings/off-switch';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings/schema';
import { adapterForHost } from '../sites/index';
import { guardAdapter } from '../sites/guard';
import type { SiteAdapter } from '../sites/types';
import { readSettings, settingsItem, watchSettings } from '../store/items';
import { Bursts, type BurstEventKind } from './bursts';
import { STATE_ATTR } from './analysis-state';
import { Coach, FINDINGS_ATTR } from './coach';
import { answerDiagnostics, countCandidates } from './diagnostics';
import { bridgeDiagnostics } from './main-world/bridge-client';
import { eventInEditor } from './event-scope';
import { createComposerUi } from './ui/index';

let reported = 0;
function report(err: unknown): void {
  if (reported++ < 5) {
    try {
      console.debug('[candor]', err);
    } catch {
      /* console may be patched by the page */
    }
  }
}

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const found = adapterForHost(location.hostname);
  if (!found) return;
  const adapter = guardAdapter(found);
  let settings: Settings = DEFAULT_SETTINGS;
  try {
    settings = await readSettings();
  } catch (err) {
    report(err);
  }
  if (ctx.isInvalid) return;
  new ContentScript(ctx, adapter, settings).start();
}

class ContentScript {
  private coaches = new Map<HTMLElement, Coach>();
  private added: Node[] = [];
  private removedSeen = false;
  private frame = 0;
  private observer: MutationObserver | null = null;
  /** The burst hint, where the site shows conversations (lib/dom/bursts.ts). */
  private bursts: Bursts | null;

  constructor(
    private ctx: ContentScriptContext,
    private adapter: SiteAdapter,
    private settings: Settings,
  ) {
    const source = adapter.conversations;
    this.bursts = source
      ? new Bursts(adapter, source, {
          settings: () => this.settings,
          setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
          event: (kind) => this.sendBurstEvent(kind),
          report,
        })
      : null;
  }

  start(): void {
    const { ctx } = this;
    this.scan(document);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true });

    const unwatch = watchSettings((s) => this.guard(() => this.onSettings(s)));
    ctx.onInvalidated(() => {
      // UI first: once the context is gone the storage API throws, and a throw here used to
      // leave every hint on the page and surface as an uncaught error in the app.
      this.stop();
      try {
        unwatch();
      } catch {
        /* the listener died with the context */
      }
    });
    // Chrome neither stops this script nor tells it when the extension is reloaded, updated or
    // disabled; WXT only notices when the context is next consulted (a typing pause, a send).
    // Consulting it every second (one property read) takes hints off a draft the user is only
    // reading.
    ctx.setInterval(() => {}, 1000);
    answerDiagnostics(ctx, () => this.diagnosticCounts());

    // Capture phase on window: runs before the app's own handlers clear or close the composer.
    ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => this.guard(() => this.onKeydown(e)), { capture: true });
    ctx.addEventListener(window, 'click', (e: MouseEvent) => this.guard(() => this.onClick(e)), { capture: true });
    // Gmail's buttons act on mouseup and the compose can be gone before any click. Where sends
    // are confirmed, a press is only a candidate, so mouseup and click together still count once.
    if (this.adapter.sendConfirmation) {
      ctx.addEventListener(window, 'mouseup', (e: MouseEvent) => this.guard(() => e.button === 0 && this.onClick(e)), { capture: true });
    }
    // A page that closes holds no composer any more: Gmail's pop-out compose window closes itself
    // once the mail is sent. beforeunload comes first, while a message can still leave the page
    // (one sent from pagehide was lost in Chromium); pagehide covers closes without it.
    if (this.adapter.sendConfirmation === 'closed') {
      const closing = () =>
        this.guard(() => {
          for (const c of this.coaches.values()) c.pageClosing();
        });
      ctx.addEventListener(window, 'beforeunload', closing);
      ctx.addEventListener(window, 'pagehide', closing);
    }
    if (this.adapter.sendsOnLeave) {
      const leave = () => this.guard(() => this.recordEdited());
      ctx.addEventListener(window, 'wxt:locationchange', leave);
      ctx.addEventListener(window, 'pagehide', leave);
      ctx.addEventListener(document, 'visibilitychange', () => {
        if (document.visibilityState === 'hidden') leave();
      });
    }
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      report(err);
    }
  }

  private host() {
    const { ctx } = this;
    return {
      analyze: (text: string, options: AnalyzeOptions, composer?: string) => this.analyze(text, options, composer),
      warm: (options: AnalyzeOptions, text?: string, composer?: string) => this.warm(options, text, composer),
      // Not ctx.setTimeout/requestIdleCallback: WXT's wrappers add an invalidation listener per
      // call that is never removed, one per typing pause over a long session. A plain timer
      // that checks the context when it fires is enough (coaches are destroyed on invalidation).
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(() => ctx.isValid && fn(), ms),
      requestIdleCallback:
        typeof window.requestIdleCallback === 'function'
          ? (fn: () => void, o: { timeout: number }) => window.requestIdleCallback(() => ctx.isValid && fn(), o)
          : undefined,
      settings: () => this.settings,
      createUi: createComposerUi,
      ignorePhrase: (phrase: string) => void this.ignorePhrase(phrase),
      turnOff: (sw: OffSwitch) => void this.turnOff(sw),
      sendRecord: (record: MessageRecord) => this.sendRecord(record),
      report,
      drafted: (coach: Coach, words: number) => this.bursts?.draft(coach, words),
      sent: (coach: Coach) => this.bursts?.sent(coach),
      released: (coach: Coach) => this.bursts?.release(coach),
    };
  }

  private onSettings(s: Settings): void {
    this.settings = s;
    this.bursts?.settingsChanged();
    for (const c of this.coaches.values()) c.settingsChanged();
  }

  private async ignorePhrase(phrase: string): Promise<void> {
    try {
      const s = await readSettings();
      if (s.ignoredPhrases.some((p) => p.toLowerCase() === phrase)) return;
      await settingsItem.setValue(normalizeSettings({ ...s, ignoredPhrases: [...s.ignoredPhrases, phrase] }));
    } catch (err) {
      report(err);
    }
  }

  /**
   * A card's off-switch. Every composer on the page follows it now (the storage round trip
   * would leave the hints up for a moment, and an analysis finishing meanwhile is discarded as
   * made with outdated options); then it is saved, and the options page shows it.
   */
  private async turnOff(sw: OffSwitch): Promise<void> {
    this.onSettings(turnOff(this.settings, sw));
    try {
      const stored = await readSettings();
      const next = turnOff(stored, sw);
      if (next !== stored) await settingsItem.setValue(next);
    } catch (err) {
      report(err);
    }
  }

  /** The engine runs in the background (lib/messaging/analyze-request.ts), off the page's thread. */
  private async analyze(text: string, options: AnalyzeOptions, composer?: string): Promise<Finding[]> {
    if (this.ctx.isInvalid) return [];
    const message: CandorMessage = { type: 'analyze', text, options, composer };
    const reply = (await browser.runtime.sendMessage(message)) as AnalyzeReply | undefined;
    if (!reply || !Array.isArray(reply.findings)) throw new Error('analysis unavailable');
    return reply.findings.filter((f) => f && typeof f.start === 'number' && typeof f.end === 'number' && f.start < f.end && f.end <= text.length);
  }

  /** See WarmRequest: true when the worker had not analysed anything yet. */
  private async warm(options: AnalyzeOptions, text?: string, composer?: string): Promise<boolean> {
    if (this.ctx.isInvalid) return false;
    const message: CandorMessage = text === undefined ? { type: 'warm', options } : { type: 'warm', options, text, composer };
    const reply = (await browser.runtime.sendMessage(message)) as WarmReply | undefined;
    return reply?.fresh === true;
  }

  private sendRecord(record: MessageRecord): void {
    if (this.ctx.isInvalid) return;
    const message: CandorMessage = { type: 'record', record };
    browser.runtime.sendMessage(message).catch(report);
  }

  /** Counts only: a burst was sent, or a hinted draft was folded (lib/store/records.ts). */
  private sendBurstEvent(kind: BurstEventKind): void {
    if (this.ctx.isInvalid) return;
    const message: CandorMessage = { type: 'burst', event: { site: this.adapter.site, kind, time: Date.now() } };
    browser.runtime.sendMessage(message).catch(report);
  }

  /** Counts for the popup's diagnostic (lib/messaging/diagnostics.ts); never text. */
  private diagnosticCounts(): DiagnosticCounts {
    let hooked = 0;
    for (const editor of this.coaches.keys()) if (editor.isConnected) hooked++;
    let bridge: DiagnosticCounts['bridge'] = null;
    if (this.adapter.editorKind === 'quill') {
      const { announced, composers } = bridgeDiagnostics();
      bridge = { announced, ...composers };
    }
    return { site: this.adapter.site, host: location.hostname, hooked, candidates: countCandidates(), bridge };
  }

  // --- hooking -------------------------------------------------------------------------------

  private hook(editor: HTMLElement): void {
    if (this.coaches.has(editor) || !editor.isConnected) return;
    this.coaches.set(editor, new Coach(editor, this.adapter, this.host()));
  }

  private release(editor: HTMLElement): void {
    const coach = this.coaches.get(editor);
    if (!coach) return;
    this.coaches.delete(editor);
    // Notion: a page replaced by SPA navigation was left; count it if it was edited.
    if (this.adapter.sendsOnLeave && coach.edited) coach.recordSend();
    coach.destroy();
  }

  private scan(root: Element | Document): void {
    for (const editor of this.adapter.composersIn(root)) this.hook(editor);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      // Typing inside a hooked composer is its coach's business, not ours.
      if (r.target instanceof Element && this.insideHooked(r.target)) continue;
      for (const n of r.addedNodes) if (n.nodeType === Node.ELEMENT_NODE) this.added.push(n);
      if (r.removedNodes.length) this.removedSeen = true;
    }
    if ((this.added.length || this.removedSeen) && !this.frame) {
      this.frame = this.ctx.requestAnimationFrame(() => this.guard(() => this.flush()));
      // Hidden tabs get no frames: a timer makes sure composers are still found.
      this.ctx.setTimeout(() => this.frame && this.guard(() => this.flush()), 500);
    }
  }

  private insideHooked(el: Element): boolean {
    for (const editor of this.coaches.keys()) if (editor.contains(el)) return true;
    return false;
  }

  private flush(): void {
    this.frame = 0;
    const added = this.added;
    this.added = [];
    if (this.removedSeen) {
      this.removedSeen = false;
      for (const editor of [...this.coaches.keys()]) if (!editor.isConnected) this.release(editor);
    }
    for (const n of added) {
      const el = n as Element;
      if (!el.isConnected || this.insideHooked(el)) continue;
      this.scan(el);
    }
  }

  private coachFor(target: EventTarget | null): Coach | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const [editor, coach] of this.coaches) if (editor.contains(target)) return coach;
    return undefined;
  }

  /** The composer a send button belongs to: the closest ancestor that holds a hooked editor. */
  private coachForButton(button: Element): Coach | undefined {
    for (let a: Element | null = button; a; a = a.parentElement) {
      for (const [editor, coach] of this.coaches) if (a.contains(editor)) return coach;
    }
    return undefined;
  }

  /** The hooked composer inside `scope` (a site-defined element holding one composer). */
  private coachWithin(scope: Element): Coach | undefined {
    for (const [editor, coach] of this.coaches) if (scope.contains(editor)) return coach;
    return undefined;
  }

  // --- events ----------------------------------------------------------------------------------

  private onKeydown(e: KeyboardEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    // Notion's editable root (an ancestor of the hooked page) receives the keys: eventInEditor.
    const coach = this.coachFor(target) ?? [...this.coaches.values()].find((c) => eventInEditor(e, c.editor));
    // The card's shortcut and Escape belong to the hint UI (lib/dom/ui), which listens itself.
    if (coach) {
      if (this.adapter.isSendKey(e, coach.editor)) coach.recordSend();
      return;
    }
    // The send key from another field of the same composer (Gmail's To and Subject).
    const scope = this.adapter.sendKeyScopeFor?.(target);
    const scoped = scope ? this.coachWithin(scope) : undefined;
    if (scoped && this.adapter.isSendKey(e, scoped.editor)) {
      scoped.recordSend();
      return;
    }
    // Keyboard activation of a send button (Enter / Space on Gmail's role=button div).
    if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
      const button = this.adapter.sendButtonFor(target);
      if (button) this.coachForButton(button)?.recordSend();
    }
  }

  private onClick(e: MouseEvent): void {
    if (!(e.target instanceof Element)) return;
    const button = this.adapter.sendButtonFor(e.target);
    if (button) this.coachForButton(button)?.recordSend();
  }

  private recordEdited(): void {
    for (const coach of this.coaches.values()) if (coach.edited) coach.recordSend();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.guard(() => this.bursts?.destroy());
    for (const editor of [...this.coaches.keys()]) {
      const coach = this.coaches.get(editor)!;
      this.coaches.delete(editor);
      this.guard(() => coach.destroy());
    }
    // Belt and braces: no attribute of ours survives the extension.
    for (const attr of [FINDINGS_ATTR, STATE_ATTR]) for (const el of document.querySelectorAll(`[${attr}]`)) el.removeAttribute(attr);
  }
}
