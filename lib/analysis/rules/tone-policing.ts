// Tone-policing: a rebuke from above that escalates the thread it means to cool.
// The phrases and their notes live in ../phrases/passive-aggressive-tone.ts; this file only registers them.

import { notRecordedSpeech } from '../pa-target';
import { tableCheck } from '../phrases/passive-aggressive-match';
import { TONE_PHRASES } from '../phrases/passive-aggressive-tone';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const tonePolicing: Rule = {
  meta: catalogMeta('tone-policing'),
  check: notRecordedSpeech(tableCheck(TONE_PHRASES)),
};
