// The isolated content script's side of the Quill bridge (protocol.ts): whether the MAIN-world
// bridge is there for each Slack composer, and the request/reply plumbing for applying through it.
// SITES.md (2026) reports a `world: "MAIN"` script that never ran on Slack and a fork that may
// hide `__quill`: Apply is offered only where the bridge answered and reached Quill.
// The per-composer state lives here (not in the coach) so a later popup diagnostic can read
// counts through bridgeDiagnostics() without reaching into composers. Counts only, no text.

import { BRIDGE_VERSION, QUILL_HELLO, QUILL_PING, QUILL_PONG, parseDetail, type BridgePong } from './protocol';

/** ready: bridge answered and reached Quill; absent: no answer, or no Quill; unknown: not asked yet. */
export type BridgeState = 'ready' | 'absent' | 'unknown';

export interface BridgeDiagnostics {
  /** A bridge of this protocol version announced itself in this page. */
  announced: boolean;
  composers: Record<BridgeState, number>;
}

/** How long to wait for an answer the bridge did not give during the dispatch itself. */
export const BRIDGE_TIMEOUT_MS = 300;

const states = new Map<HTMLElement, BridgeState>();
let announced = false;
let listening = false;
let seq = 0;

function listen(): void {
  if (listening) return;
  listening = true;
  // A bridge that loads after the content script announces itself: ask every composer again.
  document.addEventListener(QUILL_HELLO, (e) => {
    if (!parseDetail(e)) return;
    announced = true;
    for (const editor of [...states.keys()]) void pingBridge(editor);
  });
}

export function nextRequestId(): string {
  return `${Date.now().toString(36)}-${++seq}`;
}

/**
 * Dispatch `name` with `payload` on the editor and wait for the reply of the same id on
 * `replyName` (the bridge answers during the dispatch; the timeout covers a slower one).
 */
export function request<R extends { id: string; v: number }>(
  editor: HTMLElement,
  name: string,
  replyName: string,
  payload: { id: string } & object,
  replyId = payload.id,
  timeoutMs = BRIDGE_TIMEOUT_MS,
): Promise<R | null> {
  return new Promise((resolve) => {
    let done = false;
    let timer = 0;
    const finish = (r: R | null) => {
      if (done) return;
      done = true;
      editor.removeEventListener(replyName, onReply);
      clearTimeout(timer);
      resolve(r);
    };
    const onReply = (e: Event) => {
      const r = parseDetail<R>(e);
      if (r?.id === replyId) finish(r);
    };
    editor.addEventListener(replyName, onReply);
    editor.dispatchEvent(new CustomEvent(name, { detail: JSON.stringify({ v: BRIDGE_VERSION, ...payload }) }));
    if (!done) timer = window.setTimeout(() => finish(null), timeoutMs);
  });
}

/** Ask the bridge whether it can reach this composer's Quill; records and returns the state. */
export async function pingBridge(editor: HTMLElement): Promise<BridgeState> {
  listen();
  if (!states.has(editor)) states.set(editor, 'unknown');
  const pong = await request<BridgePong>(editor, QUILL_PING, QUILL_PONG, { id: nextRequestId() });
  if (!pong) {
    if (editor.isConnected) states.set(editor, 'absent');
    return 'absent';
  }
  return recordPong(editor, pong);
}

/** What a pong says about this composer, recorded while it is on the page. */
function recordPong(editor: HTMLElement, pong: BridgePong): BridgeState {
  const state: BridgeState = pong.quill ? 'ready' : 'absent';
  announced = true;
  if (editor.isConnected) states.set(editor, state);
  return state;
}

/**
 * Ask again now, synchronously: the bridge answers during the dispatch itself, so a composer
 * first seen before the bridge ran (load order between the isolated and page worlds differs
 * between Chromium and Firefox, and under load) is known ready by the time a card is drawn. No
 * answer during the dispatch leaves the recorded state as it was (a slow bridge keeps its
 * timeout path in pingBridge).
 */
export function recheckBridge(editor: HTMLElement): BridgeState {
  listen();
  const id = nextRequestId();
  let pong: BridgePong | null = null;
  const onReply = (e: Event) => {
    const r = parseDetail<BridgePong>(e);
    if (r?.id === id) pong = r;
  };
  editor.addEventListener(QUILL_PONG, onReply);
  try {
    editor.dispatchEvent(new CustomEvent(QUILL_PING, { detail: JSON.stringify({ v: BRIDGE_VERSION, id }) }));
  } finally {
    editor.removeEventListener(QUILL_PONG, onReply);
  }
  const got = pong as BridgePong | null;
  if (got) recordPong(editor, got);
  return bridgeState(editor);
}

/** The last known state for this composer (ask with pingBridge). */
export function bridgeState(editor: HTMLElement): BridgeState {
  return states.get(editor) ?? 'unknown';
}

/** Counts over the composers still on the page, for a diagnostic. */
export function bridgeDiagnostics(): BridgeDiagnostics {
  const composers: Record<BridgeState, number> = { ready: 0, absent: 0, unknown: 0 };
  for (const [editor, state] of states) {
    if (!editor.isConnected) states.delete(editor);
    else composers[state]++;
  }
  return { announced, composers };
}

/** A composer went away: forget it. */
export function forgetComposer(editor: HTMLElement): void {
  states.delete(editor);
}
