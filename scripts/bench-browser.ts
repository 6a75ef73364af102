// `npm run bench:browser`: what Candor costs the page while someone types, in real Chromium.
//
// Types 300 characters at a steady human pace into (1) the 5,000-word Notion fixture, at the end
// of a paragraph in the middle of the page, and (2) a Slack message; with the extension off and
// on (two browsers, launched once and kept open), in several interleaved rounds (off/on order
// alternating per round) so that load on a shared machine hits both sides alike. Reports per
// keystroke main-thread time (the median over rounds of each round's p50/p95), Candor's own
// script time next to the on−off difference, what kind of native work the extension adds per key
// (style, layout, paint, hit tests…), long tasks, and the content script's size.
// Options: --no-build (use the existing build), --chars N (default 300), --interval MS (default
// 70 ms between keys, a fast typist), --rounds N (default 3), --profile (also take a V8 CPU
// profile of the on-runs and list Candor's costliest functions; it slows the on-runs, so the
// on−off difference is then inflated), --extension DIR (bench another unpacked build, e.g. a
// saved copy of the previous one; implies --no-build), --wake-rounds N (default 6: warm and
// stopped-worker samples of the first hint after a pause, scripts/bench-wake.ts; 0 skips them),
// --only keys|wake, --json FILE.
//
// How time is attributed (a Chrome trace of the tab, categories toplevel + devtools.timeline):
// - The page's main thread is the renderer thread that dispatched our keydown events.
// - Keystroke slots run from one keydown's dispatch to the next (the last one lasts one interval).
// - Main-thread time of a slot = the part of every top-level task (ThreadControllerImpl::RunTask)
//   on that thread falling inside the slot: the app's handlers, style, layout, paint, GC, and any
//   content-script work, since Candor's isolated world runs on the same thread. Off vs on, the
//   difference is what Candor adds.
// - Candor's own time = top-level script calls on that thread whose script URL is
//   chrome-extension:// (FunctionCall / EvaluateScript / compile events, forced layouts inside
//   them included). This names Candor directly instead of inferring it from the difference.
// - A long task (≥ 50 ms) is "caused by Candor" when Candor's script time is at least half of it.
// - Work after the last key (the final debounced analysis) is a 2 s "settle" window; the page
//   load (including the content script's start-up and first analysis) is reported separately.
// - Amounts are the main thread's CPU time (trace `tdur`), not wall-clock, so other processes
//   competing for the CPU do not inflate them (--wall switches to wall-clock durations). A long
//   task is then ≥ 50 ms of CPU on the main thread: on an idle machine that is the same thing.
// The trace itself costs a little time, equally in both runs.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { DEFAULT_EXTENSION_PATH, launchBrowser, REPO_ROOT, type Rig, type Site } from '../tests/e2e/support/browser';
import { COMPOSER_SELECTORS, waitForFindings } from '../tests/e2e/support/page';
import { measureWake, printWake, type WakeSample } from './bench-wake';

const TARGETS = { addedP95Ms: 4, gzipKB: 160, longTaskMs: 50 };
const SETTLE_MS = 2_000;

function parseArgs(argv: string[]) {
  const out = {
    build: true,
    chars: 300,
    interval: 70,
    rounds: 3,
    wakeRounds: 6,
    only: undefined as 'keys' | 'wake' | undefined,
    profile: false,
    extension: DEFAULT_EXTENSION_PATH,
    json: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') out.build = false;
    else if (a === '--chars') out.chars = Math.max(10, parseInt(argv[++i], 10));
    else if (a === '--interval') out.interval = Math.max(10, parseInt(argv[++i], 10));
    else if (a === '--rounds') out.rounds = Math.max(1, parseInt(argv[++i], 10));
    else if (a === '--wake-rounds') out.wakeRounds = Math.max(0, parseInt(argv[++i], 10));
    else if (a === '--only' && (argv[i + 1] === 'keys' || argv[i + 1] === 'wake')) out.only = argv[++i] as 'keys' | 'wake';
    else if (a === '--profile') out.profile = true;
    else if (a === '--extension') {
      out.extension = argv[++i];
      out.build = false;
    } else if (a === '--json') out.json = argv[++i];
    else if (a === '--wall') continue;
    else {
      console.error(
        `unknown option ${a}\nusage: npm run bench:browser [-- --no-build] [--chars N] [--interval MS] [--rounds N] [--wake-rounds N] [--only keys|wake] [--profile] [--extension DIR] [--json FILE]`,
      );
      process.exit(2);
    }
  }
  return out;
}

