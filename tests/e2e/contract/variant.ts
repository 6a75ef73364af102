// One row of the contract table: a site and fixture variant, and how a person uses its composer
// there. Each row's operations go through the driver's Tab only (driver.ts), so a row runs in any
// browser. Rows live in sites/<site>.ts; the checks they are put through in contract.ts.

import type { OpenSpec, Session, Site, Tab } from './driver';

/** The checks of the contract, in the order they run (the report's columns). */
export const CHECKS = ['hooked', 'flags', 'clean', 'intact', 'apply', 'send-once', 'untouched', 'network'] as const;
export type Check = (typeof CHECKS)[number];

/** A hooked composer in a tab. `composer` selects the element carrying `data-candor-findings`. */
export interface Target {
  tab: Tab;
  composer: string;
}

export interface Variant {
  /** Stable id of the row, e.g. 'slack-no-wrapper'. */
  id: string;
  site: Site;
  open: OpenSpec;
  /** The key that starts a new line inside a message (Slack: Shift+Enter unless Enter inserts one). */
  newline: string;
  /**
   * An empty composer of this variant with the caret in it, ready to type. Reuses `prev` when the
   * app allows (Slack: empty the channel composer) or opens another (Gmail: a new compose, since a
   * sent one is gone). Site operations only: the contract waits for Candor itself.
   */
  fresh(session: Session, prev: Target | null): Promise<Target>;
  /** The user's words as the host app holds them (Quill's getText, the body's lines, the blocks), lines joined by "\n". */
  text(t: Target): Promise<string>;
  /** All the text Candor should judge in this composer (Notion: the whole page as a document). */
  judged(t: Target): Promise<string>;
  /** What the host app's model holds, to compare with the extension off (Quill ops, body HTML, blocks). */
  model(t: Target): Promise<unknown>;
  /** Caret at `offset` in the user's (single-line) text, the way the app would put it. */
  caretAt(t: Target, offset: number): Promise<void>;
  /** Caret offset in the user's text; null when collapsed elsewhere or a selection. */
  caret(t: Target): Promise<number | null>;
  /** A page only read stays unmarked: nothing is shown until the first edit (Notion, SiteAdapter.judgeAfterFirstEdit). */
  unmarkedUntilEdited?: boolean;
  /** How Apply behaves here: verified through the app ('verified') or refused with Copy offered ('copy-only'). */
  apply: 'verified' | 'copy-only';
  /** Quiet time after Apply before judging that the app kept it (Notion may revert late). */
  applySettleMs?: number;
  /** Not the user's words (quote, signature): exact HTML kept, never hooked or underlined. */
  untouched(t: Target): string[];
  /** A box that is not a composer, where a person types too (Slack's search): never hooked, analysed or underlined. */
  search?: { selector: string; focus(t: Target): Promise<void> };
  /**
   * Send the message the way a person does. `refused` (optional) is called while a first
   * attempt the app refused is pending, to check that it was not counted.
   */
  send(t: Target, refused: () => Promise<void>): Promise<void>;
  /** Did the app receive this message (its own record of what was sent)? */
  received(t: Target, typed: string): Promise<boolean>;
  /** Checks that do not apply to this row, with the reason (and where that behaviour is tested instead). */
  skip?: Partial<Record<Check, string>>;
}

/** U+00A0 → space: contenteditable turns some typed spaces into NBSP. */
export const plainSpaces = (s: string): string => s.replace(/\u00a0/g, ' ');

/** Open `site` at this row's variant, closing `prev`'s tab first (for rows that reopen). */
export async function reopen(session: Session, v: Pick<Variant, 'site' | 'open'>, prev: Target | null): Promise<Tab> {
  if (prev) await prev.tab.close();
  return session.open(v.site, v.open);
}
