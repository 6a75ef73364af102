// Who a chat message is addressed to, read off how it opens. Chat replies name their reader in a
// few notations seen on the real chat in ../shared/data/real (Gitter's "@name", IRC's "nick: "),
// and a reply to one person is a turn in their conversation: an ask in it has an owner, and
// options weighed in it are laid out for that person's choice (LABELS.md, "Missing decision needs
// a decision the writer's group owns").

import type { Doc } from './document';

// "@iheartkode Do you have control of the logo?": one person. @channel, @here and @team-style
// handles are groups.
const OPENED_TO_ONE = /^\s*@(?!(?:channel|here|everyone|all)\b)(?![\w.-]*(?:team|squad|group|crew|folks|devs|eng|ops|leads|all)\b)[\w.-]+[\s,:]/i;

/** A Slack message that opens with an @-mention of one person. */
export function openedToOne(doc: Pick<Doc, 'site' | 'masked'>): boolean {
  return doc.site === 'slack' && OPENED_TO_ONE.test(doc.masked);
}

// "soren: can it be closed?", "bkruse1: fstab needs modifying": chat lines addressed to a nick.
// Labels that open a line ("Note:", "Edit:", "Update:") are not nicks.
const NICK_ADDRESS = /^\s*([a-z][\w.|-]{1,20}|\p{Lu}[\w.|-]{1,20}[\d_]\w*)\s*:\s+\S/u;
// "Reedy: do you have a sec? I could use a review…": a capitalised name followed by words to "you".
const NAME_ADDRESS = /^\s*(\p{Lu}[\p{Ll}]{1,20})\s*:\s+[^\n]*\b(?:you|your|u)\b/u;
const LINE_LABEL =
  /^(?:note|notes|edit|update|ps|fyi|re|tl;?dr|todo|question|q|a|answer|summary|context|ask|asks|goal|action|decision|next|eta|status|update|warning|btw|also|http|https)$/i;

/** A chat line that opens with "nick: " (not a "Note:"-style label). */
export function lineAddressedToNick(line: string): boolean {
  const m = NICK_ADDRESS.exec(line) ?? NAME_ADDRESS.exec(line);
  return !!m && !LINE_LABEL.test(m[1]);
}

// "kandinski, it was supposed to…" is too close to "so, …" to read lowercase; a capitalised
// vocative is safe once openers and groups ("Team, …") are excluded ("Andrea, would it be possible…").
const VOCATIVE = /^\s*\p{Lu}[\p{L}'-]{1,20},\s/u;
const NOT_VOCATIVE =
  /^\s*(?:team|all|everyone|everybody|folks|guys|people|gang|friends|colleagues|thanks|also|ok|okay|sorry|so|yes|yeah|no|well|again|btw|please|hi|hey|hello|sure|right|honestly|anyway|plus|still|now|then|true|agreed|great|cool|nice)\b/i;

/**
 * A chat message that is a reply to one person: opened with an @-mention, a "nick: " or a
 * capitalised vocative, or with a quote of what they said.
 */
export function chatReplyToOne(doc: Pick<Doc, 'site' | 'masked' | 'text'>): boolean {
  if (doc.site !== 'slack') return false;
  if (openedToOne(doc)) return true;
  const first = doc.text.replace(/^\s+/, '');
  if (/^>/.test(first)) return true;
  const line = first.split('\n', 1)[0];
  return lineAddressedToNick(line) || (VOCATIVE.test(line) && !NOT_VOCATIVE.test(line));
}
