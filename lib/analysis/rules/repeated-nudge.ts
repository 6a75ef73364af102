// Repeated nudges: the need is legitimate, the framing records the reader's failure.
// The phrases and their notes live in ../phrases/passive-aggressive-nudges.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { NUDGE_PHRASES } from '../phrases/passive-aggressive-nudges';
import { needsReader } from '../pa-target';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const repeatedNudge: Rule = {
  meta: catalogMeta('repeated-nudge'),
  // "Like I said, I'll do it tomorrow": a nudge lands on a reader; unaddressed ones are strict-only (pa-target.ts).
  check: needsReader(tableCheck(NUDGE_PHRASES)),
};
