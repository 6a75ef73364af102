// The hint UI for one hooked composer: underlines, the count badge and the hint card.
// It only draws. It never inserts into, restyles or focuses the composer except to give focus
// (and the saved selection) back after the user worked in the card from the keyboard.
//
// Layers:
// - underlines: CSS Custom Highlight API (highlights.ts), else boxes from Range.getClientRects()
//   in the overlay layer; wall-of-text also gets a gutter bar there (a squiggle under a whole
//   paragraph would shout).
// - layer host (<candor-layer>, body, position: fixed, pointer-events: none): overlay + badge.
// - card host (<candor-card>, popover="manual" → top layer, so overflow:hidden and z-index
//   fights cannot clip it, and transformed ancestors cannot shift it).
// Highlights get no pointer events, so hover/click are found by hit-testing the pointer against
// the findings' client rects (once per frame, rects cached until something moves).

import type { Category } from '../../analysis/types';
import type { ApplyOutcome, ComposerUi, ComposerUiOptions, UiFinding } from '../ui-contract';
import { renderBadge } from '../../../components/Badge';
import { renderHintCard, type CardStatus } from '../../../components/HintCard';
import { eventInEditor } from '../event-scope';
import { CATEGORY_LOOK } from './categories';
import { box, contains, intersect, placeCard, union, type Box } from './geometry';
import { guard, report } from './guard';
import {
  acquireHighlights,
  highlightsSupported,
  releaseHighlights,
  setActiveRange,
  setHighlightRanges,
} from './highlights';
import { createShadowHost, deepActiveElement, popoverSupported, type ShadowHost } from './host';
import { CARD_CSS, LAYER_CSS } from './styles';
import { detectTheme, type Theme } from './theme';

export { CATEGORY_LOOK, highlightName } from './categories';

/**
 * The keyboard shortcut that opens the card for the hint at/after the caret (and, pressed again
 * inside the card, the next hint). Alt+Shift+C is unused by Slack, Gmail and Notion; matched on
 * `code` so it works on layouts where Option+Shift+C types a character (macOS: Ç).
 * Wired by this module (window keydown, capture phase, only when the event comes from the
 * composer, an editable root around it with the selection inside it, or the card) unless
 * ComposerUiOptions.shortcut is false.
 */
export const CANDOR_SHORTCUT = { code: 'KeyC', altKey: true, shiftKey: true, label: 'Alt+Shift+C' } as const;

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;
/** A pointer resting over the composer while the user types must not pop cards up. */
const TYPING_QUIET_MS = 800;
const RECT_TTL_MS = 250;
/**
 * Typing moves words, not the composer: the badge's spot is re-checked against the app's menus
 * (a hit test per probe, ~1 ms each on a 5,000-word page) only once typing pauses this long.
 * Scrolls, resizes and new findings re-check it on the next frame.
 */
const BADGE_QUIET_MS = 250;
const THEME_TTL_MS = 1000;
const BADGE_INSET = 6;

interface Entry {
  key: string;
  f: UiFinding;
  category: Category;
  range: Range | null;
}

type CardMode = 'hover' | 'pinned' | 'keyboard';

interface CardState {
  key: string;
  entry: Entry;
  mode: CardMode;
  status: CardStatus;
  /** Which of the range's client rects the card hangs from (the one under the pointer). */
  rectIndex: number;
  lastRect: Box | null;
  original: string | null;
  savedRange: Range | null;
  prevFocus: HTMLElement | null;
}

type CloseReason =
  | 'escape'
  | 'dismiss'
  | 'ignore'
  | 'applied'
  | 'outside'
  | 'hover-leave'
  | 'typing'
  | 'gone'
  | 'scrolled'
  | 'replaced'
  | 'destroy';

/** Only one card on the page at a time, whichever composer owns it. */
let cardOwner: ComposerUiImpl | null = null;

const NOOP_UI: ComposerUi = { update() {}, openNext() {}, closeCard() {}, destroy() {} };

export function createComposerUi(options: ComposerUiOptions): ComposerUi {
  let impl: ComposerUiImpl | null = null;
  try {
    impl = new ComposerUiImpl(options);
    impl.init();
    const ui = impl;
    return {
      update: guard((findings: UiFinding[]) => ui.update(findings)),
      openNext: guard(() => ui.openNext()),
      closeCard: guard(() => ui.closeCard('escape')),
      destroy: guard(() => ui.destroy()),
    } as ComposerUi;
  } catch (error) {
    report(error);
    guard(() => impl?.destroy())();
    return NOOP_UI;
  }
}

class ComposerUiImpl {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly editor: HTMLElement;
  private readonly anchor: HTMLElement;
  private readonly opts: ComposerUiOptions;
  private readonly useHighlights: boolean;
  private readonly ac = new AbortController();
  private readonly layer: ShadowHost;
  private readonly overlay: HTMLElement;
  private readonly badgeMount: HTMLElement;
  private cardHost: ShadowHost | null = null;
  private resizeObserver: ResizeObserver | null = null;

