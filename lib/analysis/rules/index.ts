// The registry: every rule file in this folder is listed here exactly once
// (tests/analysis/registry.test.ts checks that, and that each id equals its file name).
// Keep each category's block together; order within a category is the order hints appear in.

import type { Rule } from '../rule';

// --- vague-ask ---
// --- end vague-ask ---

// --- wall-of-text ---
// --- end wall-of-text ---

// --- missing-decision ---
// --- end missing-decision ---

// --- passive-aggressive ---
// --- end passive-aggressive ---

export const RULES: readonly Rule[] = [
  // vague-ask rules
  // wall-of-text rules
  // missing-decision rules
  // passive-aggressive rules
];
