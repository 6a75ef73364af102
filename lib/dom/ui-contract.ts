// The seam between the content script's core (hooking composers, reading text, applying edits:
// lib/dom/editors, lib/sites, entrypoints/content) and the hint UI (underlines, badge, cards:
// lib/dom/ui, components/). The core never draws; the UI never edits the composer.

import type { Finding } from '../analysis/types';

export interface UiFinding {
  /** Stable across re-analyses while the flagged words stay the same (category+rule+text+occurrence). */
  key: string;
  finding: Finding;
  /** The flagged words' DOM range right now (null when it cannot be mapped, e.g. text changed). */
  range(): Range | null;
}

/**
 * Why nothing was applied. 'unsafe': this composer has no verified way to edit (Slack without
 * the Quill bridge), so Candor did not try; 'unverified': the edit did not give the expected
 * text and was taken back.
 */
export type NotAppliedReason = 'reverted' | 'stale' | 'failed' | 'unsafe' | 'unverified';

export type ApplyOutcome =
  | { ok: true }
  /** The app reverted the change (or it could not be made): the card offers copy-to-clipboard. */
  | { ok: false; reason: NotAppliedReason };

export type OffSwitchKind = 'rule' | 'site' | 'draft';

export interface UiHandlers {
  apply(f: UiFinding): Promise<ApplyOutcome>;
  /**
   * False when Apply is known not to be safe in this composer right now (Slack without the Quill
   * bridge): the card then offers Copy instead, with the reason. Absent means always offered.
   */
  canApply?(f: UiFinding): boolean;
  /** Hide this one finding until the text changes. */
  dismiss(f: UiFinding): void;
  /** "Don't flag this again": add the phrase to the user's never-flag list. */
  ignorePhrase(f: UiFinding): void;
  /**
   * The card's "More" menu: "Turn off this check" ('rule': the finding's rule, everywhere), "Not
   * on <site>" ('site') and "Pause for this draft" ('draft': this composer, until the message is
   * sent or emptied or the page reloads). Takes effect at once; absent means no menu.
   */
  turnOff?(f: UiFinding, what: OffSwitchKind): void;
  /** A card was opened for this finding (counts as a hint shown): once per finding while it stays flagged. */
  shown?(f: UiFinding): void;
}

/** One per hooked composer. */
export interface ComposerUi {
  /** Redraw for the latest analysis (findings sorted by start). Cheap when nothing changed. */
  update(findings: UiFinding[]): void;
  /**
   * Open the card for the first finding at/after the caret (keyboard shortcut); when a card
   * opened this way already has focus, the next finding. Focus moves into the card; Escape (or
   * Dismiss / "Don't flag this again") gives focus and the saved selection back to the editor.
   */
  openNext(): void;
  /** Close any open card. */
  closeCard(): void;
  /** Remove everything this composer's UI added to the page. */
  destroy(): void;
}

export interface ComposerUiOptions {
  /** The hooked composer element (Slack .ql-editor, Gmail body, Notion .notion-page-content). */
  editor: HTMLElement;
  /** Element to anchor the badge to (defaults to editor). */
  anchor?: HTMLElement;
  /** Scroll container(s) to listen to for repositioning, in addition to window. */
  scrollers?: HTMLElement[];
  handlers: UiHandlers;
  /** The app's name as the user knows it ("Slack"), for the card's "Not on Slack". */
  siteLabel?: string;
  /**
   * Keyboard shortcut wiring (lib/dom/ui CANDOR_SHORTCUT, Alt+Shift+C, matched on `code`). By
   * default the UI listens itself (window keydown, capture phase, only for events from `editor`
   * or the card) and calls openNext(); pass false when the core wires the key and calls
   * openNext() (e.g. to skip it while Slack's autocomplete menu is open).
   */
  shortcut?: boolean;
  /** Destroys the UI when aborted (pass the content script's `ctx.signal`). */
  signal?: AbortSignal;
}
