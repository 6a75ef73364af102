// Thresholds differ by site: a chat message, an email and a doc are read differently
// (LABELS.md: chat ~100+ words in one block; email/doc a ~150+ word paragraph or 300+ words
// with no structure). Sensitivity scales them.

import type { Sensitivity, Site } from './types';

export interface SiteProfile {
  /** A single block (paragraph) this long is a wall. */
  blockWords: number;
  /** A whole message this long with no structure at all is a wall. */
  unstructuredWords: number;
  /**
   * …when its paragraphs average at least this many words (a long message in short
   * paragraphs is readable even without headings or bullets).
   */
  unstructuredBlockWords: number;
  /** Messages at least this long can bury their ask at the end: words read before the first ask. */
  buriedAskWords: number;
  /** …and the first ask comes after this share of the message's words. */
  buriedAskShare: number;
}

// Chat is read in a narrow column between other messages, so its single-block limit is the
// tightest; a chat message broken into paragraphs is judged like an email.
// Docs are navigated by headings and read on purpose, so an ask late in a doc is less buried
// than in an email.
// "300+ words with no structure" (LABELS.md): in mail, paragraphs of a few sentences are
// structure; blind readers of real list mail called 315–372-word messages in 50–70-word
// paragraphs clean (session 9), so only paragraphs averaging ~85+ words count as none.
const BASE: Record<Site, SiteProfile> = {
  slack: { blockWords: 100, unstructuredWords: 300, unstructuredBlockWords: 50, buriedAskWords: 150, buriedAskShare: 0.7 },
  gmail: { blockWords: 150, unstructuredWords: 300, unstructuredBlockWords: 85, buriedAskWords: 170, buriedAskShare: 0.7 },
  notion: { blockWords: 150, unstructuredWords: 300, unstructuredBlockWords: 55, buriedAskWords: 240, buriedAskShare: 0.75 },
};

const SCALE: Record<Sensitivity, number> = { gentle: 1.3, balanced: 1, strict: 0.8 };

export function profileFor(site: Site, sensitivity: Sensitivity): SiteProfile {
  return PROFILES[site][sensitivity] ?? PROFILES[site].balanced;
}

function computeProfile(site: Site, sensitivity: Sensitivity): SiteProfile {
  const base = BASE[site];
  const k = SCALE[sensitivity];
  return {
    blockWords: Math.round(base.blockWords * k),
    unstructuredWords: Math.round(base.unstructuredWords * k),
    unstructuredBlockWords: Math.round(base.unstructuredBlockWords * k),
    buriedAskWords: Math.round(base.buriedAskWords * k),
    // Shares are not scaled: "after most of the message" means the same at every sensitivity.
    buriedAskShare: base.buriedAskShare,
  };
}

// Every site × sensitivity, computed once at load: a constant table, not a cache.
const PROFILES = Object.fromEntries(
  (Object.keys(BASE) as Site[]).map((site) => [
    site,
    Object.fromEntries((Object.keys(SCALE) as Sensitivity[]).map((k) => [k, Object.freeze(computeProfile(site, k))])),
  ]),
) as Record<Site, Record<Sensitivity, SiteProfile>>;
