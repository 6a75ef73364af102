// Runs in Slack's own JS world (entrypoints/quill-bridge.content.ts). Applies a suggestion through
// Quill's API so Slack's model sees it exactly like typing: one undo step (history cut off before
// and after), the replaced span's inline formats kept, the caret after the replacement.
// SITES.md (2026): Slack's fork ignores hand-set sub-range selections and may miss execCommand
// edits, so the span is addressed by DOM path (no selection is made) and the result is checked
// against Quill's own getText(); an edit that does not give the expected text is rolled back.

import {
  BRIDGE_VERSION,
  QUILL_APPLIED,
  QUILL_APPLY,
  QUILL_HELLO,
  QUILL_PING,
  QUILL_PONG,
  QUILL_REVERT,
  parseDetail,
  type BridgePing,
  type PathPoint,
  type QuillApplyReply,
  type QuillApplyRequest,
  type QuillFailure,
  type QuillRevertRequest,
} from './protocol';

interface DeltaLike {
  ops: Array<{ insert?: unknown; attributes?: Record<string, unknown> }>;
  retain(n: number): DeltaLike;
  delete(n: number): DeltaLike;
  insert(text: string, attributes?: Record<string, unknown>): DeltaLike;
  diff(other: DeltaLike): DeltaLike;
  constructor: new () => DeltaLike;
}
interface BlotLike {
  offset(root: unknown): number;
  index(node: Node, offset: number): number;
}
interface QuillLike {
  scroll: unknown;
  getText(index?: number, length?: number): string;
  getContents(index?: number, length?: number): DeltaLike;
  updateContents(delta: DeltaLike, source?: string): unknown;
  setSelection(index: number, length: number, source?: string): void;
  history?: { cutoff?: () => void; stack?: { undo?: unknown[] } };
  constructor: { find?(node: Node, bubble?: boolean): BlotLike | null };
}

const comparable = (s: string) => s.replace(/[\n\u00a0`]/g, (c) => (c === '\u00a0' ? ' ' : ''));

function quillFor(editor: Element): QuillLike | null {
  const container = editor.closest('.ql-container') as (Element & { __quill?: QuillLike }) | null;
  const q = container?.__quill;
  return q && typeof q.updateContents === 'function' && typeof q.constructor?.find === 'function' ? q : null;
}

/** Quill's index of a DOM point, through Quill's own blot lookup (embeds count as one). */
function indexOf(quill: QuillLike, editor: Element, p: PathPoint): number | null {
  let node: Node | null = editor;
  for (const i of p.path) node = node?.childNodes[i] ?? null;
  if (!node) return null;
  const blot = quill.constructor.find!(node, true);
  if (!blot || typeof blot.index !== 'function') return null;
  return blot.offset(quill.scroll) + blot.index(node, p.offset);
}

/** What the last verified apply produced, so an unverified one can be taken back (QUILL_REVERT). */
const lastApplied = new WeakMap<Element, { id: string; before: DeltaLike; after: DeltaLike; undoDepth: number }>();

/** Put `before` back without a history entry, and drop any undo step the bad edit left. */
function restore(quill: QuillLike, before: DeltaLike, undoDepth: number): void {
  const back = quill.getContents().diff(before);
  if (back.ops.length) quill.updateContents(back, 'silent');
  const undo = quill.history?.stack?.undo;
  if (Array.isArray(undo) && undo.length > undoDepth) undo.length = undoDepth;
}

function apply(editor: Element, req: QuillApplyRequest): QuillFailure | null {
  const quill = quillFor(editor);
  if (!quill) return 'no-quill';
  const start = indexOf(quill, editor, req.start);
  const end = indexOf(quill, editor, req.end);
  if (start === null || end === null || end <= start) return 'stale';
  const length = end - start;
  if (comparable(quill.getText(start, length)) !== comparable(req.expected)) return 'stale';
  const span = quill.getContents(start, length);
  if (span.ops.some((op) => typeof op.insert !== 'string')) return 'embed';
  const before = quill.getContents();
  const expected = quill.getText(0, start) + req.replacement + quill.getText(end);
  const undoDepth = quill.history?.stack?.undo?.length ?? 0;
  // Inline formats of the first text run of the span (bold, code, link…); block formats live on
  // the line's "\n" and are not touched.
  const first = span.ops.find((op) => typeof op.insert === 'string');
  const Delta = span.constructor;
  const delta = new Delta().retain(start).delete(length).insert(req.replacement, first?.attributes);
  quill.history?.cutoff?.();
  quill.updateContents(delta, 'user');
  quill.history?.cutoff?.();
  if (quill.getText() !== expected || quill.getText(start, req.replacement.length) !== req.replacement) {
    restore(quill, before, undoDepth);
    return 'unverified';
  }
  quill.setSelection(start + req.replacement.length, 0, 'user');
  lastApplied.set(editor, { id: req.id, before, after: quill.getContents(), undoDepth });
  return null;
}

/** The content script saw a different result in the DOM: undo, unless the user typed since. */
function revert(editor: Element, req: QuillRevertRequest): boolean {
  const quill = quillFor(editor);
  const last = lastApplied.get(editor);
  if (!quill || !last || last.id !== req.id) return false;
  lastApplied.delete(editor);
  if (quill.getContents().diff(last.after).ops.length) return false;
  restore(quill, last.before, last.undoDepth);
  return true;
}

function reply(target: Element, name: string, detail: object): void {
  target.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify({ v: BRIDGE_VERSION, ...detail }) }));
}

function editorOf(e: Event): Element | null {
  const t = e.target;
  return t instanceof Element && t.classList.contains('ql-editor') ? t : null;
}

export function installQuillBridge(): void {
  // Capture phase, answered during the dispatch: the content script sees the reply at once.
  document.addEventListener(
    QUILL_PING,
    (e) => {
      const editor = editorOf(e);
      const ping = parseDetail<BridgePing>(e);
      if (editor && ping && typeof ping.id === 'string') reply(editor, QUILL_PONG, { id: ping.id, quill: !!quillFor(editor) });
    },
    true,
  );
  document.addEventListener(
    QUILL_APPLY,
    (e) => {
      const editor = editorOf(e);
      const req = parseDetail<QuillApplyRequest>(e);
      if (!editor || !req || typeof req.id !== 'string' || typeof req.expected !== 'string' || typeof req.replacement !== 'string') return;
      let failure: QuillFailure | null;
      try {
        failure = apply(editor, req);
      } catch {
        failure = 'failed';
      }
      const answer: Omit<QuillApplyReply, 'v'> = failure ? { id: req.id, ok: false, reason: failure } : { id: req.id, ok: true };
      reply(editor, QUILL_APPLIED, answer);
    },
    true,
  );
  document.addEventListener(
    QUILL_REVERT,
    (e) => {
      const editor = editorOf(e);
      const req = parseDetail<QuillRevertRequest>(e);
      if (!editor || !req || typeof req.id !== 'string') return;
      let ok = false;
      try {
        ok = revert(editor, req);
      } catch {
        ok = false;
      }
      reply(editor, QUILL_APPLIED, { id: `${req.id}:revert`, ok });
    },
    true,
  );
  // Announce: a content script that loaded first re-pings its composers. No message text.
  document.dispatchEvent(new CustomEvent(QUILL_HELLO, { detail: JSON.stringify({ v: BRIDGE_VERSION }) }));
}
