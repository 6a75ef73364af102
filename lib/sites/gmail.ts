// Gmail (mail.google.com). Facts from SITES.md ("What changed in 2026" and the Gmail section,
// gathered from InboxSDK, gmail.js, Briskine and Just Not Sorry; none checked against the live app
// from here). Class names are obfuscated and aria-labels translated, so composers are found by
// Gmail's own editing attributes inside a compose root, and a compose is recognised by structure.

import { isComposing, scrollParents, type SiteAdapter } from './types';

// The message body: Gmail's editable, identical in every UI language (SITES.md, 2026).
const BODY = '[g_editable="true"][contenteditable="true"][role="textbox"]';
// Docked compose windows and inline replies (which sit inside `.adB` under the conversation):
// div.M9 is the compose root (SITES.md, InboxSDK/gmail.js, 2026).
const COMPOSE_WINDOW = 'div.M9';
// Inline reply container: a compose only when it holds a compose form (below). Never `.AO`: that is
// the whole main view and also holds Settings' signature editor (SITES.md, 2026).
const INLINE_REPLY = '.adB';
// Full-screen compose: a dialog whose compose lacks .M9 (SITES.md, 2026).
const FULLSCREEN = '[role="dialog"] div.aaZ';
// Pop-out window: the compose is the whole page, body.xE.xp, no .M9 (SITES.md, 2026).
const POPOUT_BODY = 'body.xE.xp';
// Every compose has a form with the subject box, even replies (where it is hidden) (SITES.md,
// gmail.js and several automation scripts, 2026).
const SUBJECT = 'input[name="subjectbox"]';
// Fields of a compose besides the body: To/Cc/Bcc (textarea[name=to] in older builds, an input
// combobox today) and Subject. Ctrl/Cmd+Enter sends from all of them; matched by element type
// because their classes and labels change (SITES.md, 2026).
const FIELD = 'input:not([type="hidden"]):not([type="file"]), textarea';
// Not the user's words: quoted history, its "On … wrote:" header, and signatures.
const SKIP = [
  '.gmail_quote', // quoted reply / forwarded message
  '.gmail_quote_container', // wrapper Gmail adds around the quote (2024+)
  '.gmail_attr', // "On Tue, … wrote:" attribution line
  'blockquote', // any quoted block, including pasted ones
  '.gmail_signature', // the signature block
  '.gmail_signature_prefix', // the "-- " line above the signature
  '[data-smartmail="gmail_signature"]', // signature inserted by the compose UI
  '.ajR', // "Show trimmed content" control, should it sit inside the body (SITES.md, 2026)
].join(', ');
// The compose toolbar's primary Send button. `T-I-atl` alone is Gmail's generic blue-button
// class, also on the "More send options" arrow (`.hG`, aria-haspopup) and on buttons other
// extensions inject (InboxSDK's button colour table; SITES.md, 2026): `aoO` marks Send itself.
const SEND_BUTTON = 'div.T-I.aoO[role="button"]';
const NOT_SEND = '.hG, [aria-haspopup="true"]';

const ROOTS = `${COMPOSE_WINDOW}, ${INLINE_REPLY}, ${FULLSCREEN}`;

function hasComposeForm(root: Element): boolean {
  return !!root.querySelector(`form ${SUBJECT}`);
}

/**
 * The compose an element belongs to: the nearest docked/inline/full-screen compose root that is
 * really a compose (.M9 is; the others must hold the subject box), else the pop-out page itself.
 */
export function composeRootOf(el: Element): Element | null {
  for (let a = el.closest(ROOTS); a; a = a.parentElement?.closest(ROOTS) ?? null) {
    if (a.matches(COMPOSE_WINDOW) || hasComposeForm(a)) return a;
  }
  const body = el.ownerDocument.body;
  if (body?.matches(POPOUT_BODY) && body.contains(el) && hasComposeForm(body)) return body;
  return null;
}

function isComposer(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && el.matches(BODY) && !!composeRootOf(el);
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  editorKind: 'contenteditable',
  skipSelector: SKIP,
  // Gmail keeps the compose open when it refuses a send (no recipient, a cancelled no-subject
  // confirm): a send counts only when the compose closes (SITES.md, 2026).
  sendConfirmation: 'closed',
  composersIn(root) {
    const out: HTMLElement[] = [];
    if (root instanceof Element && isComposer(root)) out.push(root);
    for (const el of root.querySelectorAll(BODY)) if (isComposer(el)) out.push(el);
    return out;
  },
  anchorFor: (editor) => editor,
  scrollersFor: (editor) => scrollParents(editor),
  isSendKey(e) {
    return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !isComposing(e);
  },
  // To, Cc, Bcc and Subject send with the same shortcut as the body.
  sendKeyScopeFor(target) {
    return target.matches(FIELD) ? composeRootOf(target) : null;
  },
  sendButtonFor(target) {
    const button = target.closest(SEND_BUTTON);
    if (!button || button.matches(NOT_SEND)) return null;
    return composeRootOf(button) ? button : null;
  },
};
