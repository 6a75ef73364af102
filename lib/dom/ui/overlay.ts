// The layer (<candor-layer>: fixed, no pointer events, holds the overlay and the badge) and the
// overlay's marks: gutter bars beside walls of text (a squiggle under a whole paragraph would
// shout) and, where the CSS Custom Highlight API is missing, underline boxes from client rects.

import { CATEGORY_LOOK } from './categories';
import { box, type Box } from './geometry';
import { gutterBox, lineRects } from './layout';
import type { Entry } from './entry';
import { createShadowHost, type ShadowHost } from './host';
import { LAYER_CSS } from './styles';

export function createLayerHost(doc: Document): ShadowHost {
  return createShadowHost(doc, 'candor-layer', LAYER_CSS, {
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
}

export class Overlay {
  private sig = '';

  constructor(
    private readonly doc: Document,
    readonly el: HTMLElement,
  ) {}

  draw(entries: readonly Entry[], rects: Map<string, Box[]>, clip: Box | null, origin: DOMRect, useHighlights: boolean): void {
    const win = this.doc.defaultView ?? window;
    const marks: Array<[cls: string, b: Box, color: string]> = [];
    if (clip) {
      for (const e of entries) {
        const list = rects.get(e.key);
        if (!list || list.length === 0) continue;
        const look = CATEGORY_LOOK[e.category];
        if (e.category === 'wall-of-text') {
          const g = gutterBox(list, clip);
          if (g) marks.push(['gutter', g, look.color]);
          continue;
        }
        if (useHighlights) continue;
        for (const r of lineRects(list)) {
          if (look.tint) marks.push(['mark', r, look.tint]);
          marks.push(['mark', box(r.left, r.bottom - 1, r.right, r.bottom + 1), look.color]);
        }
      }
    }
    let clipPath = '';
    let transform = '';
    if (clip) {
      const w = win.innerWidth;
      const h = win.innerHeight;
      clipPath = `inset(${clip.top}px ${w - clip.right}px ${h - clip.bottom}px ${clip.left}px)`;
      transform = `translate(${-origin.left}px, ${-origin.top}px)`;
    }
    // Unchanged (the usual case while typing): no DOM writes, so no style or layout work.
    const sig = `${clipPath}|${transform}|${marks.map(([c, b, col]) => `${c} ${b.left} ${b.top} ${b.right} ${b.bottom} ${col}`).join(';')}`;
    if (sig === this.sig) return;
    this.sig = sig;
    const frag = this.doc.createDocumentFragment();
    for (const [cls, b, color] of marks) frag.append(this.mark(cls, b, color));
    this.el.replaceChildren(frag);
    if (clip) {
      this.el.style.clipPath = clipPath;
      this.el.style.transform = transform;
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
}
