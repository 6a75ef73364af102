// What a site adapter tells the content script's core: where the composers are, how their text
// is read (which editor behaviour applies), where the page scrolls, and what "send" looks like.
// Adapters hold selectors and site behaviour only; editing logic lives in lib/dom/editors.

import type { Site } from '../analysis/types';

/** Which editor behaviour (lib/dom/editors) drives a composer. */
export type EditorKind = 'quill' | 'contenteditable' | 'notion';

/** A send gesture seen in the capture phase, before the app clears or closes the composer. */
export type SendTrigger = 'key' | 'button';

export interface SiteAdapter {
  site: Site;
  editorKind: EditorKind;
  /** Hooked composer elements at or under `root` (root itself included). */
  composersIn(root: Element | Document): HTMLElement[];
  /** Subtrees inside a composer that are not the user's words (never read, never touched). */
  skipSelector?: string;
  /** Element to anchor the badge to. */
  anchorFor(editor: HTMLElement): HTMLElement;
  /** Scroll containers around the composer (besides window). */
  scrollersFor(editor: HTMLElement): HTMLElement[];
  /** Is this keydown (capture phase, target inside `editor`) a send? */
  isSendKey(e: KeyboardEvent, editor: HTMLElement): boolean;
  /**
   * A field outside the composer from which the send key also sends (Gmail's To and Subject):
   * returns the element holding that field's composer, or null. Absent: only the composer sends.
   */
  sendKeyScopeFor?(target: Element): Element | null;
  /** Is this click target the composer's send button? Returns the button or null. */
  sendButtonFor(target: Element): Element | null;
  /** Notion-style apps have no send: an edited page counts as "sent" when the user leaves it. */
  sendsOnLeave?: boolean;
  /**
   * Composers people mostly read (a Notion page): analyse and mark nothing until the user edits
   * it in this visit (an input event inside it); from then on the whole page is judged. Marks on
   * a page someone only opened to read are noise, and reading a long page costs work.
   */
  judgeAfterFirstEdit?: boolean;
  /**
   * What confirms a send gesture (key or button, only a candidate) within a few seconds:
   * 'emptied' — the app empties the composer (or removes it); 'closed' — the composer is removed
   * or hidden (Gmail closes the compose). Absent: the gesture itself counts (Notion's leave).
   */
  sendConfirmation?: SendConfirmation;
  /**
   * Is the app asking the user to confirm a pending send (Slack's @channel confirmation)? While
   * it is, the candidate waits past the usual window (up to SEND_HOLD_MAX_MS, pending-send.ts).
   */
  sendHeld?(editor: HTMLElement): boolean;
  /** Where conversations and other people's posts can be read (the burst hint; Slack only). */
  conversations?: ConversationSource;
}

/** A message row: its time key and its sender id (null: the previous row's sender continues). */
export interface MessageRow {
  ts: number;
  sender: string | null;
}

/** Structure only: which conversation a composer writes to, and who posted in its list. */
export interface ConversationSource {
  /** The conversation messages from this composer go to, or null (edit boxes, unknown URL). */
  conversationFor(editor: HTMLElement, pathname: string): string | null;
  /** The message list showing that conversation, or null when it can't be found. */
  messageListFor(editor: HTMLElement): Element | null;
  /** Message rows in the list, in document order. */
  rowsIn(list: Element): MessageRow[];
}

export type SendConfirmation = 'emptied' | 'closed';

/** Scrollable ancestors of an element (computed once, when a composer is hooked). */
export function scrollParents(el: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (/(auto|scroll|overlay)/.test(s.overflowY + s.overflowX)) out.push(p);
  }
  return out;
}

export function isComposing(e: KeyboardEvent): boolean {
  // keyCode 229: IME still composing in Chromium even when isComposing is not set.
  return e.isComposing || e.keyCode === 229;
}
