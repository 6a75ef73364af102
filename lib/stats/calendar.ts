// Calendar arithmetic on local day keys ("YYYY-MM-DD" in the user's time zone). Pure: the time
// zone and locale are always passed in, so tests can pin them and DST never shifts a bucket.
// Timestamps become day keys once (via Intl, which knows the zone's DST rules); after that all
// arithmetic is on calendar dates, where every day is exactly one day long.

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering Intl.Locale#weekInfo uses). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const cacheKey = timeZone ?? '';
  let f = formatters.get(cacheKey);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      // An unknown zone name (corrupted or from a newer tz database) must not lose the record.
      f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    }
    formatters.set(cacheKey, f);
  }
  return f;
}

/** The user's time zone as the runtime sees it (browser glue passes this in). */
export function currentTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Local calendar day of an instant in `timeZone`. */
export function dayKeyOf(time: number, timeZone: string | undefined): string {
  const parts = formatterFor(timeZone).formatToParts(new Date(time));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

export function isDayKey(key: string): boolean {
  const m = DAY_KEY.exec(key);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtcDate(key: string): Date {
  const m = DAY_KEY.exec(key);
  if (!m) throw new RangeError(`not a day key: ${key}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fromUtcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(key: string, days: number): string {
  const d = toUtcDate(key);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcDate(d);
}

export function weekdayOf(key: string): IsoWeekday {
  const js = toUtcDate(key).getUTCDay();
  return (js === 0 ? 7 : js) as IsoWeekday;
}

/** First day of the week that contains `key`, for weeks starting on `firstDay`. */
export function weekStartOf(key: string, firstDay: IsoWeekday): string {
  const offset = (weekdayOf(key) - firstDay + 7) % 7;
  return addDays(key, -offset);
}

// Regions whose week starts on Sunday or Saturday (CLDR supplemental weekData, abridged to the
// populous ones); everywhere else follows ISO 8601 and starts on Monday. Only used where the
// runtime lacks Intl.Locale#weekInfo (Firefox, older Chromium).
// biome-ignore format: a word list reads better filled than one word a line
const SUNDAY_FIRST = new Set([
  'AG', 'AS', 'BD', 'BR', 'BS', 'BT', 'BW', 'BZ', 'CA', 'CN', 'CO', 'DM', 'DO', 'ET', 'GT', 'GU',
  'HK', 'HN', 'ID', 'IL', 'IN', 'JM', 'JP', 'KE', 'KH', 'KR', 'LA', 'MH', 'MM', 'MO', 'MT', 'MX',
  'MZ', 'NI', 'NP', 'PA', 'PE', 'PH', 'PK', 'PR', 'PT', 'PY', 'SA', 'SG', 'SV', 'TH', 'TT', 'TW',
  'UM', 'US', 'VE', 'VI', 'WS', 'YE', 'ZA', 'ZW',
]);
const SATURDAY_FIRST = new Set(['AE', 'AF', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY']);

interface WeekInfoLocale {
  weekInfo?: { firstDay?: number };
  getWeekInfo?: () => { firstDay?: number };
  maximize?: () => { region?: string };
  region?: string;
}

function regionOf(locale: string): string | undefined {
  try {
    const l = new Intl.Locale(locale) as unknown as WeekInfoLocale;
    return l.region ?? l.maximize?.().region;
  } catch {
    return /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  }
}

/** First day of the week for a BCP 47 locale. `useIntl: false` forces the fallback table (tests). */
export function firstDayOfWeek(locale: string, useIntl = true): IsoWeekday {
  if (useIntl) {
    try {
      const l = new Intl.Locale(locale) as unknown as WeekInfoLocale;
      const info = typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo;
      const day = info?.firstDay;
      if (typeof day === 'number' && day >= 1 && day <= 7) return day as IsoWeekday;
    } catch {
      // Fall through to the table.
    }
  }
  const region = regionOf(locale);
  if (region && SUNDAY_FIRST.has(region)) return 7;
  if (region && SATURDAY_FIRST.has(region)) return 6;
  return 1;
}
