// Pure geometry for the hint UI (no DOM access, unit-tested in Node): where the card goes, what
// part of the editor is visible, and whether the pointer is over a flagged span.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

export function box(left: number, top: number, right: number, bottom: number): Box {
  return { left, top, right, bottom };
}

export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

/** Is (x, y) inside `b`, grown by `slack` px (underlines sit a few px below the text box)? */
export function contains(b: Box, x: number, y: number, slackX = 0, slackY = 0): boolean {
  return x >= b.left - slackX && x <= b.right + slackX && y >= b.top - slackY && y <= b.bottom + slackY;
}

/**
 * Card position next to an anchor rect: below it when it fits, else above, else on whichever side
 * has more room; always inside the viewport (margin px from its edges) so it never needs a scroll.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, gap = 6, margin = 8): Placement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  let side: Placement['side'];
  if (card.height <= roomBelow) side = 'below';
  else if (card.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - card.height;
  top = clamp(top, margin, viewport.height - margin - card.height);
  const left = clamp(anchor.left, margin, viewport.width - margin - card.width);
  return { left: Math.round(left), top: Math.round(top), side };
}

/** Clamp, preferring `min` when the range is empty (a card taller than the viewport shows its top). */
export function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, max));
}

/** The smallest box around several boxes (a wall-of-text paragraph's lines). */
export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let { left, top, right, bottom } = boxes[0];
  for (const b of boxes) {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.right);
    bottom = Math.max(bottom, b.bottom);
  }
  return { left, top, right, bottom };
}

/** Relative luminance (WCAG) of an sRGB colour given as 0–255 channels. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Parses computed-style colours (`rgb(…)`, `rgba(…)`, `color(srgb …)`); null when unknown. */
export function parseColor(css: string): [number, number, number, number] | null {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], alpha(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, alpha(srgb[4])];
  return null;
}

function alpha(s: string | undefined): number {
  if (s === undefined) return 1;
  return s.endsWith('%') ? parseFloat(s) / 100 : parseFloat(s);
}
