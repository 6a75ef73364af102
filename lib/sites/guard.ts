// A site adapter that cannot throw: each call that fails falls back to "nothing here" (no
// composers, not a send, no scrollers) and is logged once with the site's id (lib/errors.ts).
// Selectors change under us; a broken one must cost one site's coaching, never the host page.
// The popup's diagnostic then shows the miss in plain words (lib/messaging/diagnostics.ts).

import { reportFailureOnce } from '../errors';
import type { SiteAdapter } from './types';

function safely<A extends unknown[], R>(id: string, fn: (...args: A) => R, fallback: (...args: A) => R) {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (err) {
      reportFailureOnce('adapter', id, err);
      return fallback(...args);
    }
  };
}

export function guardAdapter(adapter: SiteAdapter): SiteAdapter {
  const id = adapter.site;
  return {
    ...adapter,
    composersIn: safely(id, adapter.composersIn, () => []),
    anchorFor: safely(id, adapter.anchorFor, (editor) => editor),
    scrollersFor: safely(id, adapter.scrollersFor, () => []),
    isSendKey: safely(id, adapter.isSendKey, () => false),
    sendButtonFor: safely(id, adapter.sendButtonFor, () => null),
    sendKeyScopeFor: adapter.sendKeyScopeFor && safely(id, adapter.sendKeyScopeFor, () => null),
    // A broken modal check must not hold a send: fall back to the usual window.
    sendHeld: adapter.sendHeld && safely(id, adapter.sendHeld, () => false),
    conversations: adapter.conversations && {
      conversationFor: safely(id, adapter.conversations.conversationFor, () => null),
      messageListFor: safely(id, adapter.conversations.messageListFor, () => null),
      rowsIn: safely(id, adapter.conversations.rowsIn, () => []),
    },
  };
}
