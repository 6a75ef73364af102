// Focus around the card. Only the keyboard path moves focus into it; leaving gives focus (and,
// unless an edit just happened, the caret) back to where the user was.

import type { CardState } from './card';
import { deepActiveElement, type ShadowHost } from './host';

/** Remembers the focused element and the caret in the composer before focus enters the card. */
export function saveFocus(card: CardState, host: ShadowHost, editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  const active = deepActiveElement(doc);
  const inCard = active && host.root.contains(active);
  if (active instanceof HTMLElement && !inCard && active !== doc.body) card.prevFocus = active;
  const sel = (doc.defaultView ?? window).getSelection();
  if (sel && sel.rangeCount > 0 && editor.contains(sel.getRangeAt(0).startContainer)) {
    card.savedRange = sel.getRangeAt(0).cloneRange();
  }
}

/** The button whose data-action is `prefer`, else the card's first button. */
export function focusButton(root: ShadowRoot, prefer?: string): void {
  const btn = (prefer && root.querySelector<HTMLElement>(`button[data-action="${prefer}"]`)) || root.querySelector<HTMLElement>('button');
  btn?.focus({ preventScroll: true });
}

/** Give focus (and, unless an edit just happened, the caret) back to where the user was. */
export function returnFocus(card: CardState, doc: Document, restoreSelection: boolean): void {
  const target = card.prevFocus?.isConnected ? card.prevFocus : null;
  if (!target) {
    (doc.activeElement as HTMLElement | null)?.blur?.();
    return;
  }
  target.focus({ preventScroll: true });
  const saved = card.savedRange;
  if (restoreSelection && saved?.startContainer.isConnected && saved.endContainer.isConnected) {
    const sel = (doc.defaultView ?? window).getSelection();
    sel?.removeAllRanges();
    sel?.addRange(saved);
  }
}
