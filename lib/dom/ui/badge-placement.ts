// Where the count badge sits: the bottom-right corner of the composer's visible part, stepping
// left past the app's own controls there, hidden when something else covers the spot.

import { box, intersect, type Box } from './geometry';
import { guard } from './guard';
import { rectOf, visibleClip } from './layout';
import type { ComposerUiImpl } from './composer-ui';

const BADGE_INSET = 6;
/**
 * Typing moves words, not the composer: the badge's spot is re-checked against the app's menus
 * (a hit test per probe, ~1 ms each on a 5,000-word page) only once typing pauses this long.
 * Scrolls, resizes and new findings re-check it on the next frame.
 */
const BADGE_QUIET_MS = 250;

/** The app's own controls, which the badge must never sit on. */
const INTERACTIVE =
  'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="menuitem"], [role="checkbox"], [role="switch"], [role="combobox"]';

export class BadgePlacement {
  /** The badge's spot must be re-checked (geometry moved); typing alone leaves it set. */
  dirty = true;
  private spot: Box | null = null;
  private written = '';
  private timer = 0;
  private lastInputAt = -Infinity;

  constructor(private readonly ui: ComposerUiImpl) {}

  /** The user typed: re-check the spot once typing pauses. */
  noteInput(): void {
    this.lastInputAt = this.ui.win.performance.now();
    if (this.ui.entries.length && !this.timer) this.armCheck(BADGE_QUIET_MS);
  }

  destroy(): void {
    if (this.timer) this.ui.win.clearTimeout(this.timer);
  }

  // One timer per typing burst (re-armed for the remaining time), not clear/set per key.
  private armCheck(ms: number): void {
    const { win } = this.ui;
    this.timer = win.setTimeout(
      guard(() => {
        this.timer = 0;
        if (this.ui.destroyed) return;
        const wait = this.lastInputAt + BADGE_QUIET_MS - win.performance.now();
        if (wait > 5) return this.armCheck(wait);
        this.dirty = true;
        this.ui.schedule();
      }),
      ms,
    );
  }

  /**
   * Bottom-right corner of the anchor's visible part (a long Notion page keeps it in view), moved
   * left past the app's own controls there (Slack's send button), hidden when an app menu or
   * dialog covers the spot or the composer is scrolled away.
   */
  place(origin: DOMRect): void {
    const badge = this.ui.layer.root.querySelector<HTMLElement>('[data-candor-badge]');
    if (!badge || this.ui.entries.length === 0) return;
    if (this.dirty) {
      this.dirty = false;
      this.spot = this.findSpot(badge);
    }
    const spot = this.spot;
    // Write only on change: a style write re-dirties layout for the frame.
    const written = spot ? `${spot.left - origin.left} ${spot.top - origin.top}` : 'hidden';
    if (written === this.written && badge.style.visibility) return;
    this.written = written;
    if (spot) {
      badge.style.left = `${spot.left - origin.left}px`;
      badge.style.top = `${spot.top - origin.top}px`;
    }
    badge.style.visibility = spot ? 'visible' : 'hidden';
  }

  private findSpot(badge: HTMLElement): Box | null {
    const { ui } = this;
    const w = badge.offsetWidth || 24;
    const h = badge.offsetHeight || 20;
    const clip = visibleClip(ui.win, ui.anchorClipAncestors);
    const vis = clip && intersect(rectOf(ui.anchor), clip);
    let spot: Box | null = null;
    if (vis && vis.right - vis.left >= w + 2 * BADGE_INSET && vis.bottom - vis.top >= h + 2 * BADGE_INSET) {
      const top = vis.bottom - BADGE_INSET - h;
      let right = vis.right - BADGE_INSET;
      for (let tries = 0; tries < 4 && right - w >= vis.left + BADGE_INSET; tries++) {
        const candidate = box(right - w, top, right, top + h);
        const blocker = this.blocker(candidate);
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
  private blocker(b: Box): 'free' | 'covered' | Box {
    const { anchor, editor, layer } = this.ui;
    const cardHost = this.ui.card.host;
    const y = (b.top + b.bottom) / 2;
    for (const x of [b.left + 2, (b.left + b.right) / 2, b.right - 2]) {
      const top = this.ui.doc.elementsFromPoint(x, y).find((el) => el !== layer.host && !(cardHost && el === cardHost.host));
      if (!top) continue;
      if (!(top === anchor || anchor.contains(top) || top.contains(anchor))) return 'covered';
      const control = top.closest(INTERACTIVE);
      if (control && anchor.contains(control) && !control.contains(editor) && !editor.contains(control)) {
        return rectOf(control);
      }
    }
    return 'free';
  }
}
