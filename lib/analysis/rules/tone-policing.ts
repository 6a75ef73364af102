// Tone-policing: a rebuke from above that escalates the thread it means to cool.
// The phrases and their notes live in ../phrases/passive-aggressive-tone.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { TONE_PHRASES } from '../phrases/passive-aggressive-tone';
import type { Rule } from '../rule';

export const tonePolicing: Rule = {
  meta: {
    id: 'tone-policing',
    category: 'passive-aggressive',
    description: `Commenting on how someone wrote instead of what they said ("let's keep this professional", "calm down").`,
  },
  check: tableCheck(TONE_PHRASES),
};