  private entries: Entry[] = [];
  private byKey = new Map<string, Entry>();
  private sig = '\u0001';
  private suppressed = new Set<string>();
  /** handlers.shown fires once per finding, not on every hover (it feeds "hints shown" stats). */
  private shownKeys = new Set<string>();
  private card: CardState | null = null;
  private theme: Theme = 'light';
  private themeAt = -Infinity;
  private rects = new Map<string, Box[]>();
  private rectsAt = -Infinity;
  /** The badge's spot must be re-checked (geometry moved); typing alone leaves it set. */
  private badgeDirty = true;
  private badgeSpot: Box | null = null;
  private badgeWritten = '';
  private badgeTimer = 0;
  private lastInputAt = -Infinity;
  private overlaySig = '';
  private editorClipAncestors: Element[] = [];
  private anchorClipAncestors: Element[] = [];
  private frame = 0;
  private pointerFrame = 0;
  private hoverTimer = 0;
  private hoverKey: string | null = null;
  private closeTimer = 0;
  private pointer: { x: number; y: number } | null = null;
  private lastKeyAt = -Infinity;
  private destroyed = false;

  constructor(options: ComposerUiOptions) {
    this.opts = options;
    this.editor = options.editor;
    this.anchor = options.anchor ?? options.editor;
    this.doc = this.editor.ownerDocument;
    this.win = this.doc.defaultView ?? window;
    this.useHighlights = highlightsSupported();

    this.layer = createShadowHost(this.doc, 'candor-layer', LAYER_CSS, {
      position: 'fixed',
      left: '0px',
      top: '0px',
      width: '0px',
      height: '0px',
      margin: '0px',
      padding: '0px',
      border: '0px',
      overflow: 'visible',
      'pointer-events': 'none',
      'z-index': '2147483000',
      display: 'block',
    });
    this.overlay = this.doc.createElement('div');
    this.overlay.className = 'candor-root overlay';
    this.badgeMount = this.doc.createElement('div');
    this.layer.mount.append(this.overlay, this.badgeMount);
  }

