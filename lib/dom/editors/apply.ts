// Applying a suggestion: the one time Candor changes the composer. Always through the editor's own
// input path, so the app's model, undo stack and formatting behave as if the user had typed:
// Quill's API (via the MAIN-world bridge) for Slack, execCommand('insertText') on a selection
// for Gmail and Notion. Never innerHTML, never hand-made DOM edits.

import type { ApplyOutcome } from '../ui-contract';
import { QUILL_APPLIED, QUILL_APPLY, type QuillApplyReply } from '../main-world/protocol';

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

let requestSeq = 0;

/** Slack: ask the MAIN-world bridge to apply through Quill; execCommand if Quill is unreachable. */
export async function applyQuill(editor: HTMLElement, range: Range, text: string): Promise<ApplyOutcome> {
  const expected = range.toString();
  focusWithoutScroll(editor);
  if (!selectRange(range)) return { ok: false, reason: 'failed' };
  const id = `${Date.now()}-${++requestSeq}`;
  let reply: QuillApplyReply | null = null;
  const onReply = (e: Event) => {
    try {
      const r = JSON.parse(String((e as CustomEvent).detail)) as QuillApplyReply;
      if (r?.id === id) reply = r;
    } catch {
      /* not ours */
    }
  };
  // The bridge listens in the capture phase and answers during this dispatch (synchronously);
  // no answer means it is not installed or Quill is unreachable.
  editor.addEventListener(QUILL_APPLIED, onReply);
  try {
    editor.dispatchEvent(new CustomEvent(QUILL_APPLY, { detail: JSON.stringify({ id, expected, replacement: text }) }));
  } finally {
    editor.removeEventListener(QUILL_APPLIED, onReply);
  }
  reply = reply as QuillApplyReply | null;
  if (reply?.ok) return { ok: true };
  if (reply?.reason === 'stale') return { ok: false, reason: 'stale' };
  // Fallback: Quill's mutation observer picks up execCommand edits into its model and history.
  if (!range.startContainer.isConnected) return { ok: false, reason: 'stale' };
  return insertOverRange(editor, range, text) ? { ok: true } : { ok: false, reason: 'failed' };
}
