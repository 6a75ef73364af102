// Slack web (app.slack.com): a Quill 1 fork. Facts from SITES.md ("What changed in 2026"); none
// checked against the live app from here, so every selector is in this file with its evidence.
// Composers are found by the editor itself plus a send control near it, never by one wrapper:
// the newer client is reported without the old message-input wrapper (live note, Sep 2026).

import { slackConversations } from './slack-messages';
import { isComposing, scrollParents, type SiteAdapter } from './types';

// Slack's Quill editable: `.ql-editor[contenteditable][role=textbox]`, usually
// data-qa="texty_input", spellcheck="false" (Harper PR #4033, Aug 2026).
const EDITOR = '.ql-editor[contenteditable="true"][role="textbox"]';
// Older markup (before 2024) put data-qa="message_input" on the editable itself.
const LEGACY_INPUT = '.ql-editor[contenteditable="true"][data-qa="message_input"]';
const CANDIDATE = `${EDITOR}, ${LEGACY_INPUT}`;
// Wrappers only tell composers apart (badge anchor, edit saves); none is required. Thread panes
// ([data-qa=threads_flexpane] / [data-qa=rhs_container]) need no selector: their composer is
// found like any other. Channel/DM composer (older clients):
const MESSAGE_INPUT = '[data-qa="message_input"]';
// Editing a sent message: the inline editor replaces the message body (SITES.md, 2026).
const MESSAGE_EDITOR = '[data-qa="message_editor"]';
// The search / "Jump to" query box is also a texty_input Quill box, but a combobox inside
// [role=search]; its aria-label ("Query") is localized, so it is excluded by role and structure.
const SEARCH_CONTAINER = '[role="search"], [data-qa="search_input"], [data-qa="top_nav_search"]';
// Mentions / emoji / slash-command menu: while it is open, Enter picks an item instead of sending.
const AUTOCOMPLETE_MENU = '[data-qa="texty_autocomplete_menu"]';
// The paper-plane send button (channel, DM and thread composers; SITES.md, 2026).
const SEND_BUTTON = 'button[data-qa="texty_send_button"]';
// The "Save" of the inline message editor: `button.c-button--primary` without data-qa (2026);
// the data-qa spellings are older and unconfirmed.
const EDIT_SAVE_BUTTON = [
  `${MESSAGE_EDITOR} button.c-button--primary`,
  `${MESSAGE_EDITOR} button[data-qa="wysiwyg-container_save-button"]`,
  `${MESSAGE_EDITOR} button[data-qa="save_edit"]`,
].join(', ');
const SEND_CONTROL = `${SEND_BUTTON}, ${EDIT_SAVE_BUTTON}`;
// Inline embeds in the composer (SITES.md, 2026): emoji are `<img class="emoji"
// data-stringify-text=":smile:">`; mentions are non-editable embeds whose content sits in a
// `contenteditable="false"` node between two U+FEFF guard text nodes (Quill 1's Embed blot).
// They are read by their text, and a replacement never crosses one.
const EMOJI = 'img.emoji[data-stringify-text]';
const NON_EDITABLE = '[contenteditable="false"]';
export const SLACK_EMBED = `${EMOJI}, ${NON_EDITABLE}`;

/** The text an embed reads as (":smile:", "@Dana Weber"), or null for ordinary elements. */
export function slackEmbedText(el: Element): string | null {
  if (el.matches(EMOJI)) return el.getAttribute('data-stringify-text');
  if (el.matches(NON_EDITABLE)) return (el.textContent ?? '').replace(/\uFEFF/g, '');
  return null;
}

// A modal the app opens over the composer: Slack asks "notify everyone in #channel?" before an
// @channel / @here message in a large channel, and the message stays in the composer until the
// user confirms (SITES.md, 2026). The dialog's markup is not documented by any source we have, so
// it is recognised by role only: any visible modal dialog that does not hold this composer.
const MODAL = '[role="dialog"][aria-modal="true"], [role="alertdialog"]';

// How far up from the editor a send control may sit (editor > container > wrapper > footer…).
const NEAR_LEVELS = 8;

/**
 * A send control belonging to this editor: found walking up from it, before reaching an
 * ancestor that also holds another Quill editor (whose button that would be).
 */
function sendControlNear(editor: HTMLElement): Element | null {
  let levels = 0;
  for (let a = editor.parentElement; a && levels < NEAR_LEVELS; a = a.parentElement, levels++) {
    if (a.querySelectorAll('.ql-editor').length > 1) return null;
    const control = a.querySelector(SEND_CONTROL);
    if (control) return control;
  }
  return null;
}

function isComposer(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.matches(CANDIDATE) || !el.isContentEditable) return false;
  if (el.getAttribute('role') === 'combobox' || el.closest(SEARCH_CONTAINER)) return false;
  // Inside the old wrappers the wrapper is the evidence; otherwise a send control must be near.
  const wrapped = !!el.closest(`${MESSAGE_INPUT}, ${MESSAGE_EDITOR}`);
  const dialog = el.closest('[role="dialog"]');
  // A "Jump to" dialog holds a Quill box with no send button; a dialog that can send is fine.
  if (dialog && !dialog.querySelector(SEND_CONTROL)) return false;
  return wrapped || !!sendControlNear(el);
}

function autocompleteOpen(): boolean {
  const menu = document.querySelector(AUTOCOMPLETE_MENU);
  return !!menu && (menu as HTMLElement).getClientRects().length > 0;
}

export const slack: SiteAdapter = {
  site: 'slack',
  editorKind: 'quill',
  // Slack empties the composer (or closes the edit box) once a message is really sent.
  sendConfirmation: 'emptied',
  composersIn(root) {
    const out: HTMLElement[] = [];
    if (root instanceof Element && isComposer(root)) out.push(root);
    for (const el of root.querySelectorAll(CANDIDATE)) if (isComposer(el)) out.push(el);
    return out;
  },
  // The wrapper's box when there is one, else the Quill container (editor's parent).
  anchorFor: (editor) =>
    (editor.closest(`${MESSAGE_INPUT}, ${MESSAGE_EDITOR}`) as HTMLElement | null) ?? (editor.closest('.ql-container') as HTMLElement | null) ?? editor,
  scrollersFor: (editor) => scrollParents(editor),
  // Enter (default) or Ctrl/Cmd+Enter ("Enter inserts a new line", and edit saves) are only
  // candidates: the coach counts the message when Slack empties the composer.
  isSendKey(e) {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || isComposing(e) || autocompleteOpen()) return false;
    return !(e.ctrlKey && e.metaKey);
  },
  sendButtonFor: (target) => target.closest(SEND_CONTROL),
  sendHeld(editor) {
    for (const m of editor.ownerDocument.querySelectorAll<HTMLElement>(MODAL)) {
      if (!m.contains(editor) && m.getClientRects().length > 0) return true;
    }
    return false;
  },
  conversations: slackConversations,
};
