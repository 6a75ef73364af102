// The wake half of `npm run bench:browser`: how long after a typing pause the first hint
// appears on Slack, with the background worker warm and after Chrome stopped it.
//
// Chrome stops an idle MV3 service worker after ~30 s; the analysis that follows then pays the
// worker's start, compromise's load and the engine's cold caches. Here the stop is forced with
// CDP's ServiceWorker.stopAllWorkers (what chrome://serviceworker-internals's "Stop" does), after
// the caret is already in the composer, so only what happens from the first keystroke on can hide
// the start: the harder case (a click into the composer before typing would give a head start).
//
// Each sample types one short message (a different one each time, so a warm worker has the
// sentence's parse cold too) at a steady pace, and times, in the page's own clock, the last
// keydown to the moment `data-candor-findings` turns non-empty (the attribute is written in the
// same task that draws the hint). "After the pause" subtracts the coach's pause detection
// (DEBOUNCE_MS of quiet after the last key: the wait is by design, not a cost of the worker).

import type { CDPSession, Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../lib/dom/coach';
import type { Rig } from '../tests/e2e/support/browser';
import { COMPOSER_SELECTORS, focusSlack, quillText, waitForFindings } from '../tests/e2e/support/page';

export const WAKE_TARGET_MS = 300;

/**
 * Short Slack messages, each flagged only once its last word or two are typed (every shorter
 * prefix analyses clean: checked with analyze() on each prefix), so a hint cannot come from an
 * analysis of a partial message.
 */
const MESSAGES = [
  'The budget sheet is in the shared folder, per my last email.',
  'The release notes are ready, thoughts?',
  'I updated the onboarding doc, could you review it at some point?',
  'thoughts?',
  'The staging keys are rotated, any thoughts?',
  'The invoices went out on Monday as I said before.',
  'The new pricing page is live, as per my previous message.',
];

export type WorkerState = 'warm' | 'stopped';

export interface WakeSample {
  state: WorkerState;
  chars: number;
  /** Last keydown → hint, in ms. */
  fromLastKeyMs: number;
  /** fromLastKeyMs − DEBOUNCE_MS. */
  afterPauseMs: number;
  textIntact: boolean;
  /** Longest gap between two keys (a load hiccup ≥ DEBOUNCE_MS is a pause mid-message). */
  maxKeyGapMs: number;
}

/** Our worker's running status, from ServiceWorker.workerVersionUpdated events. */
async function watchWorker(cdp: CDPSession, extensionId: string): Promise<{ status(): string | undefined; forget(): void }> {
  let status: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated' as any, (e: any) => {
    for (const v of e.versions) if (String(v.scriptURL).startsWith(`chrome-extension://${extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable' as any);
  return { status: () => status, forget: () => (status = undefined) };
}

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`wake bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function armTimer(page: Page): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as any;
    const el = document.querySelector(sel)!;
    w.__benchHintAt = 0;
    w.__benchObserver?.disconnect();
    w.__benchObserver = new MutationObserver(() => {
      if (!w.__benchHintAt && el.getAttribute('data-candor-findings')) w.__benchHintAt = performance.now();
    });
    w.__benchObserver.observe(el, { attributes: true, attributeFilter: ['data-candor-findings'] });
    w.__benchKeyTimes = [];
    if (!w.__benchKeys) {
      w.__benchKeys = true;
      window.addEventListener('keydown', () => w.__benchKeyTimes.push(performance.now()), true);
    }
  }, COMPOSER_SELECTORS.slack);
}

async function sample(
  page: Page,
  worker: { status(): string | undefined },
  stopWorker: () => Promise<void>,
  state: WorkerState,
  message: string,
  interval: number,
): Promise<WakeSample> {
  // An empty composer, analysed: no hint before the message starts.
  await page.evaluate(() => (window as any).__quill().setText(''));
  if ((await waitForFindings(page, COMPOSER_SELECTORS.slack, (v) => v === '', 10_000)) === null) throw new Error('wake bench: composer did not clear');
  await focusSlack(page);
  await page.waitForTimeout(500);
  if (state === 'stopped') await stopWorker();
  await page.waitForTimeout(300);
  if (state === 'stopped' && worker.status() !== 'stopped') throw new Error(`wake bench: the worker restarted before typing (${worker.status()})`);
  await armTimer(page);
  let next = Date.now();
  for (const ch of message) {
    await page.keyboard.type(ch);
    next += interval;
    const wait = next - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.waitForFunction(() => (window as any).__benchHintAt > 0, undefined, { timeout: 20_000, polling: 20 });
  const { fromLastKeyMs, maxKeyGapMs } = await page.evaluate(() => {
    const w = window as any;
    const keys: number[] = w.__benchKeyTimes;
    return { fromLastKeyMs: w.__benchHintAt - keys[keys.length - 1], maxKeyGapMs: Math.max(0, ...keys.slice(1).map((t, i) => t - keys[i])) };
  });
  const textIntact = (await quillText(page)).replace(/\n$/, '') === message;
  return { state, chars: message.length, fromLastKeyMs, afterPauseMs: fromLastKeyMs - DEBOUNCE_MS, textIntact, maxKeyGapMs };
}

/** `rounds` warm and `rounds` stopped samples on one Slack tab, alternating which comes first. */
export async function measureWake(rig: Rig, rounds: number, interval: number): Promise<WakeSample[]> {
  if (!rig.extensionId) throw new Error('wake bench: the rig has no extension');
  const page = await rig.open('slack');
  const cdp = await rig.context.newCDPSession(page);
  const worker = await watchWorker(cdp, rig.extensionId);
  const stopWorker = async () => {
    worker.forget();
    await cdp.send('ServiceWorker.stopAllWorkers' as any);
    await until(() => worker.status() === 'stopped', 10_000, 'the worker to stop');
  };
  try {
    if ((await waitForFindings(page, COMPOSER_SELECTORS.slack, () => true, 10_000)) === null) throw new Error('wake bench: Slack composer not hooked');
    const out: WakeSample[] = [];
    let m = 0;
    for (let round = 0; round < rounds; round++) {
      const order: WorkerState[] = round % 2 === 0 ? ['warm', 'stopped'] : ['stopped', 'warm'];
      for (const state of order) {
        const message = MESSAGES[m++ % MESSAGES.length];
        console.log(`» wake ${round + 1}/${rounds}, worker ${state}: typing ${message.length} characters, one every ${interval} ms…`);
        out.push(await sample(page, worker, stopWorker, state, message, interval));
      }
    }
    return out;
  } finally {
    await page.close();
  }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function printWake(samples: WakeSample[]): void {
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
  console.log(`\nFirst hint after a typing pause, Slack (ms; "after the pause" = from the last key − the ${DEBOUNCE_MS} ms pause detection)`);
  const paused = samples.filter((x) => x.maxKeyGapMs >= DEBOUNCE_MS);
  if (paused.length) {
    console.log(`  (${paused.length} sample(s) left out: a load hiccup paused typing mid-message for ≥ ${DEBOUNCE_MS} ms)`);
    for (const x of paused) console.log(`    ${x.state}, ${x.chars} chars: longest key gap ${fmt(x.maxKeyGapMs)}, after the pause ${fmt(x.afterPauseMs)}`);
  }
  for (const state of ['warm', 'stopped'] as const) {
    const s = samples.filter((x) => x.state === state && x.maxKeyGapMs < DEBOUNCE_MS);
    const from = s.map((x) => x.fromLastKeyMs);
    const after = s.map((x) => x.afterPauseMs);
    const p95 = percentile(after, 95);
    console.log(
      `  worker ${state.padEnd(7)} after the pause: median ${fmt(percentile(after, 50))}, p95 ${fmt(p95)} ` +
        `(from the last key: median ${fmt(percentile(from, 50))}, p95 ${fmt(percentile(from, 95))}; n=${s.length}) ` +
        `(target ≤ ${WAKE_TARGET_MS}) ${p95 <= WAKE_TARGET_MS ? 'OK' : 'OVER'}`,
    );
    console.log(`    each (chars: after the pause): ${s.map((x) => `${x.chars}: ${fmt(x.afterPauseMs)}`).join(', ')}`);
  }
  if (samples.some((x) => !x.textIntact)) console.log('  ! typed text did not arrive intact in some wake sample');
}
