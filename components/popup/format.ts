// Number and date wording for the popup. Pure.

/** "Mon 9 Mar" for a day key, in the user's language (day keys are calendar dates: format in UTC). */
export function formatDay(key: string, locale: string): string {
  const [y, m, d] = key.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
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

/** Change from last week in words and sign; fewer is better for every category. */
export function describeChange(change: number, lastCount: number): { text: string; tone: 'good' | 'bad' | 'same' } {
  if (change === 0) return { text: lastCount === 0 ? 'none last week' : 'same as last week', tone: 'same' };
  if (change < 0) return { text: `${Math.abs(change)} fewer than last week`, tone: 'good' };
  return { text: `${change} more than last week`, tone: 'bad' };
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
