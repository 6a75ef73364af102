// Keyboard shortcuts documented on the options page. The hint card shortcut is handled by the
// content script's UI (CANDOR_SHORTCUT in lib/dom/ui/keyboard.ts, not imported here: that module
// brings the whole in-page UI); tests/settings/shortcuts.test.ts keeps the two in step. It is a
// page-level key, not a browser `commands` entry, so it needs no permission.

export interface ShortcutInfo {
  keys: string[];
  what: string;
}

export const SHORTCUTS: readonly ShortcutInfo[] = [
  {
    keys: ['Alt', 'Shift', 'C'],
    what: 'In a composer: open the hint card for the next flagged phrase after the caret (Option on a Mac). Again in the card: the next hint.',
  },
  { keys: ['Tab'], what: 'In a hint card: move between Apply, Dismiss, "Don\'t flag this again" and More (arrow keys move inside the More menu).' },
  { keys: ['Esc'], what: 'Close the More menu, then the hint card, and return to your text, caret unchanged.' },
];
