// The findings' client rects for hit-testing and card placement. Reading them forces layout, so
// they are cached briefly and dropped whenever something may have moved (scroll, input, resize,
// new findings).

import type { Entry } from './entry';
import { box, type Box } from './geometry';

const RECT_TTL_MS = 250;

export class RectCache {
  private rects = new Map<string, Box[]>();
  private at = -Infinity;

  constructor(
    private readonly win: Window,
    private readonly rangeValid: (r: Range | null) => r is Range,
  ) {}

  drop(): void {
    this.at = -Infinity;
  }

  current(entries: readonly Entry[]): Map<string, Box[]> {
    const now = this.win.performance.now();
    if (now - this.at < RECT_TTL_MS) return this.rects;
    this.rects = this.of(entries);
    this.at = now;
    return this.rects;
  }

  /** Uncached: the rects of just these entries, now. */
  of(entries: readonly Entry[]): Map<string, Box[]> {
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
}
