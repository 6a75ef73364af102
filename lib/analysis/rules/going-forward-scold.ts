// Correction framing: the request is fine, "going forward" says "you did it wrong".
// The phrases and their notes live in ../phrases/passive-aggressive-scold.ts; this file only registers them.

import { notRecordedSpeech } from '../pa-target';
import { tableCheck } from '../phrases/passive-aggressive-match';
import { SCOLD_PHRASES } from '../phrases/passive-aggressive-scold';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const goingForwardScold: Rule = {
  meta: catalogMeta('going-forward-scold'),
  check: notRecordedSpeech(tableCheck(SCOLD_PHRASES)),
};
