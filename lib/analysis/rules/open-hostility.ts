// Open hostility and condescension: insults, "you of all people", "nobody asked you", "someone
// should tell her…". Not disguised like the other passive-aggressive rules, but the same harm
// (LABELS.md, "Reading real text": "the jab without the disguise"), so the same category.
// The phrases and their notes live in ../phrases/passive-aggressive-hostility.ts.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { HOSTILITY_PHRASES } from '../phrases/passive-aggressive-hostility';
import { needsTarget, notRecordedSpeech } from '../pa-target';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const openHostility: Rule = {
  meta: catalogMeta('open-hostility'),
  // Every entry names its target already; needsTarget still demotes a writer talking to themselves.
  check: notRecordedSpeech(needsTarget(tableCheck(HOSTILITY_PHRASES))),
};
