// Martyrdom: a concession meant to be felt rather than a request made.
// The phrases and their notes live in ../phrases/passive-aggressive-martyr.ts; this file only registers them.

import { notRecordedSpeech } from '../pa-target';
import { tableCheck } from '../phrases/passive-aggressive-match';
import { MARTYR_PHRASES } from '../phrases/passive-aggressive-martyr';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const martyrOffer: Rule = {
  meta: catalogMeta('martyr-offer'),
  check: notRecordedSpeech(tableCheck(MARTYR_PHRASES)),
};
