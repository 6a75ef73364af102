// Keys: the shortcut that opens the card, Escape, and focus cycling inside the card.

import { eventInEditor } from '../event-scope';
import type { ComposerUiImpl } from './composer-ui';
import type { Entry } from './entry';

/**
 * The keyboard shortcut that opens the card for the hint at/after the caret (and, pressed again
 * inside the card, the next hint). Alt+Shift+C is unused by Slack, Gmail and Notion; matched on
 * `code` so it works on layouts where Option+Shift+C types a character (macOS: Ç).
 * Wired by this module (window keydown, capture phase, only when the event comes from the
 * composer, an editable root around it with the selection inside it, or the card) unless
 * ComposerUiOptions.shortcut is false.
 */
export const CANDOR_SHORTCUT = { code: 'KeyC', altKey: true, shiftKey: true, label: 'Alt+Shift+C' } as const;

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/** The card's footer when it was opened from the keyboard. */
export function keysHint(shortcutWired: boolean): string {
  return `Esc to close${shortcutWired ? ` · ${CANDOR_SHORTCUT.label} for the next hint` : ''}`;
}

/** Window keydown (capture): the shortcut from the composer or the card, Escape from the composer. */
export function onComposerKeydown(ui: ComposerUiImpl, e: KeyboardEvent): void {
  const path = e.composedPath();
  const cardHost = ui.card.host;
  const inCard = !!cardHost && path.includes(cardHost.host);
  // Not just path.includes(editor): Notion's editable root, an ancestor, gets the keys there.
  if (!inCard && !eventInEditor(e, ui.editor)) return;
  if (e.isComposing) return;
  if (ui.opts.shortcut !== false && e.code === CANDOR_SHORTCUT.code && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    e.stopPropagation();
    ui.openNext();
    return;
  }
  if (inCard) return; // the card's own handler (Escape, Tab, arrows) runs at the host
  if (e.key === 'Escape' && ui.card.current) {
    // Our card goes first; the app's Escape (Slack: mark read, Notion: select block) waits.
    e.preventDefault();
    e.stopPropagation();
    ui.card.close('escape');
    return;
  }
  if (!MODIFIER_KEYS.has(e.key)) ui.hover.noteKey();
}

/**
 * Tab and the arrow keys cycle focus among the card's buttons (it sits at the end of <body>, so
 * Tab would otherwise leave the page); Escape is the way out, back to the composer.
 */
export function cycleCardFocus(e: KeyboardEvent, root: ShadowRoot): void {
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey);
  const backward = e.key === 'ArrowLeft' || e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey);
  if (!forward && !backward) return;
  // In the "More" menu the arrows stay among its items (the menu pattern); Tab goes on through
  // the whole card.
  const menu = e.key !== 'Tab' ? (root.activeElement as HTMLElement | null)?.closest('[role="menu"]') : null;
  const buttons = Array.from((menu ?? root).querySelectorAll<HTMLElement>('button'));
  if (buttons.length === 0) return;
  const i = buttons.indexOf(root.activeElement as HTMLElement);
  const next = forward ? (i + 1) % buttons.length : (i - 1 + buttons.length) % buttons.length;
  e.preventDefault();
  buttons[next].focus({ preventScroll: true });
}

/**
 * The shortcut: the card for the first hint at/after the caret, or, pressed again with focus in
 * the card, the next one (wrapping round).
 */
export function openNextHint(ui: ComposerUiImpl): void {
  const list = ui.entries.filter((e) => ui.rangeValid(e.range));
  if (list.length === 0) return;
  const card = ui.card.current;
  const target = card && ui.card.focusInCard() ? nextAfter(list, card.key) : firstAtCaret(list, ui.win, ui.editor);
  ui.card.open(target, 'keyboard', 0);
}

function nextAfter(list: readonly Entry[], key: string): Entry {
  const i = list.findIndex((e) => e.key === key);
  return list[(i + 1) % list.length];
}

function firstAtCaret(list: readonly Entry[], win: Window, editor: HTMLElement): Entry {
  const sel = win.getSelection();
  const node = sel?.focusNode;
  let target: Entry | undefined;
  if (node && editor.contains(node)) {
    target = list.find((e) => {
      try {
        return e.range!.comparePoint(node, sel!.focusOffset) <= 0;
      } catch {
        return false;
      }
    });
  }
  return target ?? list[0];
}