  /** Separate from the constructor so a failure half-way can be undone by destroy(). */
  init(): void {
    this.attachLayer();
    if (this.useHighlights) acquireHighlights(this, this.doc);
    this.refreshClipAncestors();
    this.refreshTheme(true);
    this.renderBadge();
    this.listen();
    const signal = this.opts.signal;
    if (signal) {
      if (signal.aborted) this.destroy();
      else signal.addEventListener('abort', guard(() => this.destroy()), { once: true });
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
        if (this.card) this.markActive(this.card.entry.range);
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
    const card = this.card;
    if (card) {
      const still = this.byKey.get(card.key);
      if (still) {
        card.entry = still;
        this.markActive(still.range);
        this.renderCard();
      } else if (card.status.kind === 'idle') {
        this.closeCard('gone');
      }
      // A card busy applying or reporting a revert stays: the user must learn what happened.
    }
    this.invalidate();
  }

  openNext(): void {
    if (this.destroyed) return;
    const list = this.entries.filter((e) => this.rangeValid(e.range));
    if (list.length === 0) return;
    let target: Entry | undefined;
    if (this.card && this.focusInCard()) {
      const i = list.findIndex((e) => e.key === this.card!.key);
      target = list[(i + 1) % list.length];
    } else {
      const sel = this.win.getSelection();
      const node = sel?.focusNode;
      if (node && this.editor.contains(node)) {
        target = list.find((e) => {
          try {
            return e.range!.comparePoint(node, sel!.focusOffset) <= 0;
          } catch {
            return false;
          }
        });
      }
      target ??= list[0];
    }
    this.openCard(target, 'keyboard', 0);
  }

  closeCard(reason: CloseReason): void {
    const card = this.card;
    if (!card) return;
    const hadFocus = this.focusInCard();
    this.card = null;
    if (cardOwner === this) cardOwner = null;
    this.markActive(null);
    this.clearTimers();
    if (this.cardHost) {
      renderHintCard(this.cardHost.mount, null);
      this.hideCardHost();
    }
    if (hadFocus) this.returnFocus(card, reason !== 'applied');
  }

  destroy(): void {
    if (this.destroyed) return;
    this.closeCard('destroy');
    this.destroyed = true;
    this.ac.abort();
    this.resizeObserver?.disconnect();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    if (this.pointerFrame) this.win.cancelAnimationFrame(this.pointerFrame);
    if (this.badgeTimer) this.win.clearTimeout(this.badgeTimer);
    this.clearTimers();
    if (this.useHighlights) releaseHighlights(this);
    renderBadge(this.badgeMount, null);
    this.layer.host.remove();
    if (this.cardHost) {
      renderHintCard(this.cardHost.mount, null);
      this.cardHost.host.remove();
      this.cardHost = null;
    }
    this.entries = [];
    this.byKey.clear();
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

  private rangeValid(r: Range | null): r is Range {
    return (
      !!r &&
      !r.collapsed &&
      r.startContainer.isConnected &&
      r.endContainer.isConnected &&
      this.editor.contains(r.commonAncestorContainer)
    );
  }

  private pushHighlights(): void {
    if (!this.useHighlights) return;
    const byCategory = new Map<Category, Range[]>();
    for (const e of this.entries) {
      if (!e.range) continue;
      const list = byCategory.get(e.category);
      if (list) list.push(e.range);
      else byCategory.set(e.category, [e.range]);
    }
    setHighlightRanges(this, byCategory);
  }

  /** Client rects of every finding, cached until something moves (scroll, input, resize, update). */
  private currentRects(): Map<string, Box[]> {
    const now = this.win.performance.now();
    if (now - this.rectsAt < RECT_TTL_MS) return this.rects;
    this.rects = this.rectsOf(this.entries);
    this.rectsAt = now;
    return this.rects;
  }

  private rectsOf(entries: readonly Entry[]): Map<string, Box[]> {
    const rects = new Map<string, Box[]>();
    for (const e of entries) {
      if (!this.rangeValid(e.range)) continue;
      const list: Box[] = [];
      for (const r of Array.from(e.range.getClientRects())) {
        if (r.width > 0 && r.height > 0) list.push(box(r.left, r.top, r.right, r.bottom));
      }
      rects.set(e.key, list);
    }
    return rects;
  }

  /** Something moved (scroll, resize, new findings): redraw everything on the next frame. */
  private invalidate(): void {
    this.rectsAt = -Infinity;
    this.badgeDirty = true;
    this.schedule();
  }

  /**
   * The user typed. Underlines (native highlights) follow the words by themselves, and a change
   * in the composer's size arrives through the ResizeObserver, so a keystroke only drops the
   * cached hit-test rects and, when something of ours is drawn next to the text (gutter bars,
   * overlay underlines), redraws that. No hit tests, no all-findings rect reads per key.
   */
  private onTyped(): void {
    this.rectsAt = -Infinity;
    this.lastInputAt = this.win.performance.now();
    if (this.card || !this.useHighlights || this.entries.some((e) => e.category === 'wall-of-text')) this.schedule();
    if (this.entries.length && !this.badgeTimer) this.armBadgeCheck(BADGE_QUIET_MS);
  }

  // One timer per typing burst (re-armed for the remaining time), not clear/set per key.
  private armBadgeCheck(ms: number): void {
    this.badgeTimer = this.win.setTimeout(
      guard(() => {
        this.badgeTimer = 0;
        if (this.destroyed) return;
        const wait = this.lastInputAt + BADGE_QUIET_MS - this.win.performance.now();
        if (wait > 5) return this.armBadgeCheck(wait);
        this.badgeDirty = true;
        this.schedule();
      }),
      ms,
    );
  }

  private refreshClipAncestors(): void {
    this.editorClipAncestors = clippingAncestors(this.editor);
    this.anchorClipAncestors = this.anchor === this.editor ? this.editorClipAncestors : clippingAncestors(this.anchor);
  }

  /** The part of the viewport where `ancestors` let the element show (scrollers clip it). */
  private clip(ancestors: Element[]): Box | null {
    let c: Box | null = box(0, 0, this.win.innerWidth, this.win.innerHeight);
    for (const a of ancestors) {
      if (!c) return null;
      const r = a.getBoundingClientRect();
      const left = r.left + a.clientLeft;
      const top = r.top + a.clientTop;
      c = intersect(c, box(left, top, left + (a.clientWidth || r.width), top + (a.clientHeight || r.height)));
    }
    return c;
  }

  /** Wall-of-text is marked by a bar in the left gutter of its paragraph, hit-testable too. */
  private gutterBox(rects: Box[], clip: Box | null): Box | null {
    const u = union(lineRects(rects));
    if (!u) return null;
    // In the editor's left padding when it has some, else hugging the clip edge.
    let left = u.left - 8;
    if (clip) left = Math.max(left, clip.left + 2);
    return box(left, u.top + 2, left + 3, u.bottom - 2);
  }

  // ---- drawing ---------------------------------------------------------------------------------

  private schedule(): void {
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
    const clip = this.clip(this.editorClipAncestors);
    // With native highlights, only gutter bars need rects (hit-testing fetches its own, lazily).
    const rects = !this.useHighlights
      ? this.currentRects()
      : this.rectsOf(this.entries.filter((e) => e.category === 'wall-of-text'));
    this.drawOverlay(rects, clip, origin);
    this.placeBadge(origin);
    if (this.card) this.placeCard(clip);
  }

  private drawOverlay(rects: Map<string, Box[]>, clip: Box | null, origin: DOMRect): void {
    const marks: Array<[cls: string, b: Box, color: string]> = [];
    if (clip) {
      for (const e of this.entries) {
        const list = rects.get(e.key);
        if (!list || list.length === 0) continue;
        const look = CATEGORY_LOOK[e.category];
        if (e.category === 'wall-of-text') {
          const g = this.gutterBox(list, clip);
          if (g) marks.push(['gutter', g, look.color]);
          continue;
        }
        if (this.useHighlights) continue;
        for (const r of lineRects(list)) {
          if (look.tint) marks.push(['mark', r, look.tint]);
          marks.push(['mark', box(r.left, r.bottom - 1, r.right, r.bottom + 1), look.color]);
        }
      }
    }
    let clipPath = '';
    let transform = '';
    if (clip) {
      const w = this.win.innerWidth;
      const h = this.win.innerHeight;
      clipPath = `inset(${clip.top}px ${w - clip.right}px ${h - clip.bottom}px ${clip.left}px)`;
      transform = `translate(${-origin.left}px, ${-origin.top}px)`;
    }
    // Unchanged (the usual case while typing): no DOM writes, so no style or layout work.
    const sig = `${clipPath}|${transform}|${marks.map(([c, b, col]) => `${c} ${b.left} ${b.top} ${b.right} ${b.bottom} ${col}`).join(';')}`;
    if (sig === this.overlaySig) return;
    this.overlaySig = sig;
    const frag = this.doc.createDocumentFragment();
    for (const [cls, b, color] of marks) frag.append(this.mark(cls, b, color));
    this.overlay.replaceChildren(frag);
    if (clip) {
      this.overlay.style.clipPath = clipPath;
      this.overlay.style.transform = transform;
    }
  }

  private mark(cls: string, b: Box, color: string): HTMLElement {
    const el = this.doc.createElement('div');
    el.className = cls;
    el.style.left = `${b.left}px`;
    el.style.top = `${b.top}px`;
    el.style.width = `${Math.max(1, b.right - b.left)}px`;
    el.style.height = `${Math.max(1, b.bottom - b.top)}px`;
    el.style.background = color;
    return el;
  }

  private renderBadge(): void {
    renderBadge(this.badgeMount, {
      theme: this.theme,
      count: this.entries.length,
      shortcut: this.opts.shortcut === false ? null : CANDOR_SHORTCUT.label,
      onOpen: guard((byKeyboard: boolean) => {
        const first = this.entries.find((e) => this.rangeValid(e.range));
        if (first) this.openCard(first, byKeyboard ? 'keyboard' : 'pinned', 0);
      }),
    });
    this.badgeDirty = true;
    this.schedule();
  }

  /**
   * Bottom-right corner of the anchor's visible part (a long Notion page keeps it in view), moved
   * left past the app's own controls there (Slack's send button), hidden when an app menu or
   * dialog covers the spot or the composer is scrolled away.
   */
  private placeBadge(origin: DOMRect): void {
    const badge = this.layer.root.querySelector<HTMLElement>('[data-candor-badge]');
    if (!badge || this.entries.length === 0) return;
    if (this.badgeDirty) {
      this.badgeDirty = false;
      this.badgeSpot = this.findBadgeSpot(badge);
    }
    const spot = this.badgeSpot;
    // Write only on change: a style write re-dirties layout for the frame.
    const written = spot ? `${spot.left - origin.left} ${spot.top - origin.top}` : 'hidden';
    if (written === this.badgeWritten && badge.style.visibility) return;
    this.badgeWritten = written;
    if (spot) {
      badge.style.left = `${spot.left - origin.left}px`;
      badge.style.top = `${spot.top - origin.top}px`;
    }
    badge.style.visibility = spot ? 'visible' : 'hidden';
  }

  private findBadgeSpot(badge: HTMLElement): Box | null {
    const w = badge.offsetWidth || 24;
    const h = badge.offsetHeight || 20;
    const clip = this.clip(this.anchorClipAncestors);
    const vis = clip && intersect(rectOf(this.anchor), clip);
    let spot: Box | null = null;
    if (vis && vis.right - vis.left >= w + 2 * BADGE_INSET && vis.bottom - vis.top >= h + 2 * BADGE_INSET) {
      const top = vis.bottom - BADGE_INSET - h;
      let right = vis.right - BADGE_INSET;
      for (let tries = 0; tries < 4 && right - w >= vis.left + BADGE_INSET; tries++) {
        const candidate = box(right - w, top, right, top + h);
        const blocker = this.badgeBlocker(candidate);
        if (blocker === 'free') {
          spot = candidate;
          break;
        }
        if (blocker === 'covered') break;
        right = blocker.left - 4;
      }
    }
    return spot;
  }

  /**
   * What the page shows where the badge would go: nothing in the way ('free'), one of the app's
   * controls inside the composer (its box, to step left of it), or something else on top of the
   * composer such as a menu or dialog ('covered').
   */
  private badgeBlocker(b: Box): 'free' | 'covered' | Box {
    const y = (b.top + b.bottom) / 2;
    for (const x of [b.left + 2, (b.left + b.right) / 2, b.right - 2]) {
      const top = this.doc
        .elementsFromPoint(x, y)
        .find((el) => el !== this.layer.host && !(this.cardHost && el === this.cardHost.host));
      if (!top) continue;
      if (!(top === this.anchor || this.anchor.contains(top) || top.contains(this.anchor))) return 'covered';
      const control = top.closest(INTERACTIVE);
      if (control && this.anchor.contains(control) && !control.contains(this.editor) && !this.editor.contains(control)) {
        return rectOf(control);
      }
    }
    return 'free';
  }

  // ---- the card --------------------------------------------------------------------------------

  private ensureCardHost(): ShadowHost {
    if (this.cardHost && this.cardHost.host.isConnected) return this.cardHost;
    this.cardHost?.host.remove();
    const ch = createShadowHost(this.doc, 'candor-card', CARD_CSS, {
      position: 'fixed',
      inset: 'auto',
      left: '0px',
      top: '0px',
      margin: '0px',
      padding: '0px',
      border: '0px',
      background: 'transparent',
      overflow: 'visible',
      width: 'auto',
      height: 'auto',
      'max-width': 'none',
      'max-height': 'none',
      'z-index': '2147483647',
      'color-scheme': 'normal',
    });
    if (popoverSupported(ch.host)) ch.host.setAttribute('popover', 'manual');
    else ch.host.style.setProperty('display', 'none', 'important');
    ch.host.addEventListener('keydown', guard((e: KeyboardEvent) => this.onCardKeydown(e)));
    ch.host.addEventListener('pointerenter', () => this.cancelClose());
    ch.host.addEventListener(
      'pointerleave',
      guard(() => {
        if (this.card?.mode === 'hover' && this.card.status.kind === 'idle') this.scheduleClose();
      }),
    );
    (this.doc.body ?? this.doc.documentElement).appendChild(ch.host);
    this.cardHost = ch;
    return ch;
  }

  private openCard(entry: Entry, mode: CardMode, rectIndex: number): void {
    if (cardOwner && cardOwner !== this) cardOwner.closeCard('replaced');
    this.clearTimers();
    const prev = this.card;
    if (prev && prev.key === entry.key) {
      // Hover → click or keyboard: same card, just more committed.
      if (mode !== 'hover') prev.mode = mode;
      if (mode === 'keyboard') this.enterKeyboardMode(prev);
      this.renderCard();
      return;
    }
    const keepFocus = prev && this.focusInCard() ? { savedRange: prev.savedRange, prevFocus: prev.prevFocus } : null;
    if (prev) this.closeCardQuietly();
    this.refreshTheme(true);
    let original: string | null = null;
    try {
      original = entry.range ? entry.range.toString() : null;
    } catch {
      original = null;
    }
    const card: CardState = {
      key: entry.key,
      entry,
      mode,
      status: { kind: 'idle' },
      rectIndex,
      lastRect: null,
      original,
      savedRange: keepFocus?.savedRange ?? null,
      prevFocus: keepFocus?.prevFocus ?? null,
    };
    this.card = card;
    cardOwner = this;
    this.markActive(entry.range);
    const ch = this.ensureCardHost();
    this.renderCard();
    this.showCardHost(ch);
    this.rectsAt = -Infinity;
    this.placeCard(this.clip(this.editorClipAncestors));
    if (mode === 'keyboard') this.enterKeyboardMode(card);
    if (!this.shownKeys.has(entry.key)) {
      this.shownKeys.add(entry.key);
      try {
        this.opts.handlers.shown?.(entry.f);
      } catch (error) {
        report(error);
      }
    }
  }

  /** Only the keyboard path moves focus: save where the user was, then focus the first button. */
  private enterKeyboardMode(card: CardState): void {
    if (!card.prevFocus) {
      const active = deepActiveElement(this.doc);
      const inCard = this.cardHost && active && this.cardHost.root.contains(active);
      if (active instanceof HTMLElement && !inCard && active !== this.doc.body) card.prevFocus = active;
      const sel = this.win.getSelection();
      if (sel && sel.rangeCount > 0 && this.editor.contains(sel.getRangeAt(0).startContainer)) {
        card.savedRange = sel.getRangeAt(0).cloneRange();
      }
    }
    this.focusFirstButton();
  }

  private focusFirstButton(prefer?: string): void {
    const root = this.cardHost?.root;
    if (!root) return;
    const btn =
      (prefer && root.querySelector<HTMLElement>(`button[data-action="${prefer}"]`)) ||
      root.querySelector<HTMLElement>('button');
    btn?.focus({ preventScroll: true });
  }

  private markActive(range: Range | null): void {
    if (this.useHighlights) setActiveRange(this, range);
  }

  private renderCard(): void {
    const card = this.card;
    if (!card || !this.cardHost) return;
    const f = card.entry.f.finding;
    renderHintCard(this.cardHost.mount, {
      theme: this.theme,
      category: f.category,
      message: f.message,
      suggestion: f.suggestion,
      replacement: f.replacement,
      original: card.original,
      status: card.status,
      canApply: this.opts.handlers.canApply?.(card.entry.f) !== false,
      keysHint:
        card.mode === 'keyboard'
          ? `Esc to close${this.opts.shortcut === false ? '' : ` · ${CANDOR_SHORTCUT.label} for the next hint`}`
          : null,
      onApply: guard(() => void this.onApply()),
      onCopy: guard(() => void this.onCopy()),
      onDismiss: guard(() => this.onDismiss(false)),
      onIgnore: guard(() => this.onDismiss(true)),
    });
  }

  private showCardHost(ch: ShadowHost): void {
    if (ch.host.hasAttribute('popover')) {
      try {
        if (!ch.host.matches(':popover-open')) ch.host.showPopover();
        return;
      } catch (error) {
        report(error);
      }
    }
    ch.host.style.setProperty('display', 'block', 'important');
  }

  private hideCardHost(): void {
    const host = this.cardHost?.host;
    if (!host) return;
    try {
      if (host.hasAttribute('popover') && host.matches(':popover-open')) host.hidePopover();
    } catch (error) {
      report(error);
    }
    if (!host.hasAttribute('popover')) host.style.setProperty('display', 'none', 'important');
  }

  /** Hangs the card off its range (flipping above when there is no room below); never scrolls. */
  private placeCard(clip: Box | null): void {
    const card = this.card;
    const ch = this.cardHost;
    if (!card || !ch) return;
    const entry = card.entry;
    let anchor: Box | null = null;
    if (this.rangeValid(entry.range)) {
      const list = this.currentRects().get(entry.key) ?? [];
      if (entry.category === 'wall-of-text') {
        const lines = lineRects(list);
        const first = lines[0];
        anchor = first ? box(first.left, first.top, first.right, first.bottom) : null;
        if (first && card.rectIndex > 0) anchor = lines[Math.min(card.rectIndex, lines.length - 1)];
      } else {
        anchor = list[Math.min(card.rectIndex, list.length - 1)] ?? null;
      }
    }
    const busy = card.status.kind !== 'idle';
    const visible = anchor && clip ? intersect(anchor, clip) : null;
    if (!visible) {
      if (!busy) {
        this.closeCard('scrolled');
        return;
      }
      anchor = card.lastRect;
      if (!anchor) return;
    }
    card.lastRect = anchor;
    const host = ch.host;
    const size = host.getBoundingClientRect();
    const p = placeCard(anchor!, size, { width: this.win.innerWidth, height: this.win.innerHeight });
    host.style.setProperty('left', `${p.left}px`, 'important');
    host.style.setProperty('top', `${p.top}px`, 'important');
    // Without the top layer, a transformed/filtered ancestor shifts `fixed`: correct by measuring.
    const got = host.getBoundingClientRect();
    if (Math.abs(got.left - p.left) > 0.5 || Math.abs(got.top - p.top) > 0.5) {
      host.style.setProperty('left', `${2 * p.left - got.left}px`, 'important');
      host.style.setProperty('top', `${2 * p.top - got.top}px`, 'important');
    }
  }

  private focusInCard(): boolean {
    return !!this.cardHost && this.doc.activeElement === this.cardHost.host;
  }

  /** Give focus (and, unless an edit just happened, the caret) back to where the user was. */
  private returnFocus(card: CardState, restoreSelection: boolean): void {
    const target = card.prevFocus && card.prevFocus.isConnected ? card.prevFocus : null;
    if (!target) {
      (this.doc.activeElement as HTMLElement | null)?.blur?.();
      return;
    }
    target.focus({ preventScroll: true });
    if (restoreSelection && card.savedRange && this.rangeConnected(card.savedRange)) {
      const sel = this.win.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(card.savedRange);
    }
  }

  private rangeConnected(r: Range): boolean {
    return r.startContainer.isConnected && r.endContainer.isConnected;
  }

  /** Drops the state only: the next render reuses the card's DOM, so focus stays inside it. */
  private closeCardQuietly(): void {
    this.card = null;
  }

  private async onApply(): Promise<void> {
    const card = this.card;
    if (!card || card.status.kind === 'applying') return;
    card.status = { kind: 'applying' };
    this.renderCard();
    // The edit goes through the editor's own input path, which needs the editor focused with the
    // user's selection; from the keyboard, focus is in the card, so hand it back first.
    if (this.focusInCard()) this.returnFocus(card, true);
    let outcome: ApplyOutcome;
    try {
      outcome = (await this.opts.handlers.apply(card.entry.f)) ?? { ok: false, reason: 'failed' };
    } catch (error) {
      report(error);
      outcome = { ok: false, reason: 'failed' };
    }
    if (this.destroyed || this.card !== card) return;
    if (outcome.ok) {
      this.closeCard('applied');
      return;
    }
    card.status = { kind: 'not-applied', reason: outcome.reason };
    this.renderCard();
    if (card.mode === 'keyboard') this.focusFirstButton('copy');
    this.schedule();
  }

  private async onCopy(): Promise<void> {
    const card = this.card;
    if (!card) return;
    const text = card.entry.f.finding.suggestion;
    let ok = false;
    try {
      await this.win.navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = this.copyViaCommand(text);
    }
    if (this.card !== card) return;
    card.status = ok ? { kind: 'copied' } : { kind: 'copy-failed' };
    this.renderCard();
    this.schedule();
  }

  /** Older clipboard path that needs no permission and moves no selection. */
  private copyViaCommand(text: string): boolean {
    let done = false;
    const onCopy = (e: ClipboardEvent) => {
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
      e.stopImmediatePropagation();
      done = true;
    };
    this.doc.addEventListener('copy', onCopy, true);
    try {
      this.doc.execCommand('copy');
    } catch {
      done = false;
    } finally {
      this.doc.removeEventListener('copy', onCopy, true);
    }
    return done;
  }

  private onDismiss(forever: boolean): void {
    const card = this.card;
    if (!card) return;
    try {
      if (forever) this.opts.handlers.ignorePhrase(card.entry.f);
      else this.opts.handlers.dismiss(card.entry.f);
    } catch (error) {
      report(error);
    }
    this.closeCard(forever ? 'ignore' : 'dismiss');
    // Hide it now rather than after the next analysis.
    this.suppressed.add(card.key);
    this.entries = this.entries.filter((e) => e.key !== card.key);
    this.byKey.delete(card.key);
    this.sig = this.entries.map((e) => e.key).join('\u0000');
    this.pushHighlights();
    this.renderBadge();
    this.invalidate();
  }

  private onCardKeydown(e: KeyboardEvent): void {
    const root = this.cardHost?.root;
    if (!root || !this.card) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeCard('escape');
      return;
    }
    const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey);
    const backward = e.key === 'ArrowLeft' || e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey);
    if (!forward && !backward) return;
    // Focus cycles inside the card (it sits at the end of <body>, so Tab would otherwise leave
    // the page); Escape is the way out, back to the composer.
    const buttons = Array.from(root.querySelectorAll<HTMLElement>('button'));
    if (buttons.length === 0) return;
    const i = buttons.indexOf(root.activeElement as HTMLElement);
    const next = forward ? (i + 1) % buttons.length : (i - 1 + buttons.length) % buttons.length;
    e.preventDefault();
    buttons[next].focus({ preventScroll: true });
  }

  // ---- pointer and keyboard --------------------------------------------------------------------

  private listen(): void {
    const signal = this.ac.signal;
    const passive = { capture: true, passive: true, signal };
    const onMove = guard(() => this.invalidate());
    this.win.addEventListener('scroll', onMove, passive);
    this.win.addEventListener('resize', onMove, { passive: true, signal });
    for (const s of this.opts.scrollers ?? []) s.addEventListener('scroll', onMove, { passive: true, signal });
    this.doc.addEventListener('pointermove', guard((e: PointerEvent) => this.onPointerMove(e)), passive);
    this.doc.addEventListener('pointerdown', guard((e: PointerEvent) => this.onPointerDown(e)), passive);
    this.doc.addEventListener('click', guard((e: MouseEvent) => this.onClick(e)), passive);
    this.win.addEventListener('keydown', guard((e: KeyboardEvent) => this.onKeydown(e)), { capture: true, signal });
    // On the document: Notion's live build fires input at an editable root above the editor.
    this.doc.addEventListener(
      'input',
      guard((e: Event) => {
        if (!eventInEditor(e, this.editor)) return;
        if (this.card && this.card.status.kind === 'idle' && this.card.mode !== 'keyboard') this.closeCard('typing');
        this.onTyped();
      }),
      { capture: true, passive: true, signal },
    );
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(onMove);
      this.resizeObserver.observe(this.editor);
      if (this.anchor !== this.editor) this.resizeObserver.observe(this.anchor);
    }
    const mq = this.win.matchMedia?.('(prefers-color-scheme: dark)');
    mq?.addEventListener?.('change', guard(() => this.refreshTheme(true)), { signal });
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    if (e.buttons !== 0) {
      // Selecting text: no cards.
      this.cancelHover();
      return;
    }
    // Chromium sends synthetic moves after scrolls and layout changes; only real movement counts.
    if (this.pointer && this.pointer.x === e.clientX && this.pointer.y === e.clientY) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (!this.pointerFrame) {
      this.pointerFrame = this.win.requestAnimationFrame(
        guard(() => {
          this.pointerFrame = 0;
          this.onPointerFrame();
        }),
      );
    }
  }

  private onPointerFrame(): void {
    if (this.destroyed || !this.pointer) return;
    const { x, y } = this.pointer;
    const card = this.card;
    if (card && this.cardHost && contains(rectOf(this.cardHost.host), x, y)) {
      this.cancelClose();
      return;
    }
    const hit = this.hitTest(x, y);
    if (hit) {
      if (card && card.key === hit.entry.key) {
        this.cancelClose();
        return;
      }
      if (card && card.mode !== 'hover') return;
      if (this.win.performance.now() - this.lastKeyAt < TYPING_QUIET_MS) return;
      if (this.hoverKey === hit.entry.key) return;
      this.cancelHover();
      this.hoverKey = hit.entry.key;
      this.hoverTimer = this.win.setTimeout(
        guard(() => {
          this.hoverTimer = 0;
          const still = this.pointer && this.hitTest(this.pointer.x, this.pointer.y);
          if (still && still.entry.key === hit.entry.key) this.openCard(still.entry, 'hover', still.rectIndex);
          this.hoverKey = null;
        }),
        HOVER_OPEN_MS,
      );
      return;
    }
    this.cancelHover();
    if (card && card.mode === 'hover' && card.status.kind === 'idle') this.scheduleClose();
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.card) return;
    const path = e.composedPath();
    if (this.cardHost && path.includes(this.cardHost.host)) return;
    if (path.includes(this.layer.host)) return;
    this.rectsAt = -Infinity;
    const hit = this.hitTest(e.clientX, e.clientY);
    if (hit && hit.entry.key === this.card.key) return;
    if (this.card.status.kind === 'applying') return;
    this.closeCard('outside');
  }

  private onClick(e: MouseEvent): void {
    const path = e.composedPath();
    if (path.includes(this.layer.host) || (this.cardHost && path.includes(this.cardHost.host))) return;
    if (!path.includes(this.editor) && !this.nearEditor(e.clientX, e.clientY)) return;
    const sel = this.win.getSelection();
    if (sel && !sel.isCollapsed) return; // finished a drag-selection, not a click on a word
    this.rectsAt = -Infinity;
    const hit = this.hitTest(e.clientX, e.clientY);
    if (hit) this.openCard(hit.entry, 'pinned', hit.rectIndex);
  }

  private onKeydown(e: KeyboardEvent): void {
    const path = e.composedPath();
    const inCard = !!this.cardHost && path.includes(this.cardHost.host);
    // Not just path.includes(editor): Notion's editable root, an ancestor, gets the keys there.
    if (!inCard && !eventInEditor(e, this.editor)) return;
    if (e.isComposing) return;
    if (
      this.opts.shortcut !== false &&
      e.code === CANDOR_SHORTCUT.code &&
      e.altKey &&
      e.shiftKey &&
      !e.ctrlKey &&
      !e.metaKey
    ) {
      e.preventDefault();
      e.stopPropagation();
      this.openNext();
      return;
    }
    if (inCard) return; // the card's own handler (Escape, Tab, arrows) runs at the host
    if (e.key === 'Escape' && this.card) {
      // Our card goes first; the app's Escape (Slack: mark read, Notion: select block) waits.
      e.preventDefault();
      e.stopPropagation();
      this.closeCard('escape');
      return;
    }
    if (!MODIFIER_KEYS.has(e.key)) {
      this.lastKeyAt = this.win.performance.now();
      this.cancelHover();
    }
  }

  private nearEditor(x: number, y: number): boolean {
    return contains(rectOf(this.editor), x, y, 16, 4);
  }

  /** Which finding is under (x, y): words by their rects, walls of text by their gutter bar. */
  private hitTest(x: number, y: number): { entry: Entry; rectIndex: number } | null {
    if (this.entries.length === 0 || !this.nearEditor(x, y)) return null;
    const clip = this.clip(this.editorClipAncestors);
    if (!clip || !contains(clip, x, y, 12, 0)) return null;
    const rects = this.currentRects();
    for (const e of this.entries) {
      if (e.category === 'wall-of-text') continue;
      const list = rects.get(e.key);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        if (contains(list[i], x, y, 1, 3)) return { entry: e, rectIndex: i };
      }
    }
    for (const e of this.entries) {
      if (e.category !== 'wall-of-text') continue;
      const list = rects.get(e.key);
      const g = list && this.gutterBox(list, clip);
      if (g && contains(g, x, y, 6, 0)) {
        const lines = lineRects(list!);
        const i = lines.findIndex((r) => y >= r.top && y <= r.bottom);
        return { entry: e, rectIndex: Math.max(0, i) };
      }
    }
    return null;
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = this.win.setTimeout(
      guard(() => {
        this.closeTimer = 0;
        if (this.card?.mode === 'hover' && this.card.status.kind === 'idle') this.closeCard('hover-leave');
      }),
      HOVER_CLOSE_MS,
    );
  }

  private cancelClose(): void {
    if (this.closeTimer) this.win.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  private cancelHover(): void {
    if (this.hoverTimer) this.win.clearTimeout(this.hoverTimer);
    this.hoverTimer = 0;
    this.hoverKey = null;
  }

  private clearTimers(): void {
    this.cancelHover();
    this.cancelClose();
  }

  private refreshTheme(force: boolean): void {
    const now = this.win.performance.now();
    if (!force && now - this.themeAt < THEME_TTL_MS) return;
    this.themeAt = now;
    const theme = detectTheme(this.editor);
    if (theme === this.theme) return;
    this.theme = theme;
    this.renderBadge();
    if (this.card) this.renderCard();
  }
}

/** The app's own controls, which the badge must never sit on. */
const INTERACTIVE =
  'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="menuitem"], [role="checkbox"], [role="switch"], [role="combobox"]';

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

function rectOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return box(r.left, r.top, r.right, r.bottom);
}

/**
 * Range.getClientRects() also returns the border boxes of elements the range fully contains (a
 * whole <p>), which are not lines of text: keep boxes no taller than a few typical lines.
 */
function lineRects(rects: Box[]): Box[] {
  if (rects.length <= 1) return rects;
  const heights = rects.map((r) => r.bottom - r.top).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)];
  const lines = rects.filter((r) => r.bottom - r.top <= typical * 1.8);
  return lines.length ? lines : rects;
}

/** Ancestors (through shadow roots) whose overflow or paint containment clips the element. */
function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return out;
  // The element itself counts: Slack's .ql-editor scrolls its own overflow.
  let n: Element | null = el;
  while (n && n !== doc.body && n !== doc.documentElement) {
    const cs = win.getComputedStyle(n);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || /paint|strict|content/.test(cs.contain)) {
      out.push(n);
    }
    n = n.parentElement ?? hostOf(n);
  }
  return out;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