// Ordinary prose with a passive-aggressive phrase and a vague ask, so the on-run has findings to
// compute and draw while typing. No newlines: Enter would send (Slack) or split (Notion).
const PROSE =
  'Quick update on the beta: the store listing is ready and the screenshots are in the folder. ' +
  'Per my last message, the API keys still need rotating before we ship. Can someone take a look ' +
  'at this when you get a chance? I will draft the partner email tomorrow and share it for review. ';

function sampleText(n: number): string {
  let s = '';
  while (s.length < n) s += PROSE;
  return s.slice(0, n);
}

interface Scenario {
  name: string;
  site: Site;
  query?: Record<string, string>;
  selector: string;
  /** The page has findings before typing starts (the bench waits for the first analysis). */
  flaggedAtStart: boolean;
  /** Put the caret where the person types. */
  focus(page: Page): Promise<void>;
  /** Text the app's model holds where we type (to check nothing was lost). */
  modelText(page: Page): Promise<string>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'notion-5000',
    site: 'notion',
    query: { size: '5000' },
    selector: COMPOSER_SELECTORS.notion,
    flaggedAtStart: true,
    async focus(page) {
      await page.evaluate(() => {
        const n = (window as any).__notion;
        const model = (window as any).__notionModel() as Array<{ type: string }>;
        let i = Math.floor(model.length / 2);
        while (model[i] && model[i].type !== 'text') i++;
        n.leaf(i).scrollIntoView({ block: 'center' });
        n.focusBlock(i, 'end');
        (window as any).__benchBlock = i;
      });
    },
    modelText: (page) => page.evaluate(() => (window as any).__notionModel()[(window as any).__benchBlock].text),
  },
  {
    name: 'slack',
    site: 'slack',
    selector: COMPOSER_SELECTORS.slack,
    flaggedAtStart: false,
    async focus(page) {
      await page.click(COMPOSER_SELECTORS.slack);
    },
    modelText: (page) => page.evaluate(() => (window as any).__quill().getText()),
  },
];

// ---- Trace collection and analysis ----------------------------------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  ts: number; // µs
  dur?: number; // µs, wall clock
  tdur?: number; // µs, thread CPU time (when the trace has thread timestamps)
  pid: number;
  tid: number;
  args?: any;
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => {
    for (const ev of e.value) events.push(ev);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  } as any);
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const isTask = (e: TraceEvent) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
function isCandor(e: TraceEvent): boolean {
  const d = e.args?.data;
  const url = d?.url ?? d?.sourceURL ?? e.args?.fileName ?? '';
  return typeof url === 'string' && url.startsWith('chrome-extension://');
}
/** Outermost complete events only, so nested calls are not counted twice. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + e.dur!;
    }
  }
  return out;
}
/**
 * Time of `events` inside [from, to). Positions are wall clock; amounts are the thread's CPU time
 * when the trace has it (the share of an event's CPU time proportional to its wall-clock overlap),
 * so a machine busy with other processes does not inflate the figures. See `timeBasis`.
 */
function overlapMs(events: TraceEvent[], from: number, to: number): number {
  let us = 0;
  for (const e of events) {
    const wall = Math.max(0, Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts));
    if (wall > 0) us += e.dur! > 0 ? (wall * cpuUs(e)) / e.dur! : 0;
  }
  return us / 1000;
}
const cpuUs = (e: TraceEvent) => (timeBasis === 'cpu' && e.tdur !== undefined ? e.tdur : e.dur!);
let timeBasis: 'cpu' | 'wall' = process.argv.includes('--wall') ? 'wall' : 'cpu';

