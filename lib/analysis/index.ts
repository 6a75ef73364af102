// Candor's analysis engine: analyze(text, { site }) → findings and asks.
// Pure TypeScript with relative imports only, so Node, tests, the CLI, benchmarks and the
// content script all run the very same code.

import { detectAsks, type AskInfo } from './asks';
import { defaultCaches, EngineCaches, withCaches } from './caches';
import { buildDoc, type Sentence } from './document';
import { memoBySentence, parseSentence } from './nlp';
import { DEFAULT_CONFIDENCE, type Hit, type RuleContext } from './rule';
import { RULES } from './rules/index';
import { profileFor } from './thresholds';
import type { AnalysisResult, AnalyzeOptions, Finding, Sensitivity, Site } from './types';
import { reportFailureOnce } from '../errors';

export * from './types';
export { RULES } from './rules/index';

const SITE_NAMES = new Set<Site>(['slack', 'gmail', 'notion']);
const MAX_FINDINGS_PER_RULE = 200;

// Findings below the threshold for the user's sensitivity are dropped. Uncalibrated rules sit
// at DEFAULT_CONFIDENCE (0.8), kept everywhere; a rule marks weak evidence ~0.4 (strict only)
// and typical evidence ~0.6 (balanced and strict), so gentle shows only what is nearly always
// right and strict shows the hunches too.
export const CONFIDENCE_THRESHOLD: Readonly<Record<Sensitivity, number>> = {
  gentle: 0.7,
  balanced: 0.5,
  strict: 0.3,
};

/**
 * One engine: `analyze` plus every cache it keeps (parses, per-sentence memos, the previous
 * build, the previous result), owned by this instance alone. Give each composer its own engine
 * (the background keeps one per composer) so that composers typing in turn do not evict each
 * other's incremental state; results never depend on which engine ran them.
 */
export interface Engine {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** Forget everything this engine cached: its next analysis is cold. */
  clear(): void;
  /** Sentences in this engine's parse cache (benchmarks, tests). */
  parsedSentences(): number;
}

export function createEngine(): Engine {
  return engineOver(new EngineCaches());
}

function engineOver(c: EngineCaches): Engine {
  return {
    analyze: (text, options = {}) => withCaches(c, () => analyzeNow(c, text, options)),
    clear: () => c.clear(),
    parsedSentences: () => c.parse.size,
  };
}

/** The default engine: the CLI, eval, tests and tools share it. */
const defaultEngine = engineOver(defaultCaches);

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return defaultEngine.analyze(text, options);
}

interface LastResult {
  key: string;
  text: string;
  result: AnalysisResult;
}

