// Events between the isolated content script and the small MAIN-world script that talks to
// Slack's Quill instance (Quill lives in the page's JS world; the isolated world cannot see it).
// Details are JSON strings: objects do not cross worlds, strings do. Every message carries the
// protocol version, so a content script and a bridge from different extension builds (an update
// mid-session) refuse each other instead of misreading fields. The announce and the ping carry
// no message text; an apply request carries only the flagged words and the replacement.

/** Bump when a field changes meaning; both sides ignore messages of another version. */
export const BRIDGE_VERSION = 1;

/** Main → isolated, on document, once the bridge is installed. Detail: JSON BridgeHello. */
export const QUILL_HELLO = 'candor:quill-hello';
/** Isolated → main, on a .ql-editor. Detail: JSON BridgePing. */
export const QUILL_PING = 'candor:quill-ping';
/** Main → isolated, on the same .ql-editor. Detail: JSON BridgePong. */
export const QUILL_PONG = 'candor:quill-pong';
/** Isolated → main, dispatched on the .ql-editor. Detail: JSON QuillApplyRequest. */
export const QUILL_APPLY = 'candor:quill-apply';
/** Isolated → main: undo an apply the content script could not verify. Detail: JSON QuillRevertRequest. */
export const QUILL_REVERT = 'candor:quill-revert';
/** Main → isolated, dispatched on the same .ql-editor. Detail: JSON QuillApplyReply. */
export const QUILL_APPLIED = 'candor:quill-applied';

export interface BridgeHello {
  v: number;
}

export interface BridgePing {
  v: number;
  id: string;
}

export interface BridgePong {
  v: number;
  id: string;
  /** Whether the bridge reached a Quill instance for this editor (Slack's fork may hide it). */
  quill: boolean;
}

/** A DOM point as child indexes from the .ql-editor down, plus the offset in that node. */
export interface PathPoint {
  path: number[];
  offset: number;
}

export interface QuillApplyRequest {
  v: number;
  id: string;
  /** Where the flagged words are: Quill ignores hand-set selections on Slack, so none is made. */
  start: PathPoint;
  end: PathPoint;
  /** The flagged words as the DOM shows them; Quill's text for the span must match. */
  expected: string;
  replacement: string;
}

export interface QuillRevertRequest {
  v: number;
  id: string;
}

export type QuillFailure =
  /** No Quill reachable from the page world: nothing was touched. */
  | 'no-quill'
  /** Quill's text at the span is not the flagged words any more. */
  | 'stale'
  /** The span holds an embed (emoji, mention): a replacement never crosses one. */
  | 'embed'
  /** The edit did not give the expected text; the bridge put the previous contents back. */
  | 'unverified'
  | 'failed';

export interface QuillApplyReply {
  v: number;
  id: string;
  ok: boolean;
  reason?: QuillFailure;
}

/** Parse a detail string of this protocol version, or null (other versions, other senders). */
export function parseDetail<T extends { v: number }>(e: Event): T | null {
  try {
    const d = JSON.parse(String((e as CustomEvent).detail)) as T;
    return d && typeof d === 'object' && d.v === BRIDGE_VERSION ? d : null;
  } catch {
    return null;
  }
}
