// The figures the popup shows, derived from day buckets for the user's calendar. Pure.

import { CATEGORIES, SITES, type Category, type Site } from '../analysis/types';
import { addDays, dayKeyOf, firstDayOfWeek, weekStartOf } from './calendar';
import { RETENTION_WEEKS, type Clock } from './aggregate';
import { emptyCounts, type CategoryCounts, type DayBucket, type StatsData } from './schema';

export const TREND_WEEKS = 8;
/** Weeks (this one included) scanned for the user's most frequent pattern. */
const TOP_PATTERN_WEEKS = 4;

/** A week: the sum of its day buckets over all sites, plus the per-site message and word totals. */
export interface WeekTotals extends DayBucket {
  /** Day key of the week's first day. */
  start: string;
  perSite: Record<Site, { messages: number; words: number }>;
}

export interface CategoryWeek {
  category: Category;
  /** Messages sent this week with the pattern still in them. */
  count: number;
  lastCount: number;
  /** count - lastCount. */
  change: number;
  /** Per 100 messages sent (null without messages). */
  rate: number | null;
  lastRate: number | null;
  /** Weekly counts, oldest first; the last entry is this week. */
  trend: number[];
}

export interface Summary {
  weekStart: string;
  lastWeekStart: string;
  /** Week starts of the trend, oldest first. */
  trendWeeks: string[];
  messages: number;
  lastMessages: number;
  messagesTrend: number[];
  categories: CategoryWeek[];
  /** Share of flagged patterns fixed before sending (applied hint or rewrite); null if none flagged. */
  fixRate: number | null;
  lastFixRate: number | null;
  fixed: number;
  raised: number;
  hintsApplied: number;
  /** Average words per message this week, per site that had messages. */
  avgWords: Partial<Record<Site, number>>;
  /** Most frequent pattern over the last few weeks (null when nothing was flagged). */
  topPattern: { category: Category; count: number } | null;
  /** Patterns per 100 messages this week, and the user's own average over the 4 weeks before. */
  ownAverage: { rate: number | null; average: number | null };
  /** `message-burst`: runs sent anyway and hinted drafts folded, this week and per trend week. */
  bursts: { count: number; folded: number; lastCount: number; trend: number[] };
  /** Bursts outnumber every text pattern over the last few weeks (the popup's tip says so). */
  burstsTop: { count: number } | null;
  /** Anything recorded at all in the kept weeks. */
  hasData: boolean;
}

function emptyWeek(start: string): WeekTotals {
  return {
    start,
    messages: 0,
    words: 0,
    flagged: emptyCounts(),
    raised: emptyCounts(),
    fixed: emptyCounts(),
    hintsShown: 0,
    hintsApplied: 0,
    hintsDismissed: 0,
    bursts: 0,
    burstsFolded: 0,
    perSite: { slack: { messages: 0, words: 0 }, gmail: { messages: 0, words: 0 }, notion: { messages: 0, words: 0 } },
  };
}

export function weekTotals(stats: StatsData, start: string): WeekTotals {
  const w = emptyWeek(start);
  for (let i = 0; i < 7; i++) {
    const buckets = stats.days[addDays(start, i)];
    if (!buckets) continue;
    for (const site of SITES) {
      const b = buckets[site];
      if (!b) continue;
      w.messages += b.messages;
      w.words += b.words;
      w.hintsShown += b.hintsShown;
      w.hintsApplied += b.hintsApplied;
      w.hintsDismissed += b.hintsDismissed;
      w.bursts! += b.bursts ?? 0;
      w.burstsFolded! += b.burstsFolded ?? 0;
      w.perSite[site].messages += b.messages;
      w.perSite[site].words += b.words;
      for (const c of CATEGORIES) {
        w.flagged[c] += b.flagged[c];
        w.raised[c] += b.raised[c];
        w.fixed[c] += b.fixed[c];
      }
    }
  }
  return w;
}

const sum = (counts: CategoryCounts) => CATEGORIES.reduce((n, c) => n + counts[c], 0);

function per100(count: number, messages: number): number | null {
  return messages > 0 ? Math.round((count / messages) * 1000) / 10 : null;
}

