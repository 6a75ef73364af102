// Words shown beside the numbers: category names and one concrete habit per pattern. Pure data.

import type { Category } from '../analysis/types';

export interface CategoryCopy {
  /** Plural label for counts ("3 vague asks"). */
  label: string;
  /** Singular, for the "most frequent pattern" line. */
  singular: string;
  /** The habit that fixes the pattern, said as an instruction, with a before/after. */
  tip: string;
  example: { before: string; after: string };
}

export const CATEGORY_COPY: Record<Category, CategoryCopy> = {
  'vague-ask': {
    label: 'Vague asks',
    singular: 'Vague ask',
    tip: 'Lead with the ask, and name who should do it and by when.',
    example: {
      before: 'Can someone take a look at this when they get a chance?',
      after: 'Priya, can you review the pricing draft by Thursday noon?',
    },
  },
  'wall-of-text': {
    label: 'Walls of text',
    singular: 'Wall of text',
    tip: 'Put the ask or the conclusion in the first line, then short paragraphs or bullets for the detail.',
    example: {
      before: 'So I was looking into the outage yesterday and it turns out…',
      after: 'Ask: approve the rollback today. Why, in three bullets: …',
    },
  },
  'missing-decision': {
    label: 'Missing decisions',
    singular: 'Missing decision',
    tip: 'End a long back-and-forth with "Decision:" or "Next step:", an owner and a date.',
    example: {
      before: '…so there are good arguments on both sides.',
      after: 'Decision: we ship Tuesday. Next step: Sam updates the changelog by Monday.',
    },
  },
  'passive-aggressive': {
    label: 'Passive-aggressive',
    singular: 'Passive-aggressive phrasing',
    tip: 'Say the need directly and kindly, without the jab.',
    example: {
      before: 'Per my last email, the file is attached.',
      after: 'The file is attached again here — could you confirm you have it?',
    },
  },
};
