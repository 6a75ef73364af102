// Repeated nudges: the need is legitimate, the framing records the reader's failure.
// The phrases and their notes live in ../phrases/passive-aggressive-nudges.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { NUDGE_PHRASES } from '../phrases/passive-aggressive-nudges';
import type { Rule } from '../rule';

export const repeatedNudge: Rule = {
  meta: {
    id: 'repeated-nudge',
    category: 'passive-aggressive',
    description: `Reminders that point at the earlier ask ("per my last email", "for the third time") instead of restating the need.`,
  },
  check: tableCheck(NUDGE_PHRASES),
};
