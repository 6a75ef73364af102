// Repeated nudges: the need is legitimate, the framing records the reader's failure.
// The phrases and their notes live in ../phrases/passive-aggressive-nudges.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { NUDGE_PHRASES } from '../phrases/passive-aggressive-nudges';
import { notRecordedSpeech } from '../pa-target';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const repeatedNudge: Rule = {
  meta: catalogMeta('repeated-nudge'),
  // In minutes, "like I said" is mostly a speaker restating their own point: unaddressed ones are
  // strict-only there (pa-target.ts).
  check: notRecordedSpeech(tableCheck(NUDGE_PHRASES)),
};
