// The hint UI for one hooked composer: owns the findings as drawn (entries and their ranges),
// the layer with the overlay and the badge, the frame loop, and the listeners; the card
// (card.ts), the pointer (hover.ts), keys (keyboard.ts) and the badge's spot
// (badge-placement.ts) are its parts. Fields are shared with those parts, not with the page.

import type { ComposerUiOptions, UiFinding } from '../ui-contract';
import { renderBadge } from '../../../components/Badge';
import { BadgePlacement } from './badge-placement';
import { CardController } from './card';
import type { Entry } from './entry';
import type { Box } from './geometry';
import { guard, report } from './guard';
import { acquireHighlights, highlightEntries, highlightsSupported, releaseHighlights, setActiveRange } from './highlights';
import type { ShadowHost } from './host';
import { HoverController } from './hover';
import { CANDOR_SHORTCUT, openNextHint } from './keyboard';
import { listen } from './listeners';
import { clippingAncestors, visibleClip } from './layout';
import { createLayerHost, Overlay } from './overlay';
import { RectCache } from './rect-cache';
import { detectTheme, type Theme } from './theme';

const THEME_TTL_MS = 1000;

export class ComposerUiImpl {
  readonly doc: Document;
  readonly win: Window;
  readonly editor: HTMLElement;
  readonly anchor: HTMLElement;
  readonly opts: ComposerUiOptions;
  readonly useHighlights: boolean;
  readonly layer: ShadowHost;
  readonly card: CardController;
  readonly hover: HoverController;
  private readonly ac = new AbortController();
  private readonly overlay: Overlay;
  private readonly badgeMount: HTMLElement;
  private readonly badge: BadgePlacement;
  private resizeObserver: ResizeObserver | null = null;

  entries: Entry[] = [];
  private byKey = new Map<string, Entry>();
  private sig = '\u0001';
  private suppressed = new Set<string>();
  /** handlers.shown fires once per finding, not on every hover (it feeds "hints shown" stats). */
  private shownKeys = new Set<string>();
  theme: Theme = 'light';
  private themeAt = -Infinity;
  /** Hit-test rects; drop() them whenever something may have moved. */
  readonly rects: RectCache;
  private editorClipAncestors: Element[] = [];
  anchorClipAncestors: Element[] = [];
  private frame = 0;
  destroyed = false;

  constructor(options: ComposerUiOptions) {
    this.opts = options;
    this.editor = options.editor;
    this.anchor = options.anchor ?? options.editor;
    this.doc = this.editor.ownerDocument;
    this.win = this.doc.defaultView ?? window;
    this.useHighlights = highlightsSupported();

    this.layer = createLayerHost(this.doc);
    const overlay = this.doc.createElement('div');
    overlay.className = 'candor-root overlay';
    this.overlay = new Overlay(this.doc, overlay);
    this.badgeMount = this.doc.createElement('div');
    this.layer.mount.append(overlay, this.badgeMount);
    this.card = new CardController(this);
    this.hover = new HoverController(this);
    this.badge = new BadgePlacement(this);
    this.rects = new RectCache(this.win, (r) => this.rangeValid(r));
  }

  /** Separate from the constructor so a failure half-way can be undone by destroy(). */
  init(): void {
    this.attachLayer();
    if (this.useHighlights) acquireHighlights(this, this.doc);
    this.refreshClipAncestors();
    this.refreshTheme(true);
    this.renderBadge();
    this.resizeObserver = listen(this, this.ac.signal);
    const signal = this.opts.signal;
    if (signal) {
      if (signal.aborted) this.destroy();
      else
        signal.addEventListener(
          'abort',
          guard(() => this.destroy()),
          { once: true },
        );
    }
  }

  /** (Re)attaches the layer: SPAs sometimes replace <body> children wholesale. */
  private attachLayer(): void {
    if (!this.layer.host.isConnected) (this.doc.body ?? this.doc.documentElement).appendChild(this.layer.host);
  }

  // ---- contract ------------------------------------------------------------------------------

  update(findings: UiFinding[]): void {
    if (this.destroyed) return;
    const visible = findings.filter((f) => !this.suppressed.has(f.key));
    // Dismissed keys are hidden until the core's next analysis, which already knows about them.
    this.suppressed.clear();
    const sig = visible.map((f) => f.key).join('\u0000');
    this.refreshTheme(false);
    const card = this.card.current;
    if (sig === this.sig) {
      // Same findings: only re-map ranges the editor invalidated (Quill and Notion replace nodes).
      let changed = false;
      visible.forEach((f, i) => {
        const e = this.entries[i];
        e.f = f;
        if (!this.rangeValid(e.range)) {
          e.range = this.mapRange(f);
          changed = true;
        }
      });
      if (changed) {
        this.pushHighlights();
        if (card) this.markActive(card.entry.range);
        this.invalidate();
      }
      return;
    }
    this.sig = sig;
    this.entries = visible.map((f) => ({ key: f.key, f, category: f.finding.category, range: this.mapRange(f) }));
    this.byKey = new Map(this.entries.map((e) => [e.key, e]));
    for (const k of this.shownKeys) if (!this.byKey.has(k)) this.shownKeys.delete(k);
    this.refreshClipAncestors();
    this.pushHighlights();
    this.renderBadge();
    if (card) {
      const still = this.byKey.get(card.key);
      if (still) {
        card.entry = still;
        this.markActive(still.range);
        this.card.render();
      } else if (card.status.kind === 'idle') {
        this.card.close('gone');
      }
      // A card busy applying or reporting a revert stays: the user must learn what happened.
    }
    this.invalidate();
  }

