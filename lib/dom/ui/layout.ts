// DOM measurements the hint UI shares: element boxes, the lines of a range, and which ancestors
// clip the composer (scrollers, paint containment). Reads layout only; never writes.

import { box, intersect, union, type Box } from './geometry';

export function rectOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return box(r.left, r.top, r.right, r.bottom);
}

/**
 * Range.getClientRects() also returns the border boxes of elements the range fully contains (a
 * whole <p>), which are not lines of text: keep boxes no taller than a few typical lines.
 */
export function lineRects(rects: Box[]): Box[] {
  if (rects.length <= 1) return rects;
  const heights = rects.map((r) => r.bottom - r.top).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)];
  const lines = rects.filter((r) => r.bottom - r.top <= typical * 1.8);
  return lines.length ? lines : rects;
}

/** Ancestors (through shadow roots) whose overflow or paint containment clips the element. */
export function clippingAncestors(el: Element): Element[] {
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

/** The part of the viewport where `ancestors` let the element show (scrollers clip it). */
export function visibleClip(win: Window, ancestors: Element[]): Box | null {
  let c: Box | null = box(0, 0, win.innerWidth, win.innerHeight);
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
export function gutterBox(rects: Box[], clip: Box | null): Box | null {
  const u = union(lineRects(rects));
  if (!u) return null;
  // In the editor's left padding when it has some, else hugging the clip edge.
  let left = u.left - 8;
  if (clip) left = Math.max(left, clip.left + 2);
  return box(left, u.top + 2, left + 3, u.bottom - 2);
}
