// What the burst hint says. An offer, never a reprimand, with the numbers that make it concrete.
// Pure, so the exact wording is unit-tested.

import type { BurstHint } from './tracker';

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export interface BurstWords {
  message: string;
  suggestion: string;
}

/**
 * `repliesVisible`: whether Candor could read the conversation's message list. When it cannot,
 * the hint says it counts by time only, so "nobody has replied" is never claimed unseen.
 */
export function burstWords(hint: BurstHint, repliesVisible: boolean): BurstWords {
  const span = `${ordinal(hint.nth)} message in a row in ${hint.minutes} minute${hint.minutes === 1 ? '' : 's'}`;
  const message = repliesVisible
    ? `${span}, nobody has replied yet: fold this into one?`
    : `${span} (Candor can't see replies here, so this counts time only): fold this into one?`;
  return { message, suggestion: 'One message reads better: the ask first, the details below. Combine next time?' };
}