function breakdown(onMain: TraceEvent[], task: TraceEvent): string {
  const inner = outermost(onMain.filter((e) => e !== task && !isTask(e) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!));
  const byKind = new Map<string, number>();
  for (const e of inner) {
    const kind = isCandor(e) ? 'Candor script' : e.args?.data?.url ? `${e.name} (page)` : e.name;
    byKind.set(kind, (byKind.get(kind) ?? 0) + cpuUs(e) / 1000);
  }
  return [...byKind]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`)
    .join(', ');
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

interface LongTask {
  ms: number;
  candorMs: number;
  /** The biggest Candor call inside it: trace event name, function, script file. */
  candorTop?: string;
  /** Where the task's time went: its outermost inner events grouped by kind, biggest first. */
  breakdown: string;
}

function describeCall(e: TraceEvent | undefined): string | undefined {
  if (!e) return undefined;
  const d = e.args?.data ?? {};
  const file = String(d.url ?? d.sourceURL ?? '').replace(/^chrome-extension:\/\/[a-p]+\//, '');
  return `${e.name}${d.functionName ? ` ${d.functionName}()` : ''} ${file}`.trim();
}

interface RunResult {
  scenario: string;
  extension: boolean;
  hooked: boolean;
  findings: string | null;
  keys: number;
  mainPerKey: { p50: number; p95: number; max: number; mean: number };
  candorPerKey: { p50: number; p95: number; max: number; mean: number };
  keyAckP95: number;
  settle: { mainMs: number; candorMs: number };
  load: { candorMs: number; longestCandorCallMs: number; longTasks: LongTask[] };
  typingLongTasks: LongTask[];
  textIntact: boolean;
  /** Native work per keystroke while typing (mean ms per key by trace event name). */
  nativePerKey: Record<string, number>;
  /** Candor's functions by inclusive CPU time while typing (with --profile). */
  profile?: Array<[string, number]>;
}

// Native work worth naming; each event's own CPU time in the typing window, per key. Forced
// layouts inside a script call are counted both here and in that call's script time.
const NATIVE_KINDS = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER'];

const stats = (v: number[]) => ({
  p50: percentile(v, 50),
  p95: percentile(v, 95),
  max: v.length ? Math.max(...v) : NaN,
  mean: v.reduce((a, b) => a + b, 0) / (v.length || 1),
});

async function runScenario(rig: Rig, sc: Scenario, extension: boolean, chars: number, interval: number, profile: boolean): Promise<RunResult> {
  let stopTrace!: () => Promise<TraceEvent[]>;
  let cdp!: CDPSession;
  const page = await rig.open(sc.site, sc.query, {
    beforeGoto: async (p) => {
      cdp = await rig.context.newCDPSession(p);
      stopTrace = await startTrace(cdp);
    },
  });
  // Let the extension hook the composer and finish its first analysis of the page: typing into a
  // page whose findings arrive half-way would time the first render, not keystrokes.
  const hooked = extension ? (await waitForFindings(page, sc.selector, () => true, 10_000)) !== null : false;
  if (extension && hooked && sc.flaggedAtStart && (await waitForFindings(page, sc.selector, (v) => v !== '', 30_000)) === null) {
    console.log(`  (${sc.name}: no findings after 30 s; typing anyway)`);
  }
  await page.waitForTimeout(1_500);
  await sc.focus(page);
  const before = await sc.modelText(page);
  if (profile && extension) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }

  const text = sampleText(chars);
  const ack: number[] = [];
  let next = Date.now();
  for (const ch of text) {
    const t0 = performance.now();
    await page.keyboard.type(ch);
    ack.push(performance.now() - t0);
    next += interval;
    const wait = next - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  const cpuProfile = profile && extension ? ((await cdp.send('Profiler.stop')) as any).profile : null;
  await page.waitForTimeout(SETTLE_MS);
  const events = await stopTrace();

  const after = await sc.modelText(page);
  const textIntact = after.replace(/\n$/, '').endsWith(before.replace(/\n$/, '') + text);
  const findings = extension ? await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-candor-findings') ?? null, sc.selector) : null;
  await page.close();

  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  if (keydowns.length < text.length) throw new Error(`${sc.name}: trace has ${keydowns.length} keydowns for ${text.length} keys`);
  const { pid, tid } = keydowns[0];
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = outermost(onMain.filter(isTask));
  if (timeBasis === 'cpu' && !tasks.some((t) => t.tdur !== undefined)) {
    console.log('  (this trace has no thread CPU times: falling back to wall clock)');
    timeBasis = 'wall';
  }
  const candor = outermost(onMain.filter(isCandor));
  const traceStart = Math.min(...onMain.map((e) => e.ts));

  const mainPerKey: number[] = [];
  const candorPerKey: number[] = [];
  for (let i = 0; i < keydowns.length; i++) {
    const from = keydowns[i].ts;
    const to = i + 1 < keydowns.length ? keydowns[i + 1].ts : from + interval * 1000;
    mainPerKey.push(overlapMs(tasks, from, to));
    candorPerKey.push(overlapMs(candor, from, to));
  }
  const typingEnd = keydowns.at(-1)!.ts + interval * 1000;
  const nativePerKey: Record<string, number> = {};
  for (const kind of NATIVE_KINDS) {
    const evs = onMain.filter((e) => e.name === kind && e.ph === 'X' && e.dur !== undefined);
    nativePerKey[kind] = overlapMs(evs, keydowns[0].ts, typingEnd) / keydowns.length;
  }
  const longTasks = (from: number, to: number): LongTask[] =>
    tasks
      .filter((t) => cpuUs(t) >= TARGETS.longTaskMs * 1000 && t.ts >= from && t.ts < to)
      .map((t) => ({
        ms: cpuUs(t) / 1000,
        candorMs: overlapMs(candor, t.ts, t.ts + t.dur!),
        candorTop: describeCall(candor.filter((c) => c.ts >= t.ts && c.ts < t.ts + t.dur!).sort((a, b) => cpuUs(b) - cpuUs(a))[0]),
        breakdown: breakdown(onMain, t),
      }));

  return {
    scenario: sc.name,
    extension,
    hooked,
    findings,
    keys: keydowns.length,
    mainPerKey: stats(mainPerKey),
    candorPerKey: stats(candorPerKey),
    keyAckP95: percentile(ack, 95),
    settle: { mainMs: overlapMs(tasks, typingEnd, Infinity), candorMs: overlapMs(candor, typingEnd, Infinity) },
    load: {
      candorMs: overlapMs(candor, traceStart, keydowns[0].ts),
      longestCandorCallMs: Math.max(0, ...candor.filter((c) => c.ts < keydowns[0].ts).map((c) => cpuUs(c) / 1000)),
      longTasks: longTasks(traceStart, keydowns[0].ts),
    },
    typingLongTasks: longTasks(keydowns[0].ts, Infinity),
    textIntact,
    nativePerKey,
    profile: cpuProfile ? candorFunctions(cpuProfile, keydowns.length) : undefined,
  };
}

/** Candor's functions (chrome-extension:// frames) by inclusive sampled time, in ms per key. */
function candorFunctions(profile: any, keys: number): Array<[string, number]> {
  const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id: number, i: number) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const names = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = nodes.get(cur).callFrame;
      if (!String(f.url).startsWith('chrome-extension://')) {
        // Native calls made by Candor (getBoundingClientRect, elementsFromPoint…) under their own name.
        if (cur === id && f.functionName && !f.url) names.add(`[native] ${f.functionName}`);
        continue;
      }
      names.add(`${f.functionName || '(anonymous)'} ${String(f.url).replace(/^chrome-extension:\/\/[a-p]+\//, '')}:${f.lineNumber + 1}`);
    }
    if (![...names].some((n) => !n.startsWith('[native]'))) continue;
    total += us;
    for (const n of names) inclusive.set(n, (inclusive.get(n) ?? 0) + us);
  }
  const rows: Array<[string, number]> = [['(all Candor script)', total / 1000 / keys]];
  for (const [k, us] of inclusive) rows.push([k, us / 1000 / keys]);
  return rows.sort((a, b) => b[1] - a[1]).slice(0, 16);
}

