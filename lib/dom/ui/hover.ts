// The pointer: hovering an underline opens its card after a pause, leaving closes a hover card,
// a click pins one, a press elsewhere closes it. Findings are found by hit-testing (hit-test.ts)
// since highlights take no pointer events.

import { contains } from './geometry';
import { guard } from './guard';
import { hitTest, nearEditor } from './hit-test';
import { rectOf } from './layout';
import type { ComposerUiImpl } from './composer-ui';

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;
/** A pointer resting over the composer while the user types must not pop cards up. */
const TYPING_QUIET_MS = 800;

export class HoverController {
  private pointerFrame = 0;
  private hoverTimer = 0;
  private hoverKey: string | null = null;
  private closeTimer = 0;
  private pointer: { x: number; y: number } | null = null;
  private lastKeyAt = -Infinity;

  constructor(private readonly ui: ComposerUiImpl) {}

  /** A key that types (not a modifier) was pressed in the composer. */
  noteKey(): void {
    this.lastKeyAt = this.ui.win.performance.now();
    this.cancelHover();
  }

  onPointerMove(e: PointerEvent): void {
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
      this.pointerFrame = this.ui.win.requestAnimationFrame(
        guard(() => {
          this.pointerFrame = 0;
          this.onPointerFrame();
        }),
      );
    }
  }

  private onPointerFrame(): void {
    const { ui } = this;
    if (ui.destroyed || !this.pointer) return;
    const { x, y } = this.pointer;
    const card = ui.card.current;
    const cardHost = ui.card.host;
    if (card && cardHost && contains(rectOf(cardHost.host), x, y)) {
      this.cancelClose();
      return;
    }
    const hit = hitTest(ui, x, y);
    if (hit) {
      if (card && card.key === hit.entry.key) {
        this.cancelClose();
        return;
      }
      if (card && card.mode !== 'hover') return;
      if (ui.win.performance.now() - this.lastKeyAt < TYPING_QUIET_MS) return;
      if (this.hoverKey === hit.entry.key) return;
      this.cancelHover();
      this.hoverKey = hit.entry.key;
      this.hoverTimer = ui.win.setTimeout(
        guard(() => {
          this.hoverTimer = 0;
          const still = this.pointer && hitTest(ui, this.pointer.x, this.pointer.y);
          if (still && still.entry.key === hit.entry.key) ui.card.open(still.entry, 'hover', still.rectIndex);
          this.hoverKey = null;
        }),
        HOVER_OPEN_MS,
      );
      return;
    }
    this.cancelHover();
    if (card && card.mode === 'hover' && card.status.kind === 'idle') this.scheduleClose();
  }

  onPointerDown(e: PointerEvent): void {
    const { ui } = this;
    const card = ui.card.current;
    if (!card) return;
    const path = e.composedPath();
    const cardHost = ui.card.host;
    if (cardHost && path.includes(cardHost.host)) return;
    if (path.includes(ui.layer.host)) return;
    ui.rects.drop();
    const hit = hitTest(ui, e.clientX, e.clientY);
    if (hit && hit.entry.key === card.key) return;
    if (card.status.kind === 'applying') return;
    ui.card.close('outside');
  }

  onClick(e: MouseEvent): void {
    const { ui } = this;
    const path = e.composedPath();
    const cardHost = ui.card.host;
    if (path.includes(ui.layer.host) || (cardHost && path.includes(cardHost.host))) return;
    if (!path.includes(ui.editor) && !nearEditor(ui, e.clientX, e.clientY)) return;
    const sel = ui.win.getSelection();
    if (sel && !sel.isCollapsed) return; // finished a drag-selection, not a click on a word
    ui.rects.drop();
    const hit = hitTest(ui, e.clientX, e.clientY);
    if (hit) ui.card.open(hit.entry, 'pinned', hit.rectIndex);
  }

  scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = this.ui.win.setTimeout(
      guard(() => {
        this.closeTimer = 0;
        const card = this.ui.card.current;
        if (card?.mode === 'hover' && card.status.kind === 'idle') this.ui.card.close('hover-leave');
      }),
      HOVER_CLOSE_MS,
    );
  }

  cancelClose(): void {
    if (this.closeTimer) this.ui.win.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  cancelHover(): void {
    if (this.hoverTimer) this.ui.win.clearTimeout(this.hoverTimer);
    this.hoverTimer = 0;
    this.hoverKey = null;
  }

  clearTimers(): void {
    this.cancelHover();
    this.cancelClose();
  }

  destroy(): void {
    if (this.pointerFrame) this.ui.win.cancelAnimationFrame(this.pointerFrame);
    this.clearTimers();
  }
}
