// Editor behaviour per composer kind: how to read the user's words (with a map back to the DOM)
// and how to apply a suggestion through the editor's own input path.

import type { EditorKind } from '../../sites/types';
import type { ApplyOutcome } from '../ui-contract';
import { insertOverRange, keptEdit, nextFrame, selectRange } from './apply';
import { NotionReader } from './notion';
import { quillDriver } from './quill';
import { readEditor } from './read';
import type { TextMap } from './text-map';
import { BLOCK, EDITABLE_ROOT, LEAF, LEGACY_LEAF } from '../../sites/notion';

export interface EditorDriver {
  /** The user's words now, with the map back to DOM positions. Never writes to the DOM. */
  read(): TextMap;
  /** Replace exactly `range` with `text` (range already checked to hold the flagged words). */
  apply(range: Range, text: string): Promise<ApplyOutcome>;
  /** False when apply() is known to refuse here (Slack without the Quill bridge). */
  canApply?(): boolean;
  /** The composer is gone: drop any per-composer state kept outside the driver. */
  release?(): void;
}

export function createDriver(kind: EditorKind, editor: HTMLElement, skip?: string): EditorDriver {
  if (kind === 'quill') return quillDriver(editor);
  if (kind === 'notion') return notionDriver(editor);
  return contentEditableDriver(editor, skip);
}

function intersectsSkipped(range: Range, root: HTMLElement, skip: string | undefined): boolean {
  if (!skip) return false;
  const inSkip = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest(skip);
  if (inSkip(range.startContainer) || inSkip(range.endContainer)) return true;
  for (const el of root.querySelectorAll(skip)) if (range.intersectsNode(el)) return true;
  return false;
}

function contentEditableDriver(editor: HTMLElement, skip?: string): EditorDriver {
  return {
    read: () => readEditor(editor, { skip }),
    async apply(range, text) {
      // The quoted reply and the signature are never rewritten, even partly.
      if (intersectsSkipped(range, editor, skip)) return { ok: false, reason: 'failed' };
      const bodyNow = () => (editor.isConnected ? editor.textContent : null);
      const before = bodyNow();
      if (!insertOverRange(editor, range, text)) return { ok: false, reason: 'failed' };
      // Checked like Notion's: an app that undoes the write is reported, and Copy offered.
      return keptEdit(bodyNow, before, text);
    },
  };
}

const LEAVES = `${LEAF}, ${LEGACY_LEAF}:not(${EDITABLE_ROOT})`;

function notionDriver(page: HTMLElement): EditorDriver {
  const reader = new NotionReader(page);
  return {
    read: () => reader.read(),
    async apply(range, text) {
      const elementOf = (n: Node) => (n instanceof Element ? n : n.parentElement);
      const leaf = elementOf(range.startContainer)?.closest(LEAVES);
      // A replacement never spans two blocks: Notion would merge them.
      if (!leaf || elementOf(range.endContainer)?.closest(LEAVES) !== leaf) return { ok: false, reason: 'failed' };
      const blockId = leaf.closest(BLOCK)?.getAttribute('data-block-id');
      if (!blockId) return { ok: false, reason: 'failed' };
      const before = reader.blockTextNow(blockId);
      const focusTarget = (leaf.closest(EDITABLE_ROOT) as HTMLElement | null) ?? (leaf as HTMLElement);
      if (document.activeElement !== focusTarget) focusTarget.focus({ preventScroll: true });
      selectRange(range);
      // Notion moves the selection after focus; let it settle, then make sure ours still holds.
      await nextFrame();
      const sel = document.getSelection();
      const current = sel?.rangeCount ? sel.getRangeAt(0) : null;
      if (current?.compareBoundaryPoints(Range.START_TO_START, range) !== 0 || current.compareBoundaryPoints(Range.END_TO_END, range) !== 0) {
        if (!range.startContainer.isConnected) return { ok: false, reason: 'stale' };
        selectRange(range);
      }
      const done = text ? document.execCommand('insertText', false, text) : document.execCommand('delete', false);
      if (!done) return { ok: false, reason: 'failed' };
      // Notion may roll back an edit it did not expect a moment later: check that it kept it.
      return keptEdit(() => reader.blockTextNow(blockId), before, text);
    },
  };
}
