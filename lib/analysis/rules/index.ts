// The registry: every rule file in this folder is listed here exactly once
// (tests/analysis/registry.test.ts checks that, and that each id equals its file name).
// Keep each category's block together; order within a category is the order hints appear in.

import type { Rule } from '../rule';

// --- vague-ask ---
import { fuzzyAction } from './fuzzy-action';
import { ownerlessAsk } from './ownerless-ask';
import { openEndedDeadline } from './open-ended-deadline';
// --- end vague-ask ---

// --- wall-of-text ---
import { buriedAsk } from './buried-ask';
import { denseParagraph } from './dense-paragraph';
import { unstructuredMessage } from './unstructured-message';
// --- end wall-of-text ---

// --- missing-decision ---
import { notesWithoutNextStep } from './notes-without-next-step';
import { undecidedDeliberation } from './undecided-deliberation';
// --- end missing-decision ---

// --- passive-aggressive ---
import { backhandedPoliteness } from './backhanded-politeness';
import { goingForwardScold } from './going-forward-scold';
import { impliedBlame } from './implied-blame';
import { martyrOffer } from './martyr-offer';
import { openHostility } from './open-hostility';
import { pointedEmoji } from './pointed-emoji';
import { repeatedNudge } from './repeated-nudge';
import { sarcasm } from './sarcasm';
import { terseReply } from './terse-reply';
import { tonePolicing } from './tone-policing';
import { userPhrase } from './user-phrase';
// --- end passive-aggressive ---

export const RULES: readonly Rule[] = [
  // vague-ask rules
  ownerlessAsk,
  fuzzyAction,
  openEndedDeadline,
  // wall-of-text rules
  denseParagraph,
  unstructuredMessage,
  buriedAsk,
  // missing-decision rules
  notesWithoutNextStep,
  undecidedDeliberation,
  // passive-aggressive rules
  userPhrase,
  repeatedNudge,
  goingForwardScold,
  backhandedPoliteness,
  tonePolicing,
  openHostility,
  impliedBlame,
  sarcasm,
  martyrOffer,
  terseReply,
  pointedEmoji,
];
