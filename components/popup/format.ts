// Number and date wording for the popup. Pure.

/** "Mon 9 Mar" for a day key, in the user's language (day keys are calendar dates: format in UTC). */
export function formatDay(key: string, locale: string): string {
  const [y, m, d] = key.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  } catch {
    return key;
  }
}

/** "12 Jan" style short label for a week start (trend charts). */
export function formatShortDay(key: string, locale: string): string {
  const [y, m, d] = key.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  } catch {
    return key;
  }
}

/**
 * Change from last week, short enough for one line at popup width. Fewer is better for every
 * category; `spoken` is the full wording for screen readers (the arrow alone says nothing).
 */
export function describeChange(change: number, lastCount: number): { arrow: string; text: string; spoken: string; tone: 'good' | 'bad' | 'same' } {
  if (change === 0) {
    if (lastCount === 0) return { arrow: '', text: 'none last week', spoken: 'none last week either', tone: 'same' };
    return { arrow: '', text: 'no change', spoken: 'same as last week', tone: 'same' };
  }
  const n = Math.abs(change);
  if (change < 0) return { arrow: '▼', text: `${n} vs last week`, spoken: `${n} fewer than last week`, tone: 'good' };
  return { arrow: '▲', text: `${n} vs last week`, spoken: `${n} more than last week`, tone: 'bad' };
}

/** "25 per 100" (messages); null when there were no messages. */
export function per100(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate)} per 100`;
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
