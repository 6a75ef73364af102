// Implied blame: sentences built so the reader can only hear "you got this wrong".
// The phrases and their notes live in ../phrases/passive-aggressive-blame.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { BLAME_PHRASES } from '../phrases/passive-aggressive-blame';
import { needsReader, needsTarget } from '../pa-target';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const impliedBlame: Rule = {
  meta: catalogMeta('implied-blame'),
  // Insinuation needs someone to land on, and on "balanced" the reader addressed (lib/analysis/pa-target.ts):
  // other hits are strict-only.
  check: needsReader(needsTarget(tableCheck(BLAME_PHRASES))),
};
