// The per-tab diagnostic: what the content script counted (composers hooked, editable candidates,
// Quill bridge states) turned into a plain-words status for the popup and a small JSON the user
// can paste into a bug report. Counts and versions only — never text, never selectors' contents:
// whatever the content script sends is re-checked here, so a bug there cannot leak words into the
// clipboard. Pure: importable from Node.

import { SITES, type Site } from '../analysis/types';
import { siteForHost } from '../sites/hosts';

/** Popup → content script (top frame of the active tab): answered with DiagnosticCounts. */
export interface DiagnosticRequest {
  type: 'get-diagnostic';
}

export interface BridgeCounts {
  /** A bridge of our protocol version announced itself in the page. */
  announced: boolean;
  ready: number;
  absent: number;
  unknown: number;
}

/** What the content script counts in its page. */
export interface DiagnosticCounts {
  site: Site;
  host: string;
  /** Composers Candor coaches right now. */
  hooked: number;
  /** Visible editables (contenteditable / role=textbox, outermost only) that could be composers. */
  candidates: number;
  /** Slack only (the Quill bridge); null elsewhere. */
  bridge: BridgeCounts | null;
}

/** The JSON "Copy diagnostic" puts on the clipboard. */
export interface DiagnosticReport extends DiagnosticCounts {
  extension: string;
  /** Browser family and major version only ("Chrome 131"), never the full user agent. */
  browser: string;
}

export const REPORT_KEYS = ['extension', 'site', 'host', 'hooked', 'candidates', 'bridge', 'browser'] as const;
export const BRIDGE_KEYS = ['announced', 'ready', 'absent', 'unknown'] as const;

export type DiagnosticStatus =
  | { kind: 'ok' }
  | { kind: 'no-composer-found'; sentence: string }
  | { kind: 'apply-unavailable'; sentence: string }
  | { kind: 'not-running'; sentence: string };

/**
 * A coached site's tab whose content script did not answer: Chrome injects content scripts only
 * into pages loaded after Candor was installed or updated, so tabs open since then run without it
 * until reloaded (an updated extension's old script is cut off and can no longer answer).
 */
export const NOT_RUNNING: Extract<DiagnosticStatus, { kind: 'not-running' }> = {
  kind: 'not-running',
  sentence: "Candor isn't running in this tab yet. Reload the page to start it.",
};

/** What the user calls each site's composer, for the plain-words sentence. */
const COMPOSER_NAME: Record<Site, string> = {
  slack: "Slack's message box",
  gmail: "Gmail's compose box",
  notion: "Notion's page editor",
};

const MAX_COUNT = 999;

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(MAX_COUNT, Math.floor(n))) : 0;
}

/** "Chrome 131", "Firefox 140", or "unknown": family and major version, nothing else. */
export function browserMajor(userAgent: string): string {
  // Order matters: Edge and Opera also say "Chrome/", Chrome also says "Safari/".
  for (const [family, re] of [
    ['Edge', /\bEdg\/(\d{1,4})\./],
    ['Opera', /\bOPR\/(\d{1,4})\./],
    ['Firefox', /\bFirefox\/(\d{1,4})\./],
    // HeadlessChrome is Chrome too (automation, and some kiosk setups).
    ['Chrome', /\b(?:Headless)?Chrom(?:e|ium)\/(\d{1,4})\./],
  ] as const) {
    const m = re.exec(userAgent);
    if (m) return `${family} ${m[1]}`;
  }
  return 'unknown';
}

/** A version string as the manifest allows it (dotted digits), else "unknown". */
function version(v: unknown): string {
  return typeof v === 'string' && /^\d{1,5}(\.\d{1,5}){0,3}$/.test(v) ? v : 'unknown';
}

/**
 * The report from the content script's reply (untrusted shape: anything missing or odd becomes a
 * zero or "unknown"), the extension's version and the user agent. Null when the reply is not a
 * diagnostic of a coached site.
 */
export function buildDiagnostic(reply: unknown, env: { extensionVersion: string; userAgent: string }): DiagnosticReport | null {
  if (!reply || typeof reply !== 'object') return null;
  const r = reply as Partial<Record<keyof DiagnosticCounts, unknown>>;
  if (!SITES.includes(r.site as Site)) return null;
  const site = r.site as Site;
  // Only a host of the site's own table: anything else (a path, a page title) is not copied.
  const host = typeof r.host === 'string' && siteForHost(r.host) === site ? r.host.toLowerCase() : 'unknown';
  const b = r.bridge as Partial<Record<keyof BridgeCounts, unknown>> | null | undefined;
  const bridge: BridgeCounts | null =
    site === 'slack' && b && typeof b === 'object'
      ? { announced: b.announced === true, ready: count(b.ready), absent: count(b.absent), unknown: count(b.unknown) }
      : null;
  // Keys in REPORT_KEYS order, so the pasted JSON always reads the same.
  return {
    extension: version(env.extensionVersion),
    site,
    host,
    hooked: count(r.hooked),
    candidates: count(r.candidates),
    bridge,
    browser: browserMajor(env.userAgent),
  };
}

/**
 * What the popup says about this tab. A composer not found comes first: without one, Apply does
 * not matter. Apply is unavailable when the bridge answered for no Slack composer and said
 * "absent" for at least one (still "unknown" means it has not been asked yet: say nothing).
 */
export function diagnosticStatus(d: DiagnosticCounts): DiagnosticStatus {
  if (d.hooked === 0 && d.candidates > 0) {
    return { kind: 'no-composer-found', sentence: `Candor can't find ${COMPOSER_NAME[d.site]} on this page.` };
  }
  if (d.site === 'slack' && d.bridge && d.hooked > 0 && d.bridge.ready === 0 && d.bridge.absent > 0) {
    return {
      kind: 'apply-unavailable',
      sentence: "Candor can't apply suggestions safely on this page; it offers Copy instead.",
    };
  }
  return { kind: 'ok' };
}

/** The clipboard text: compact and stable (keys in REPORT_KEYS order). */
export function diagnosticJson(d: DiagnosticReport): string {
  return JSON.stringify(d, [...REPORT_KEYS, ...BRIDGE_KEYS]);
}