function analyzeNow(c: EngineCaches, text: string, options: AnalyzeOptions): AnalysisResult {
  if (typeof text !== 'string') text = text == null ? '' : String(text);
  const site: Site = options.site && SITE_NAMES.has(options.site) ? options.site : 'slack';
  const sensitivity = options.sensitivity ?? 'balanced';
  const key = JSON.stringify([site, sensitivity, options.disabledRules ?? [], options.extraPhrases ?? [], options.ignoredPhrases ?? []]);
  // The content script re-analyses on every typing pause; the same text and options twice in a
  // row (focus changes, re-renders) returns the previous result without any work.
  const last = c.lastResult as LastResult | undefined;
  if (last && last.key === key && last.text === text) return cloneResult(last.result);

  const doc = buildDoc(text, site);
  let asks: AskInfo[] | undefined;
  const ctx: RuleContext = {
    doc,
    site,
    sensitivity,
    profile: profileFor(site, sensitivity),
    options,
    parse: (s) => parseSentence(s.clean),
    memo: <T, A>(ns: string, s: Sentence, compute: (arg: A) => T, arg?: A): T => {
      // The sentence's own slots first (kept across builds while its line is unchanged), then
      // the shared cache by text (the same sentence elsewhere, or after an undo).
      const slots = s.slots;
      const hit = slots.get(ns);
      if (hit !== undefined || slots.has(ns)) return hit as T;
      const value = memoBySentence(ns, site, s.clean, compute, arg);
      slots.set(ns, value);
      return value;
    },
    asks: () => (asks ??= safeAsks(ctx)),
  };

  const disabled = new Set(options.disabledRules ?? []);
  const ignored = (options.ignoredPhrases ?? []).map((p) => p.trim().toLowerCase()).filter(Boolean);
  const threshold = CONFIDENCE_THRESHOLD[sensitivity] ?? CONFIDENCE_THRESHOLD.balanced;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.meta.id)) continue;
    if (rule.meta.sites && !rule.meta.sites.includes(site)) continue;
    let hits: Hit[];
    try {
      hits = rule.check(ctx);
    } catch (err) {
      // One broken rule must not take the others (or the host page) down with it.
      if (typeof process !== 'undefined' && process.env?.CANDOR_STRICT) throw err;
      reportFailureOnce('rule', rule.meta.id, err);
      continue;
    }
    // No one reads 200 cards from one rule; a cap keeps pasted logs from flooding the page.
    if (hits.length > MAX_FINDINGS_PER_RULE) hits = hits.slice(0, MAX_FINDINGS_PER_RULE);
    for (const h of hits) {
      if (!(h.start >= 0 && h.end <= text.length && h.start < h.end)) continue;
      const confidence = clamp01(h.confidence ?? rule.meta.confidence ?? DEFAULT_CONFIDENCE);
      if (confidence < threshold) continue;
      const span = text.slice(h.start, h.end).toLowerCase();
      if (ignored.some((p) => span.includes(p))) continue;
      findings.push({
        category: rule.meta.category,
        ruleId: rule.meta.id,
        start: h.start,
        end: h.end,
        message: h.message,
        suggestion: h.suggestion,
        replacement: h.replacement === true,
        confidence,
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || b.end - a.end);

  const result: AnalysisResult = {
    findings: site === 'slack' ? onePerRule(dedupe(findings)) : dedupe(findings),
    asks: ctx.asks().map((a) => ({ start: a.start, end: a.end, unclear: [...a.unclear] })),
  };
  c.lastResult = { key, text, result } satisfies LastResult;
  return cloneResult(result);
}

function safeAsks(ctx: RuleContext): AskInfo[] {
  try {
    return detectAsks(ctx);
  } catch (err) {
    if (typeof process !== 'undefined' && process.env?.CANDOR_STRICT) throw err;
    reportFailureOnce('analyzer', 'asks', err);
    return [];
  }
}

// Two rules of one category flagging the same words would show two cards for one problem:
// keep the first (rules are registered most specific first). Findings are sorted by start,
// so only the still-open earlier findings can overlap: a sweep, not a pairwise comparison
// (a pasted megabyte can yield thousands of findings).
function dedupe(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  let open: Finding[] = [];
  for (const f of findings) {
    open = open.filter((o) => o.end > f.start);
    const clash = open.some((o) => o.category === f.category && o.ruleId !== f.ruleId && overlapsMostly(o, f));
    if (clash) continue;
    out.push(f);
    open.push(f);
  }
  return out;
}

// Calm by design: a chat message is short, and three underlines from one rule read as nagging.
// In chat keep one finding per rule: the most confident, the earliest on a tie.
function onePerRule(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const b = best.get(f.ruleId);
    if (!b || f.confidence > b.confidence) best.set(f.ruleId, f);
  }
  return findings.filter((f) => best.get(f.ruleId) === f);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : DEFAULT_CONFIDENCE;
}

function overlapsMostly(a: Finding, b: Finding): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap >= 0.8 * Math.min(a.end - a.start, b.end - b.start);
}

function cloneResult(r: AnalysisResult): AnalysisResult {
  return { findings: r.findings.map((f) => ({ ...f })), asks: r.asks.map((a) => ({ ...a, unclear: [...a.unclear] })) };
}
