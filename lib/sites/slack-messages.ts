// Slack's message lists, read structurally for the burst hint (lib/bursts): which rows are new
// and who sent them, never what they say. Evidence, none of it checked against the live app:
// - A channel capture quoted in a public Selenium scraper (message row HTML, timestamps from Jan
//   2024): each row is `div.c-virtual_list__item[role=listitem][data-qa=virtual-list-item]` whose
//   `data-item-key` (and id) is the message ts ("1704944089.846389"), holding
//   `[data-qa=message_container]`; the sender is
//   `[data-qa=message_sender] button[data-qa=message_sender_name][data-message-sender=U…]`.
// - Userscripts and extensions read the same hooks in 2025–26: `[data-message-sender]` for user
//   ids, `[data-qa="message_container"]` / `.c-message_kit__message` for rows,
//   `[data-qa="message_sender_name"]` / `.c-message__sender_button` for senders.
// - BetterSlack's measured notes (2026): `[data-qa="message_sender"]` can hold the display name
//   twice (a screen-reader copy), so names are never compared; only the id attribute is read.
// - Consecutive messages from one sender render without the sender block ("adjacent" rows): a
//   row without a sender repeats the previous row's sender (Slack's compact grouping, long
//   standing; the fixture reproduces it).
// Virtual lists unmount and remount rows as the user scrolls: a row is new only when its ts is
// later than every row seen before, so scrolling back never looks like someone posting.

import { slackConversationId } from '../bursts/conversation';
import type { RowInfo } from '../bursts/rows';
import type { ConversationSource, MessageRow } from './types';

// A message row of a virtual list (channel, DM or thread pane).
const ROW = '[data-qa="virtual-list-item"]';
// Rows that are messages (date dividers and "new messages" lines are list items too).
const MESSAGE = '[data-qa="message_container"]';
// The sender id of a row that shows its sender (absent on continuation rows).
const SENDER_ID = '[data-qa="message_sender_name"][data-message-sender], [data-message-sender]';
// A message list: the virtual list's role=list container (its items are ROWs).
const LIST = `[role="list"]:has(${ROW}), [data-qa="message_list"], [data-qa="slack_kit_list"]`;
// Thread composers live in the side pane; everything else writes to the channel or DM.
const THREAD_PANE = '[data-qa="threads_flexpane"], [data-qa="rhs_container"]';
// The inline editor of a sent message writes no new message.
const MESSAGE_EDITOR = '[data-qa="message_editor"]';
const TS = /^\d+\.\d+$/;
/** How far up from a composer its conversation's list may sit. */
const LIST_LEVELS = 10;

function listNear(editor: HTMLElement): Element | null {
  let levels = 0;
  for (let a = editor.parentElement; a && levels < LIST_LEVELS; a = a.parentElement, levels++) {
    const list = a.querySelector(LIST);
    if (list) return list;
  }
  return null;
}

export const slackConversations: ConversationSource = {
  conversationFor(editor, pathname) {
    if (editor.closest(MESSAGE_EDITOR)) return null;
    return slackConversationId(pathname, editor.closest(THREAD_PANE) ? 'thread' : 'channel');
  },
  messageListFor: (editor) => (editor.closest(MESSAGE_EDITOR) ? null : listNear(editor)),
  rowsIn(list) {
    const out: MessageRow[] = [];
    for (const row of list.querySelectorAll(ROW)) {
      const key = row.getAttribute('data-item-key') ?? '';
      if (!TS.test(key) || !row.querySelector(MESSAGE)) continue;
      const info: RowInfo = { sender: row.querySelector(SENDER_ID)?.getAttribute('data-message-sender') || null };
      out.push({ ts: Number(key), ...info });
    }
    return out;
  },
};
