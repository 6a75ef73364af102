// Applying a suggestion: the one time Candor changes the composer. Always through the editor's own
// input path, so the app's model, undo stack and formatting behave as if the user had typed:
// Quill's API (via the MAIN-world bridge, editors/quill.ts) for Slack, execCommand('insertText')
// on a selection for Gmail and Notion. Never innerHTML, never hand-made DOM edits.

import type { ApplyOutcome } from '../ui-contract';

export function selectRange(range: Range): boolean {
  const sel = document.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function focusWithoutScroll(el: HTMLElement): void {
  if (document.activeElement !== el && !el.contains(document.activeElement)) el.focus({ preventScroll: true });
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => finish());
    // Background tabs get no frames.
    setTimeout(finish, 100);
  });
}

/** How long after an edit the app is given to roll it back before Candor calls it kept. */
export const KEEP_CHECK_MS = 1000;

/**
 * Did the app keep an edit that turned `before` into something holding `text`? `now()` re-reads
 * the edited text (the block, the body; null when it is gone). Checked at once and again after
 * KEEP_CHECK_MS: Notion may roll back a write a moment later (SITES.md, Notion, "Applying text"),
 * and an app that does so must not leave the card saying it worked.
 */
export async function keptEdit(now: () => string | null, before: string | null, text: string): Promise<ApplyOutcome> {
  const right = now();
  if (right === null || right === before) return { ok: false, reason: 'reverted' };
  await sleep(KEEP_CHECK_MS);
  const later = now();
  if (later === right) return { ok: true };
  if (later === null || later === before || !later.includes(text)) return { ok: false, reason: 'reverted' };
  return { ok: true };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Select the range inside `focusTarget` and insert `text` like typing (one undo step). */
export function insertOverRange(focusTarget: HTMLElement, range: Range, text: string): boolean {
  focusWithoutScroll(focusTarget);
  if (!selectRange(range)) return false;
  // insertText with an empty string does nothing in Chromium: delete instead.
  return text ? document.execCommand('insertText', false, text) : document.execCommand('delete', false);
}
