// Thresholds differ by site: a chat message, an email and a doc are read differently
// (LABELS.md: chat ~100+ words in one block; email/doc a ~150+ word paragraph or 300+ words
// with no structure). Sensitivity scales them.

import type { Sensitivity, Site } from './types';

export interface SiteProfile {
  /** A single block (paragraph) this long is a wall. */
  blockWords: number;
  /** A whole message this long with no structure at all is a wall. */
  unstructuredWords: number;
  /** Messages at least this long can bury their ask at the end. */
  buriedAskWords: number;
}

const BASE: Record<Site, SiteProfile> = {
  slack: { blockWords: 100, unstructuredWords: 180, buriedAskWords: 90 },
  gmail: { blockWords: 150, unstructuredWords: 300, buriedAskWords: 160 },
  notion: { blockWords: 150, unstructuredWords: 300, buriedAskWords: 200 },
};

const SCALE: Record<Sensitivity, number> = { gentle: 1.3, balanced: 1, strict: 0.8 };

export function profileFor(site: Site, sensitivity: Sensitivity): SiteProfile {
  const base = BASE[site];
  const k = SCALE[sensitivity];
  return {
    blockWords: Math.round(base.blockWords * k),
    unstructuredWords: Math.round(base.unstructuredWords * k),
    buriedAskWords: Math.round(base.buriedAskWords * k),
  };
}
