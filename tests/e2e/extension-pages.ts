// Helpers for the extension's own pages (popup.html, options.html) in the e2e tests: opening
// them, sending runtime messages from them, reading the popup's figures and running axe-core.
// Not a test file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MessageRecord } from '../../lib/messaging/protocol';
import { REPO_ROOT, type Rig } from './support/browser';

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export async function openExtensionPage(rig: Rig, path: 'popup.html' | 'options.html'): Promise<Page> {
  const page = await rig.context.newPage();
  await page.goto(`chrome-extension://${rig.extensionId}/${path}`);
  await page.waitForSelector(path === 'popup.html' ? '[data-stat="messages"]' : '[data-testid="site-slack"]');
  return page;
}

/** A counts-only record as the content script sends it (defaults: a clean Slack message now). */
export function record(over: Partial<MessageRecord> = {}): MessageRecord {
  return {
    site: 'slack',
    categories: [],
    flaggedWhileWriting: [],
    hintsShown: 0,
    hintsApplied: 0,
    hintsDismissed: 0,
    wordCount: 12,
    time: Date.now(),
    ...over,
  };
}

/** Deliver records to the background exactly as the content script does (runtime message). */
export async function sendRecords(page: Page, records: MessageRecord[]): Promise<void> {
  const replies = await page.evaluate(async (rs) => {
    const out = [];
    for (const r of rs) out.push(await (globalThis as any).chrome.runtime.sendMessage({ type: 'record', record: r }));
    return out;
  }, records);
  for (const r of replies) if (!r?.ok) throw new Error(`record refused: ${JSON.stringify(r)}`);
}

export async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as any).chrome.storage.local.clear());
}

/** The popup's figure for a `data-stat` key, as text. */
export function stat(page: Page, key: string): Promise<string> {
  return page.locator(`[data-stat="${key}"]`).innerText();
}

export interface AxeSummary {
  /** "id (impact): n nodes" for every violation. */
  all: string[];
  /** Only serious and critical ones, with the first offending node's selector. */
  serious: string[];
}

/**
 * Run axe-core in the page. Evaluated through the DevTools protocol rather than a <script> tag:
 * extension pages' CSP (script-src 'self') blocks injected inline scripts, as it should.
 */
export async function runAxe(page: Page): Promise<AxeSummary> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      count: v.nodes.length,
      target: String(v.nodes[0]?.target ?? ''),
      summary: String(v.nodes[0]?.failureSummary ?? '').slice(0, 200),
    }));
  });
  return {
    all: violations.map((v: any) => `${v.id} (${v.impact}): ${v.count} nodes`),
    serious: violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id} (${v.impact}) at ${v.target}: ${v.summary}`),
  };
}