  openNext(): void {
    if (!this.destroyed) openNextHint(this);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.card.close('destroy');
    this.destroyed = true;
    this.ac.abort();
    this.resizeObserver?.disconnect();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.hover.destroy();
    this.badge.destroy();
    if (this.useHighlights) releaseHighlights(this);
    renderBadge(this.badgeMount, null);
    this.layer.host.remove();
    this.card.destroy();
    this.entries = [];
    this.byKey.clear();
  }

  // ---- for the card --------------------------------------------------------------------------

  /** handlers.shown, once per finding while it stays flagged. */
  noteShown(entry: Entry): void {
    if (this.shownKeys.has(entry.key)) return;
    this.shownKeys.add(entry.key);
    try {
      this.opts.handlers.shown?.(entry.f);
    } catch (error) {
      report(error);
    }
  }

  /**
   * Dismissed or switched off from the card: hide those hints now rather than after the next
   * analysis (which already knows about them). The core may have destroyed this UI meanwhile
   * (its site was switched off).
   */
  hideFindings(which: (e: Entry) => boolean): void {
    if (this.destroyed) return;
    for (const e of this.entries) if (which(e)) this.suppressed.add(e.key);
    this.entries = this.entries.filter((e) => !which(e));
    this.byKey = new Map(this.entries.map((e) => [e.key, e]));
    this.sig = this.entries.map((e) => e.key).join('\u0000');
    this.pushHighlights();
    this.renderBadge();
    this.invalidate();
  }

  markActive(range: Range | null): void {
    if (this.useHighlights) setActiveRange(this, range);
  }

  // ---- ranges, rects, clipping ---------------------------------------------------------------

  private mapRange(f: UiFinding): Range | null {
    try {
      const r = f.range();
      return this.rangeValid(r) ? r : null;
    } catch (error) {
      report(error);
      return null;
    }
  }

  rangeValid(r: Range | null): r is Range {
    return !!r && !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected && this.editor.contains(r.commonAncestorContainer);
  }

  private pushHighlights(): void {
    if (this.useHighlights) highlightEntries(this, this.entries);
  }

  /** Client rects of every finding, cached until something moves (scroll, input, resize, update). */
  currentRects(): Map<string, Box[]> {
    return this.rects.current(this.entries);
  }

  /** The part of the viewport where the composer shows. */
  editorClip(): Box | null {
    return visibleClip(this.win, this.editorClipAncestors);
  }

  private refreshClipAncestors(): void {
    this.editorClipAncestors = clippingAncestors(this.editor);
    this.anchorClipAncestors = this.anchor === this.editor ? this.editorClipAncestors : clippingAncestors(this.anchor);
  }

  /** Something moved (scroll, resize, new findings): redraw everything on the next frame. */
  invalidate(): void {
    this.rects.drop();
    this.badge.dirty = true;
    this.schedule();
  }

  /**
   * The user typed. Underlines (native highlights) follow the words by themselves, and a change
   * in the composer's size arrives through the ResizeObserver, so a keystroke only drops the
   * cached hit-test rects and, when something of ours is drawn next to the text (gutter bars,
   * overlay underlines), redraws that. No hit tests, no all-findings rect reads per key.
   */
  onTyped(): void {
    this.rects.drop();
    if (this.card.current || !this.useHighlights || this.entries.some((e) => e.category === 'wall-of-text')) {
      this.schedule();
    }
    this.badge.noteInput();
  }

  // ---- drawing ---------------------------------------------------------------------------------

  schedule(): void {
    if (this.frame || this.destroyed) return;
    this.frame = this.win.requestAnimationFrame(
      guard(() => {
        this.frame = 0;
        if (!this.destroyed) this.reposition();
      }),
    );
  }

  private reposition(): void {
    this.attachLayer();
    const origin = this.layer.host.getBoundingClientRect();
    const clip = this.editorClip();
    // With native highlights, only gutter bars need rects (hit-testing fetches its own, lazily).
    const rects = !this.useHighlights ? this.currentRects() : this.rects.of(this.entries.filter((e) => e.category === 'wall-of-text'));
    this.overlay.draw(this.entries, rects, clip, origin, this.useHighlights);
    this.badge.place(origin);
    if (this.card.current) this.card.place(clip);
  }

  private renderBadge(): void {
    renderBadge(this.badgeMount, {
      theme: this.theme,
      count: this.entries.length,
      shortcut: this.opts.shortcut === false ? null : CANDOR_SHORTCUT.label,
      onOpen: guard((byKeyboard: boolean) => {
        const first = this.entries.find((e) => this.rangeValid(e.range));
        if (first) this.card.open(first, byKeyboard ? 'keyboard' : 'pinned', 0);
      }),
    });
    this.badge.dirty = true;
    this.schedule();
  }

  refreshTheme(force: boolean): void {
    const now = this.win.performance.now();
    if (!force && now - this.themeAt < THEME_TTL_MS) return;
    this.themeAt = now;
    const theme = detectTheme(this.editor);
    if (theme === this.theme) return;
    this.theme = theme;
    this.renderBadge();
    if (this.card.current) this.card.render();
  }
}
