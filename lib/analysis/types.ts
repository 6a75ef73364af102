// The engine's public vocabulary. Pure data: shared by the content script, CLI, eval and bench.

export type Site = 'slack' | 'gmail' | 'notion';
export const SITES: readonly Site[] = ['slack', 'gmail', 'notion'];

export type Category = 'vague-ask' | 'wall-of-text' | 'missing-decision' | 'passive-aggressive';
export const CATEGORIES: readonly Category[] = ['vague-ask', 'wall-of-text', 'missing-decision', 'passive-aggressive'];

/** How eager the coach is; `balanced` is what the corpus targets are measured at. */
export type Sensitivity = 'gentle' | 'balanced' | 'strict';

export interface Finding {
  category: Category;
  /** Permanent kebab-case id; equals the rule's file name in lib/analysis/rules/. */
  ruleId: string;
  /** UTF-16 offsets into the analysed text: the words concerned. */
  start: number;
  end: number;
  /** Why it matters to the reader, one or two sentences. */
  message: string;
  /**
   * What to do instead. When `replacement` is true this is a drop-in replacement for
   * text.slice(start, end) (the card offers Apply); otherwise it is concrete advice.
   */
  suggestion: string;
  replacement: boolean;
  /**
   * How sure the rule is that a careful reader would agree (0..1). The sensitivity setting
   * picks the threshold below which findings are dropped (CONFIDENCE_THRESHOLD in index.ts).
   */
  confidence: number;
}

export type AskGap = 'action' | 'owner' | 'deadline';

export interface Ask {
  /** Offsets of the ask sentence. */
  start: number;
  end: number;
  /** Which of action / owner / deadline the sentence leaves unclear (empty: a clear ask). */
  unclear: AskGap[];
}

export interface AnalysisResult {
  findings: Finding[];
  asks: Ask[];
}

export interface AnalyzeOptions {
  site?: Site;
  sensitivity?: Sensitivity;
  /** Rule ids switched off by the user. */
  disabledRules?: readonly string[];
  /** The user's own phrases to flag (as passive-aggressive jabs) and phrases never to flag. */
  extraPhrases?: readonly string[];
  ignoredPhrases?: readonly string[];
}
