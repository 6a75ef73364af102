// How each category looks and reads in the hint UI. One table so the underline, the card and the
// badge agree, and the popup can reuse the labels.
//
// Colours are mid-tones chosen to keep ≥ 3:1 contrast (WCAG non-text) against BOTH a white page
// and the dark backgrounds of Slack (#1a1d21) and Notion (#191919): the ::highlight rules live in
// the page's stylesheet and cannot follow each composer's theme, so one colour must work on both.
// Each category also differs by line style, so colour is never the only cue.

import type { Category } from '../../analysis/types';

export interface CategoryLook {
  /** Short label shown on the card. */
  label: string;
  /** Underline / accent colour. */
  color: string;
  /** `text-decoration-style` of the underline. */
  line: 'wavy' | 'dashed' | 'dotted' | 'solid';
  /** Optional soft tint behind the words (rgba), for categories about tone. */
  tint?: string;
}

export const CATEGORY_LOOK: Record<Category, CategoryLook> = {
  // Blue, wavy: the classic "look here" mark, calmer than red.
  'vague-ask': { label: 'Vague ask', color: '#4f7fe0', line: 'wavy' },
  // Amber, dashed: something is missing rather than wrong.
  'missing-decision': { label: 'Missing decision', color: '#d97706', line: 'dashed' },
  // Violet, wavy with a faint tint: tone, not grammar; the tint makes short jabs easy to spot.
  'passive-aggressive': {
    label: 'Passive-aggressive tone',
    color: '#9b6bd6',
    line: 'wavy',
    tint: 'rgba(155, 107, 214, 0.10)',
  },
  // Teal, faint dotted line plus a gutter bar drawn by the overlay: a wall of text spans a whole
  // paragraph, and a squiggle under every line of it would be the "marks everywhere" complaint.
  'wall-of-text': { label: 'Wall of text', color: '#1f9e8f', line: 'dotted' },
};

export const HIGHLIGHT_PREFIX = 'candor-';

/** The CSS.highlights name for a category, e.g. `candor-vague-ask`. */
export function highlightName(category: Category): string {
  return HIGHLIGHT_PREFIX + category;
}