function contentScriptSizes(extensionPath: string): Array<{ file: string; raw: number; gzip: number }> {
  const dir = join(extensionPath, 'content-scripts');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  } catch {
    return [];
  }
  return files.map((f) => {
    const buf = readFileSync(join(dir, f));
    return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const causedByCandor = (ts: LongTask[]) => ts.filter((t) => t.candorMs >= t.ms / 2);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) {
    console.log('» building the extension (npx wxt build)…');
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const sizes = contentScriptSizes(args.extension);

  const results: RunResult[] = [];
  // Both browsers stay open; each round runs every scenario off and on, alternating which goes
  // first, so a burst of load from other processes does not land on one side only.
  const keys = args.only !== 'wake';
  const wake = args.only !== 'keys' && args.wakeRounds > 0;
  let wakeSamples: WakeSample[] = [];
  const rigs = {
    off: await launchBrowser({ extension: false, copyExtension: true }),
    on: await launchBrowser({ extension: true, extensionPath: args.extension, copyExtension: true }),
  };
  try {
    for (let round = 0; keys && round < args.rounds; round++) {
      for (const sc of SCENARIOS) {
        const order = (round + SCENARIOS.indexOf(sc)) % 2 === 0 ? [false, true] : [true, false];
        for (const extension of order) {
          console.log(
            `» round ${round + 1}/${args.rounds}, ${sc.name}, extension ${extension ? 'on' : 'off'}: typing ${args.chars} characters, one every ${args.interval} ms…`,
          );
          results.push(await runScenario(extension ? rigs.on : rigs.off, sc, extension, args.chars, args.interval, args.profile));
        }
      }
    }
    if (wake) wakeSamples = await measureWake(rigs.on, args.wakeRounds, args.interval);
    for (const [label, rig] of Object.entries(rigs)) {
      if (rig.networkLog.length) console.log(`! requests outside the fixture hosts (${label}):`, rig.networkLog);
    }
  } finally {
    await rigs.off.close();
    await rigs.on.close();
  }

  const withCpu = timeBasis === 'cpu';
  console.log(`\nTime basis: ${withCpu ? 'main-thread CPU time (trace tdur)' : 'wall clock'}`);
  console.log("\nPer keystroke (ms), each run: main-thread time in each key's slot, and Candor's own script time in it");
  console.log(
    'scenario     ext  main p50  main p95  main max  candor p50  candor p95  candor max  key-ack p95  settle main/candor  long tasks typing (by Candor)  text intact  findings',
  );
  for (const r of results) {
    console.log(
      [
        r.scenario.padEnd(12),
        (r.extension ? 'on' : 'off').padEnd(4),
        fmt(r.mainPerKey.p50).padEnd(9),
        fmt(r.mainPerKey.p95).padEnd(9),
        fmt(r.mainPerKey.max).padEnd(9),
        (r.extension ? fmt(r.candorPerKey.p50, 2) : '-').padEnd(11),
        (r.extension ? fmt(r.candorPerKey.p95, 2) : '-').padEnd(11),
        (r.extension ? fmt(r.candorPerKey.max, 1) : '-').padEnd(11),
        fmt(r.keyAckP95).padEnd(12),
        `${fmt(r.settle.mainMs)}/${r.extension ? fmt(r.settle.candorMs) : '-'}`.padEnd(19),
        `${r.typingLongTasks.length} (${causedByCandor(r.typingLongTasks).length})`.padEnd(29),
        String(r.textIntact).padEnd(12),
        r.extension ? (r.hooked ? JSON.stringify(r.findings) : 'NOT HOOKED') : '',
      ].join(' '),
    );
  }

  if (keys) console.log(`\nCandor vs targets (median over ${args.rounds} round${args.rounds > 1 ? 's' : ''} of each round's figure)`);
  for (const sc of keys ? SCENARIOS : []) {
    const offs = results.filter((r) => r.scenario === sc.name && !r.extension);
    const ons = results.filter((r) => r.scenario === sc.name && r.extension);
    const med = (rs: RunResult[], f: (r: RunResult) => number) => percentile(rs.map(f), 50);
    const offP95 = med(offs, (r) => r.mainPerKey.p95);
    const onP95 = med(ons, (r) => r.mainPerKey.p95);
    const addedP95 = onP95 - offP95;
    const addedP50 = med(ons, (r) => r.mainPerKey.p50) - med(offs, (r) => r.mainPerKey.p50);
    const addedMean = med(ons, (r) => r.mainPerKey.mean) - med(offs, (r) => r.mainPerKey.mean);
    const candorP95 = med(ons, (r) => r.candorPerKey.p95);
    const candorMean = med(ons, (r) => r.candorPerKey.mean);
    const spread = (rs: RunResult[]) => rs.map((r) => fmt(r.mainPerKey.p95)).join(' / ');
    console.log(`  ${sc.name}`);
    console.log(`    main p95 per round: off ${spread(offs)}; on ${spread(ons)}`);
    console.log(
      `    p95 per keystroke: off ${fmt(offP95)} ms, on ${fmt(onP95)} ms → added ${fmt(addedP95, 2)} ms (p50 ${fmt(addedP50, 2)}, mean ${fmt(addedMean, 2)}); ` +
        `Candor's own script p95 ${fmt(candorP95, 2)} ms, mean ${fmt(candorMean, 2)} ms (target ≤ ${TARGETS.addedP95Ms}) ` +
        `${Math.max(addedP95, candorP95) <= TARGETS.addedP95Ms ? 'OK' : 'OVER'}`,
    );
    const native = NATIVE_KINDS.map((k) => [k, med(ons, (r) => r.nativePerKey[k]) - med(offs, (r) => r.nativePerKey[k])] as const)
      .filter(([, d]) => Math.abs(d) >= 0.01)
      .map(([k, d]) => `${k} ${d >= 0 ? '+' : ''}${fmt(d, 2)}`);
    console.log(`    native work per key, on − off (mean ms): ${native.join(', ') || 'none measurable'}`);
    const all = results.filter((r) => r.scenario === sc.name);
    const candorLongTyping = ons.flatMap((r) => causedByCandor(r.typingLongTasks));
    const candorLongLoad = ons.flatMap((r) => causedByCandor(r.load.longTasks));
    const candorLong = candorLongTyping.length + candorLongLoad.length;
    console.log(
      `    long tasks caused by Candor (all rounds): ${candorLong} (typing ${candorLongTyping.map((t) => fmt(t.ms, 0) + ' ms').join(', ') || 'none'}; ` +
        `load ${candorLongLoad.map((t) => fmt(t.ms, 0) + ' ms').join(', ') || 'none'}) (target 0) ${candorLong === 0 ? 'OK' : 'OVER'}`,
    );
    for (const t of [...candorLongLoad, ...candorLongTyping]) {
      console.log(`      ${fmt(t.ms, 0)} ms task, Candor ${fmt(t.candorMs, 0)} ms, mostly ${t.candorTop ?? '?'}`);
    }
    for (const r of all) {
      for (const t of r.typingLongTasks) console.log(`    long task while typing (${r.extension ? 'on' : 'off'}): ${fmt(t.ms, 0)} ms — ${t.breakdown}`);
    }
    console.log(
      `    load: Candor script ${fmt(med(ons, (r) => r.load.candorMs))} ms in all, longest call ${fmt(med(ons, (r) => r.load.longestCandorCallMs))} ms; ` +
        `long tasks at load on ${ons.map((r) => r.load.longTasks.length).join('/')} vs off ${offs.map((r) => r.load.longTasks.length).join('/')}`,
    );
    if (args.profile) {
      const merged = new Map<string, number>();
      for (const r of ons) for (const [k, v] of r.profile ?? []) merged.set(k, (merged.get(k) ?? 0) + v / ons.length);
      console.log('    CPU profile while typing, Candor by inclusive time (ms per key, mean over rounds):');
      for (const [k, v] of [...merged].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`      ${fmt(v, 3).padStart(7)}  ${k}`);
    }
    if (ons.some((r) => !r.textIntact) || offs.some((r) => !r.textIntact)) console.log('    ! typed text did not arrive intact in some run');
  }
  if (wake) printWake(wakeSamples);
  if (!sizes.length) console.log('  content script: none built');
  for (const s of sizes) {
    console.log(
      `  content-scripts/${s.file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped (target ≤ ${TARGETS.gzipKB} KB) ${s.gzip <= TARGETS.gzipKB * 1024 ? 'OK' : 'OVER'}`,
    );
  }
  if (args.json) writeFileSync(args.json, JSON.stringify({ args, timeBasis, results, wake: wakeSamples, sizes }, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
