import { describe, expect, test } from 'vitest';
import { box, clamp, contains, intersect, luminance, parseColor, placeCard, union } from '../../../lib/dom/ui/geometry';
import { pageHighlightCss } from '../../../lib/dom/ui/highlights';
import { CATEGORY_LOOK } from '../../../lib/dom/ui/categories';
import { CATEGORIES } from '../../../lib/analysis/types';

const VIEW = { width: 1000, height: 700 };
const CARD = { width: 320, height: 160 };

describe('placeCard', () => {
  test.each([
    ['room below: under the phrase', box(100, 100, 200, 120), { left: 100, top: 126, side: 'below' }],
    ['near the bottom: flips above', box(100, 600, 200, 620), { left: 100, top: 434, side: 'above' }],
    ['near the right edge: slides left to stay inside', box(900, 100, 980, 120), { left: 672, top: 126, side: 'below' }],
    ['off the left edge: clamped to the margin', box(-50, 100, 20, 120), { left: 8, top: 126, side: 'below' }],
  ])('%s', (_name, anchor, want) => {
    expect(placeCard(anchor, CARD, VIEW)).toEqual(want);
  });

  test('no room either way: the side with more room, still inside the viewport', () => {
    const p = placeCard(box(10, 80, 60, 100), { width: 300, height: 650 }, VIEW);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + 650).toBeLessThanOrEqual(700);
  });

  test('a card taller than the viewport shows its top', () => {
    expect(placeCard(box(10, 300, 60, 320), { width: 300, height: 900 }, VIEW).top).toBe(8);
  });
});

describe('boxes', () => {
  test('intersect / contains / union', () => {
    expect(intersect(box(0, 0, 10, 10), box(5, 5, 20, 20))).toEqual(box(5, 5, 10, 10));
    expect(intersect(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBeNull();
    expect(contains(box(0, 0, 10, 10), 10, 12, 0, 3)).toBe(true);
    expect(contains(box(0, 0, 10, 10), 10, 14, 0, 3)).toBe(false);
    expect(union([box(5, 0, 10, 10), box(0, 10, 8, 20)])).toEqual(box(0, 0, 10, 20));
    expect(union([])).toBeNull();
    expect(clamp(5, 8, 2)).toBe(8);
  });
});

describe('colours', () => {
  test.each([
    ['rgb(26, 29, 33)', [26, 29, 33, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(255 255 255 / 50%)', [255, 255, 255, 0.5]],
    ['color(srgb 1 0.5 0 / 0.25)', [255, 127.5, 0, 0.25]],
    ['transparent', null],
    ['oklch(0.5 0.1 200)', null],
  ])('parseColor(%s)', (css, want) => {
    expect(parseColor(css)).toEqual(want);
  });

  test('luminance of white and black', () => {
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(0, 0, 0)).toBe(0);
  });

  // The ::highlight colours cannot follow each composer's theme, so each must stand out (WCAG
  // non-text contrast ≥ 3) on white and on the dark backgrounds of Slack and Notion.
  test.each(CATEGORIES.map((c) => [c]))('%s underline colour works on light and dark pages', (c) => {
    const hex = CATEGORY_LOOK[c].color;
    const n = parseInt(hex.slice(1), 16);
    const l = luminance((n >> 16) & 255, (n >> 8) & 255, n & 255);
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    expect(contrast(l, 1)).toBeGreaterThanOrEqual(3);
    expect(contrast(l, luminance(26, 29, 33))).toBeGreaterThanOrEqual(3);
    expect(contrast(l, luminance(25, 25, 25))).toBeGreaterThanOrEqual(3);
  });

  test('the page stylesheet has one ::highlight rule per category and nothing else', () => {
    const css = pageHighlightCss();
    for (const c of CATEGORIES) expect(css).toContain(`::highlight(candor-${c})`);
    expect(css.split('\n').every((line) => line.startsWith('::highlight(candor-'))).toBe(true);
  });
});
