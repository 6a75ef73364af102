// What a rule is: metadata plus a pure check over the analysed document (STYLE.md: rules as data
// plus a small pure function). One rule per file in ./rules/, file name === meta.id.

import type { AskInfo } from './asks';
import type { Doc, Sentence } from './document';
import type { Parsed } from './nlp';
import type { SiteProfile } from './thresholds';
import type { AnalyzeOptions, Category, Sensitivity, Site } from './types';

export interface RuleMeta {
  /** Permanent kebab-case id: the same string in settings, stats, the hint card and logs. */
  id: string;
  category: Category;
  /** One line for settings and docs. */
  description: string;
  /** Sites the rule runs on (all when absent). */
  sites?: readonly Site[];
  /**
   * How often this rule's findings are right on real text (0..1), used when a hit does not set
   * its own. Absent: DEFAULT_CONFIDENCE, which every sensitivity keeps.
   */
  confidence?: number;
}

/** A rule that has not been calibrated is trusted at every sensitivity (today's behaviour). */
export const DEFAULT_CONFIDENCE = 0.8;

/**
 * Evidence that is right only some of the time on real text: below "balanced" (0.5), kept by
 * "strict" (0.3). Every rule that demotes a shape uses this one value.
 */
export const STRICT_ONLY_CONFIDENCE = 0.35;

/** What a rule reports; analyze() adds category and ruleId. */
export interface Hit {
  start: number;
  end: number;
  message: string;
  suggestion: string;
  /** True when `suggestion` is a drop-in replacement for text.slice(start, end). */
  replacement?: boolean;
  /** Overrides meta.confidence for this finding (weak evidence: lower; a clear jab: higher). */
  confidence?: number;
}

export interface RuleContext {
  doc: Doc;
  site: Site;
  sensitivity: Sensitivity;
  /** Thresholds for this site at this sensitivity. */
  profile: SiteProfile;
  options: AnalyzeOptions;
  /** compromise tokens for a sentence (cached across calls by sentence text). */
  parse(sentence: Sentence): Parsed;
  /**
   * Cache a per-sentence computation across analyses (keyed by namespace, site and the
   * sentence's text). Use it for anything that depends only on the sentence itself, so a
   * one-character edit in a long document recomputes one sentence. Cached values outlive the
   * analysis: keep offsets and flags in them, not slices of the text (a slice keeps the whole
   * document string alive; use detach() from nlp.ts if a string must be kept). `arg` is
   * handed to `compute`, so hot loops can pass a plain function instead of a closure.
   */
  memo<T, A = undefined>(namespace: string, sentence: Sentence, compute: (arg: A) => T, arg?: A): T;
  /** Every sentence that asks the reader to do something (computed once per analysis). */
  asks(): AskInfo[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Hit[];
}
