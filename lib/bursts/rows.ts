// Who posted the new rows of a conversation's message list, decided from structure only: each
// row's sender id (or none, for Slack's continuation rows that repeat the previous sender) and
// the user's own sends. Never a word of anyone's message. Pure.

/** A new message row as the site adapter reads it. */
export interface RowInfo {
  /** The sender's id as the app renders it; null for a continuation row (same sender as above). */
  sender: string | null;
}

export interface RowState {
  /** The user's own sender id, once learned from a row that followed one of their sends. */
  selfId: string | null;
  /** The user's confirmed sends whose rows have not appeared yet. */
  expectedOwn: number;
  /** Sender of the last row seen (continuation rows inherit it). */
  lastSender: string | null;
}

export function initialRowState(): RowState {
  return { selfId: null, expectedOwn: 0, lastSender: null };
}

/**
 * Classify new rows in order. A row is the user's own when its sender is the user's id; before
 * that id is known, a row that appears while one of the user's sends is awaited is taken as
 * theirs (and teaches the id). Anything else is someone else posting.
 */
export function classifyRows(state: RowState, rows: readonly RowInfo[]): { state: RowState; othersPosted: boolean } {
  let { selfId, expectedOwn, lastSender } = state;
  let othersPosted = false;
  for (const row of rows) {
    const sender = row.sender ?? lastSender;
    let own: boolean;
    if (selfId !== null && sender !== null) own = sender === selfId;
    else {
      own = expectedOwn > 0;
      if (own && sender !== null) selfId = sender;
    }
    if (own) expectedOwn = Math.max(0, expectedOwn - 1);
    else othersPosted = true;
    lastSender = sender;
  }
  return { state: { selfId, expectedOwn, lastSender }, othersPosted };
}
