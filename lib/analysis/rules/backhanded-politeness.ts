// Backhanded politeness: polite words as the vehicle for a dig.
// The phrases and their notes live in ../phrases/passive-aggressive-backhanded.ts; this file only registers them.

import { notRecordedSpeech } from '../pa-target';
import { tableCheck } from '../phrases/passive-aggressive-match';
import { BACKHANDED_PHRASES } from '../phrases/passive-aggressive-backhanded';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const backhandedPoliteness: Rule = {
  meta: catalogMeta('backhanded-politeness'),
  check: notRecordedSpeech(tableCheck(BACKHANDED_PHRASES)),
};
