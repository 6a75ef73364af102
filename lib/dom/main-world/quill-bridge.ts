// Runs in Slack's own JS world (entrypoints/quill-bridge.content.ts). Applies a suggestion through
// Quill's API so Slack's model sees it exactly like typing: one undo step (history cut off before
// and after), the replaced span's inline formats kept, the caret after the replacement.
// The isolated content script has already selected the flagged words in the DOM; Quill reads that
// selection, which avoids translating offsets between our text and Quill's.

import { QUILL_APPLIED, QUILL_APPLY, type QuillApplyReply, type QuillApplyRequest } from './protocol';

interface QuillLike {
  getSelection(focus?: boolean): { index: number; length: number } | null;
  getText(index?: number, length?: number): string;
  getContents(index?: number, length?: number): { ops: Array<{ insert?: unknown; attributes?: Record<string, unknown> }>; constructor: new () => DeltaLike };
  updateContents(delta: DeltaLike, source?: string): unknown;
  setSelection(index: number, length: number, source?: string): void;
  history?: { cutoff?: () => void };
}
interface DeltaLike {
  retain(n: number): DeltaLike;
  delete(n: number): DeltaLike;
  insert(text: string, attributes?: Record<string, unknown>): DeltaLike;
}

const comparable = (s: string) => s.replace(/[\n\u00a0`]/g, (c) => (c === '\u00a0' ? ' ' : ''));

function quillFor(editor: Element): QuillLike | null {
  const container = editor.closest('.ql-container') as (Element & { __quill?: QuillLike }) | null;
  const q = container?.__quill;
  return q && typeof q.updateContents === 'function' ? q : null;
}

function apply(editor: Element, req: QuillApplyRequest): QuillApplyReply {
  const quill = quillFor(editor);
  if (!quill) return { id: req.id, ok: false, reason: 'no-quill' };
  const sel = quill.getSelection(true);
  if (!sel || sel.length === 0) return { id: req.id, ok: false, reason: 'stale' };
  if (comparable(quill.getText(sel.index, sel.length)) !== comparable(req.expected)) return { id: req.id, ok: false, reason: 'stale' };
  // Inline formats of the first text run of the span (bold, code, link…); block formats live on
  // the line's "\n" and are not touched.
  const contents = quill.getContents(sel.index, sel.length);
  const first = contents.ops.find((op) => typeof op.insert === 'string');
  const Delta = contents.constructor;
  const delta = new Delta().retain(sel.index).delete(sel.length).insert(req.replacement, first?.attributes);
  quill.history?.cutoff?.();
  quill.updateContents(delta, 'user');
  quill.history?.cutoff?.();
  quill.setSelection(sel.index + req.replacement.length, 0, 'user');
  return { id: req.id, ok: true };
}

export function installQuillBridge(): void {
  document.addEventListener(
    QUILL_APPLY,
    (e) => {
      const target = e.target;
      if (!(target instanceof Element) || !target.classList.contains('ql-editor')) return;
      let reply: QuillApplyReply;
      let req: QuillApplyRequest;
      try {
        req = JSON.parse(String((e as CustomEvent).detail));
        if (typeof req?.id !== 'string' || typeof req.expected !== 'string' || typeof req.replacement !== 'string') return;
      } catch {
        return;
      }
      try {
        reply = apply(target, req);
      } catch {
        reply = { id: req.id, ok: false, reason: 'failed' };
      }
      target.dispatchEvent(new CustomEvent(QUILL_APPLIED, { detail: JSON.stringify(reply) }));
    },
    true,
  );
}
