// "Analysis settled": whether the hint state a composer shows (`data-candor-findings`, the
// underlines) is the analysis of its current text. Tests wait on it instead of sleeping past the
// typing pause, and a negative assertion ("clean text is not flagged") means something only once
// the analysis of that text has landed. Pure: the Coach owns one and writes the attribute.

/** Set on the hooked composer next to `data-candor-findings` (never inside it, never its text). */
export const STATE_ATTR = 'data-candor-state';

/**
 * 'pending': the text changed (or settings did) and its analysis has not been shown yet;
 * 'settled': what is shown is for the text as it is now, or there is nothing to do for it (a
 * Notion page only read, Candor paused for the site, an analysis that failed).
 */
export type AnalysisState = 'pending' | 'settled';

export class SettleState {
  private state: AnalysisState | null = null;

  /** `write` is called only on a change of state: Quill re-diffs its model on every attribute write to its root. */
  constructor(private write: (state: AnalysisState) => void) {}

  get value(): AnalysisState | null {
    return this.state;
  }

  /** Work was scheduled for new text or settings. */
  pending(): void {
    this.set('pending');
  }

  /**
   * An analysis was shown (or none is due). `textNow` is the composer's text at that moment and
   * `shownFor` the text the shown findings belong to: typed-after-the-analysis text stays pending.
   */
  settled(shownFor?: string, textNow?: string): void {
    this.set(shownFor !== undefined && textNow !== undefined && shownFor !== textNow ? 'pending' : 'settled');
  }

  private set(state: AnalysisState): void {
    if (this.state === state) return;
    this.state = state;
    this.write(state);
  }
}
