// Events between the isolated content script and the small MAIN-world script that talks to
// Slack's Quill instance (Quill lives in the page's JS world; the isolated world cannot see it).
// Details are JSON strings: objects do not cross worlds, strings do. No message text beyond the
// replacement and the flagged span travels, and only inside this page.

/** Isolated → main, dispatched on the .ql-editor. Detail: JSON QuillApplyRequest. */
export const QUILL_APPLY = 'candor:quill-apply';
/** Main → isolated, dispatched on the same .ql-editor. Detail: JSON QuillApplyReply. */
export const QUILL_APPLIED = 'candor:quill-applied';

export interface QuillApplyRequest {
  id: string;
  /** The flagged words as the DOM shows them; Quill's text for the selection must match. */
  expected: string;
  replacement: string;
}

export interface QuillApplyReply {
  id: string;
  ok: boolean;
  /** 'no-quill': fall back to execCommand; 'stale': the selection no longer holds the words. */
  reason?: 'no-quill' | 'stale' | 'failed';
}
