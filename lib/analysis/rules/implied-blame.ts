// Implied blame: sentences built so the reader can only hear "you got this wrong".
// The phrases and their notes live in ../phrases/passive-aggressive-blame.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { BLAME_PHRASES } from '../phrases/passive-aggressive-blame';
import { notRecordedSpeech, needsTarget } from '../pa-target';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

// In minutes the phrases are mostly speech recorded or a standing joke ("for once", "how hard can
// it be"): two blind readers judged all 35 unaddressed hits in real notes wrong (session 6).
export const impliedBlame: Rule = {
  meta: catalogMeta('implied-blame'),
  // Insinuation needs someone to land on (lib/analysis/pa-target.ts), and in notes the reader
  // addressed: other hits are strict-only.
  check: notRecordedSpeech(needsTarget(tableCheck(BLAME_PHRASES))),
};
