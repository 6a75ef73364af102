// Slack web (app.slack.com): a Quill 1 fork. Facts from SITES.md; none checked against the live
// app from here, so every selector is in this file with the variant it covers.

import { isComposing, scrollParents, type SiteAdapter } from './types';

// Channel, DM and thread composers: Quill's editable inside the message input wrapper.
const MESSAGE_INPUT = '[data-qa="message_input"] .ql-editor';
// Editing a sent message: the inline editor replaces the message body.
const MESSAGE_EDITOR = '[data-qa="message_editor"] .ql-editor';
// Older markup (before 2024) put data-qa="message_input" on the editable itself.
const LEGACY_INPUT = '.ql-editor[data-qa="message_input"]';
const COMPOSER = `${MESSAGE_INPUT}, ${MESSAGE_EDITOR}, ${LEGACY_INPUT}`;
// The search / "Jump to" box is also a texty_input: never coach search queries.
const SEARCH_BOX = '[aria-label="Query"]';
// Search UI containers, in case the query box loses its aria-label in a redesign.
const SEARCH_CONTAINER = '[data-qa="search_input"], [data-qa="top_nav_search"], [role="search"]';
// Mentions / emoji / slash-command menu: while it is open, Enter picks an item instead of sending.
const AUTOCOMPLETE_MENU = '[data-qa="texty_autocomplete_menu"]';
// The paper-plane send button (channel, DM and thread composers).
const SEND_BUTTON = 'button[data-qa="texty_send_button"]';
// The "Save" button of the inline message editor (two spellings seen; neither checked live).
const EDIT_SAVE_BUTTON =
  '[data-qa="message_editor"] button[data-qa="wysiwyg-container_save-button"], [data-qa="message_editor"] button[data-qa="save_edit"]';
// Wrapper to anchor the badge to (the composer's visible box).
const ANCHOR = '[data-qa="message_input"], [data-qa="message_editor"]';

function isComposer(el: Element): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    el.matches(COMPOSER) &&
    el.isContentEditable &&
    !el.matches(SEARCH_BOX) &&
    !el.closest(SEARCH_CONTAINER)
  );
}

function autocompleteOpen(): boolean {
  const menu = document.querySelector(AUTOCOMPLETE_MENU);
  return !!menu && (menu as HTMLElement).getClientRects().length > 0;
}

export const slack: SiteAdapter = {
  site: 'slack',
  editorKind: 'quill',
  composersIn(root) {
    const out: HTMLElement[] = [];
    if (root instanceof Element && isComposer(root)) out.push(root);
    for (const el of root.querySelectorAll(COMPOSER)) if (isComposer(el)) out.push(el);
    return out;
  },
  anchorFor: (editor) => (editor.closest(ANCHOR) as HTMLElement | null) ?? editor,
  scrollersFor: (editor) => scrollParents(editor),
  isSendKey(e) {
    return e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !isComposing(e) && !autocompleteOpen();
  },
  sendButtonFor: (target) => target.closest(`${SEND_BUTTON}, ${EDIT_SAVE_BUTTON}`),
};
