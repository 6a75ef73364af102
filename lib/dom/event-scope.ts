// Does an event (keydown, input) belong to a hooked composer? Usually its target sits inside the
// composer. Notion's live build is the exception (SITES.md, Notion): one editable root above the
// page content holds focus, so key and input events target that root, an ANCESTOR of the hooked
// `.notion-page-content`, and only the selection says whether the page is what is being edited.
// The title sits inside the same root: an event whose selection is in the title is not ours.

export function eventInEditor(e: Event, editor: HTMLElement): boolean {
  const target = e.target;
  if (!(target instanceof Node)) return false;
  // composedPath: an editor inside a shadow root still owns events retargeted to its host.
  if (editor.contains(target) || e.composedPath().includes(editor)) return true;
  // Only an editable ancestor (the root): keys pressed on the body or a toolbar are not typing,
  // even when an old selection still sits in the composer.
  if (!(target instanceof HTMLElement) || !target.isContentEditable || !target.contains(editor)) return false;
  const sel = editor.ownerDocument.getSelection();
  const at = sel && sel.rangeCount > 0 ? sel.anchorNode : null;
  return !!at && editor.contains(at);
}
