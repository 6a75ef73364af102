// Gmail (mail.google.com). Class names are obfuscated and aria-labels translated, so composers
// are found by Gmail's own editing attributes inside the two compose containers.

import { isComposing, scrollParents, type SiteAdapter } from './types';

// The message body: Gmail's editable, identical in every UI language.
const BODY = '[g_editable="true"][contenteditable="true"][role="textbox"]';
// New message / pop-out compose window root.
const COMPOSE_WINDOW = 'div.M9';
// Inline reply and forward under a conversation.
const INLINE_REPLY = '.AO';
const COMPOSER = `${COMPOSE_WINDOW} ${BODY}, ${INLINE_REPLY} ${BODY}`;
// Not the user's words: quoted history, its "On … wrote:" header, and signatures.
const SKIP = [
  '.gmail_quote', // quoted reply / forwarded message
  '.gmail_quote_container', // wrapper Gmail adds around the quote (2024+)
  '.gmail_attr', // "On Tue, … wrote:" attribution line
  'blockquote', // any quoted block, including pasted ones
  '.gmail_signature', // the signature block
  '.gmail_signature_prefix', // the "-- " line above the signature
  '[data-smartmail="gmail_signature"]', // signature inserted by the compose UI
].join(', ');
// The blue Send button (compose window and inline reply).
const SEND_BUTTON = 'div.T-I.T-I-atl[role="button"]';
// Where the send button and the body share an ancestor.
const COMPOSE_ROOT = `${COMPOSE_WINDOW}, ${INLINE_REPLY}`;

export const gmail: SiteAdapter = {
  site: 'gmail',
  editorKind: 'contenteditable',
  skipSelector: SKIP,
  composersIn(root) {
    const out: HTMLElement[] = [];
    if (root instanceof HTMLElement && root.matches(COMPOSER)) out.push(root);
    for (const el of root.querySelectorAll<HTMLElement>(COMPOSER)) out.push(el);
    return out;
  },
  anchorFor: (editor) => editor,
  scrollersFor: (editor) => scrollParents(editor),
  isSendKey(e) {
    return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !isComposing(e);
  },
  sendButtonFor(target) {
    const button = target.closest(SEND_BUTTON);
    return button && button.closest(COMPOSE_ROOT) ? button : null;
  },
};
