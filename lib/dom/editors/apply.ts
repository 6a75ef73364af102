// Applying a suggestion: the one time Candor changes the composer. Always through the editor's own
// input path, so the app's model, undo stack and formatting behave as if the user had typed:
// Quill's API (via the MAIN-world bridge, editors/quill.ts) for Slack, execCommand('insertText')
// on a selection for Gmail and Notion. Never innerHTML, never hand-made DOM edits.

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