function fixRateOf(w: WeekTotals): number | null {
  const raised = sum(w.raised);
  return raised > 0 ? sum(w.fixed) / raised : null;
}

/** Patterns per 100 messages, all categories together (null for a week without messages). */
function weekRate(w: WeekTotals): number | null {
  return per100(sum(w.flagged), w.messages);
}

/** Weeks before this one whose average the user is compared with (their own, nobody else's). */
const OWN_AVERAGE_WEEKS = 4;

/**
 * This week's patterns per 100 messages next to the user's own average over the weeks before
 * that had messages. A gentle comparison instead of a streak: a bad week is one number among
 * several, not a broken promise.
 */
function ownAverage(weeks: WeekTotals[]): Summary['ownAverage'] {
  const before = weeks.slice(-1 - OWN_AVERAGE_WEEKS, -1).filter((w) => w.messages > 0);
  const messages = before.reduce((n, w) => n + w.messages, 0);
  const patterns = before.reduce((n, w) => n + sum(w.flagged), 0);
  return { rate: weekRate(weeks[weeks.length - 1]), average: per100(patterns, messages) };
}

export function summarize(stats: StatsData, clock: Clock): Summary {
  const firstDay = firstDayOfWeek(clock.locale);
  const weekStart = weekStartOf(dayKeyOf(clock.now, clock.timeZone), firstDay);
  // Every kept week, oldest first.
  const allStarts = Array.from({ length: RETENTION_WEEKS }, (_, i) => addDays(weekStart, -7 * (RETENTION_WEEKS - 1 - i)));
  const weeks = allStarts.map((s) => weekTotals(stats, s));
  const thisWeek = weeks[weeks.length - 1];
  const lastWeek = weeks[weeks.length - 2];
  const trend = weeks.slice(-TREND_WEEKS);

  const categories = CATEGORIES.map((category): CategoryWeek => {
    const count = thisWeek.flagged[category];
    const lastCount = lastWeek.flagged[category];
    return {
      category,
      count,
      lastCount,
      change: count - lastCount,
      rate: per100(count, thisWeek.messages),
      lastRate: per100(lastCount, lastWeek.messages),
      trend: trend.map((w) => w.flagged[category]),
    };
  });

  let topPattern: Summary['topPattern'] = null;
  const recent = weeks.slice(-TOP_PATTERN_WEEKS);
  for (const category of CATEGORIES) {
    const count = recent.reduce((n, w) => n + w.flagged[category], 0);
    // Ties keep the earlier category: the order in CATEGORIES is the order of importance.
    if (count > 0 && (!topPattern || count > topPattern.count)) topPattern = { category, count };
  }

  const recentBursts = recent.reduce((n, w) => n + (w.bursts ?? 0), 0);
  const burstsTop = recentBursts > 0 && recentBursts > (topPattern?.count ?? 0) ? { count: recentBursts } : null;

  const avgWords: Summary['avgWords'] = {};
  for (const site of SITES) {
    const s = thisWeek.perSite[site];
    if (s.messages > 0) avgWords[site] = Math.round(s.words / s.messages);
  }

  return {
    weekStart,
    lastWeekStart: lastWeek.start,
    trendWeeks: trend.map((w) => w.start),
    messages: thisWeek.messages,
    lastMessages: lastWeek.messages,
    messagesTrend: trend.map((w) => w.messages),
    categories,
    fixRate: fixRateOf(thisWeek),
    lastFixRate: fixRateOf(lastWeek),
    fixed: sum(thisWeek.fixed),
    raised: sum(thisWeek.raised),
    hintsApplied: thisWeek.hintsApplied,
    avgWords,
    topPattern,
    ownAverage: ownAverage(weeks),
    bursts: {
      count: thisWeek.bursts ?? 0,
      folded: thisWeek.burstsFolded ?? 0,
      lastCount: lastWeek.bursts ?? 0,
      trend: trend.map((w) => w.bursts ?? 0),
    },
    burstsTop,
    hasData: Object.keys(stats.days).length > 0,
  };
}
