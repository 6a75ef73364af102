// Martyrdom: a concession meant to be felt rather than a request made.
// The phrases and their notes live in ../phrases/passive-aggressive-martyr.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { MARTYR_PHRASES } from '../phrases/passive-aggressive-martyr';
import type { Rule } from '../rule';

export const martyrOffer: Rule = {
  meta: {
    id: 'martyr-offer',
    category: 'passive-aggressive',
    description: `Taking work on with a sigh so the reader feels guilty ("no no it's fine, I'll do it myself").`,
  },
  check: tableCheck(MARTYR_PHRASES),
};
