// Scores the engine on the labelled real set (tests/real): units of real chat, email and notes
// text, each labelled twice blind (labels.jsonl; see tests/real/README.md). Split into a half
// that may be read while tuning ('tune') and one that is only ever scored ('scored'): the
// scored half's per-unit results are never printed, only its figures.

import { resolve } from 'node:path';
import { analyze } from '../../lib/analysis/index';
import { CATEGORIES, type Category, type Sensitivity, type Site } from '../../lib/analysis/types';
import { REPO_ROOT, readJsonl } from './shared';

export type Half = 'tune' | 'scored';
export const REAL_TARGETS = { precision: 0.8, recall: 0.5, cleanFlagged: 0.03 };

interface Unit {
  n: number;
  id: string;
  site: Site;
  half: Half;
  text: string;
}
interface Labelled {
  n: number;
  labels: Category[];
  adjudicate?: boolean;
}

export interface RealUnitResult {
  n: number;
  id: string;
  site: Site;
  half: Half;
  labels: Category[];
  /** Categories the engine flagged, with the rules behind each. */
  got: Partial<Record<Category, string[]>>;
  /** The two labellers disagreed and nobody has settled it yet. */
  unsettled: boolean;
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export interface HalfScore {
  half: Half;
  units: number;
  clean: number;
  cleanFlagged: number;
  perCategory: Record<Category, CategoryScore>;
  /** False positives per rule (which rules cost precision). */
  fpRules: Record<string, number>;
}

export function loadRealSet(): Array<Unit & { labels: Category[]; unsettled: boolean }> {
  const dir = resolve(REPO_ROOT, 'tests/real');
  const labels = new Map(readJsonl<Labelled>(resolve(dir, 'labels.jsonl')).map((l) => [l.n, l]));
  const out: Array<Unit & { labels: Category[]; unsettled: boolean }> = [];
  for (const u of readJsonl<Unit>(resolve(dir, 'units.jsonl'))) {
    const l = labels.get(u.n);
    // Units nobody labelled (dropped as contaminated) are not scored.
    if (!l) continue;
    out.push({ ...u, labels: l.labels, unsettled: !!l.adjudicate });
  }
  return out;
}

export function runRealSet(sensitivity: Sensitivity = 'balanced'): RealUnitResult[] {
  return loadRealSet().map((u) => {
    const got: Partial<Record<Category, string[]>> = {};
    for (const f of analyze(u.text, { site: u.site, sensitivity }).findings) {
      const rules = (got[f.category] ??= []);
      if (!rules.includes(f.ruleId)) rules.push(f.ruleId);
    }
    return { n: u.n, id: u.id, site: u.site, half: u.half, labels: u.labels, got, unsettled: u.unsettled };
  });
}

export function scoreHalf(results: RealUnitResult[], half: Half): HalfScore {
  const rows = results.filter((r) => r.half === half);
  const perCategory = {} as Record<Category, CategoryScore>;
  const fpRules: Record<string, number> = {};
  for (const c of CATEGORIES) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const r of rows) {
      const got = !!r.got[c];
      const want = r.labels.includes(c);
      if (got && want) tp++;
      else if (got) {
        fp++;
        for (const rule of r.got[c]!) fpRules[rule] = (fpRules[rule] ?? 0) + 1;
      } else if (want) fn++;
    }
    // Nothing predicted and nothing to find is perfect; nothing predicted with something to find is 0.
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    perCategory[c] = { tp, fp, fn, precision, recall };
  }
  const cleanRows = rows.filter((r) => r.labels.length === 0);
  return {
    half,
    units: rows.length,
    clean: cleanRows.length,
    cleanFlagged: cleanRows.filter((r) => Object.keys(r.got).length > 0).length,
    perCategory,
    fpRules,
  };
}

export function halfPasses(s: HalfScore): boolean {
  return (
    CATEGORIES.every((c) => s.perCategory[c].precision >= REAL_TARGETS.precision && s.perCategory[c].recall >= REAL_TARGETS.recall) &&
    s.cleanFlagged / Math.max(1, s.clean) <= REAL_TARGETS.cleanFlagged
  );
}
