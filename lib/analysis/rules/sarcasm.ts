// Sarcasm: positive words aimed at a negative event, gated on context so sincere praise stays clean.
// The phrases and their notes live in ../phrases/passive-aggressive-sarcasm.ts; this file only registers them.

import { tableCheck } from '../phrases/passive-aggressive-match';
import { SARCASM_PHRASES } from '../phrases/passive-aggressive-sarcasm';
import { notRecordedSpeech, needsTarget } from '../pa-target';
import type { Rule } from '../rule';
import { catalogMeta } from '../catalog';

export const sarcasm: Rule = {
  meta: catalogMeta('sarcasm'),
  // Insinuation needs someone to land on (lib/analysis/pa-target.ts), and in notes the reader
  // addressed: other hits are strict-only.
  check: notRecordedSpeech(needsTarget(tableCheck(SARCASM_PHRASES))),
};
