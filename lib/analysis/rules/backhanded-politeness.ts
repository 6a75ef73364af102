// Backhanded politeness: polite words as the vehicle for a dig.
// The phrases and their notes live in ../phrases/passive-aggressive-backhanded.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { BACKHANDED_PHRASES } from '../phrases/passive-aggressive-backhanded';
import type { Rule } from '../rule';

export const backhandedPoliteness: Rule = {
  meta: {
    id: 'backhanded-politeness',
    category: 'passive-aggressive',
    description: `Courtesy used to deliver a jab ("with all due respect", "I'm sure you're very busy, but", "thanks for finally").`,
  },
  check: tableCheck(BACKHANDED_PHRASES),
};
