// `npm run eval` — how right the engine's judgments are, on text it was not written against:
//   1. the labelled dev corpus (per category precision / recall / F1, message level; clean
//      messages that got any finding),
//   2. ask detection on real business email sentences (Parakweet EmailIntentDataSet),
//   3. passive-aggressive flags on the Stanford Politeness Corpus: the most polite quartile
//      should almost never be flagged, the least polite one noticeably more often,
//   4. the labelled real set (tests/real): both halves' precision / recall per category and clean
//      units flagged; --verbose lists the tuning half's misses only (the scored half is never
//      listed, so it stays unread).
//
// Flags: --verbose (list false negatives / positives and flagged clean messages with the rules
// that fired), --train (ask detection on email-asks-train.tsv instead of -test), --json
// (machine-readable output, nothing else on stdout). Exit code is 0 whatever the figures say:
// this is a measurement, not a gate.

import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analysis/index';
import { CATEGORIES, type Category, type Site } from '../lib/analysis/types';
import { parseCsvRecords } from './lib/csv';
import { resolve } from 'node:path';
import { REAL_TARGETS, halfPasses, runRealSet, scoreHalf } from './lib/real-set';
import { loadAsks, loadDevCorpus, readJsonl, sharedPath, type CorpusRecord } from './lib/shared';

const TARGETS = { categoryF1: 0.85, cleanFlagged: 0.03, askF1: 0.8, politeFlagged: 0.03 };
// Politeness requests are short, chat-like messages between colleagues; score them as Slack
// messages (the site with the most sensitive thresholds for short text).
const POLITENESS_SITE: Site = 'slack';

const argv = process.argv.slice(2);
const corpusArg = argv.indexOf('--corpus');
const corpusPath = corpusArg >= 0 ? argv[corpusArg + 1] : undefined;
if (corpusArg >= 0 && !corpusPath) {
  process.stderr.write('eval: --corpus needs a path to a .jsonl file\n');
  process.exit(2);
}
const args = new Set(argv);
if (args.has('--help') || args.has('-h')) {
  process.stdout.write(
    'usage: npm run eval -- [--verbose] [--train] [--json]\n' +
      '  --verbose  list false negatives/positives per category and flagged clean messages\n' +
      '  --train    ask detection on email-asks-train.tsv instead of email-asks-test.tsv\n' +
      '  --json     print one JSON object with every figure\n' +
      '  --corpus FILE  score another labelled .jsonl corpus (same format as dev.jsonl)\n' +
      'shared/ is read from ../shared beside the repo, or from $CANDOR_SHARED.\n',
  );
  process.exit(0);
}
const verbose = args.has('--verbose') || args.has('-v');
const asJson = args.has('--json');
const askFile = args.has('--train') ? 'email-asks-train.tsv' : 'email-asks-test.tsv';

interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  // No predictions and nothing to find is perfect; otherwise the usual definitions (0 when empty).
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

// ---------- 1. dev corpus ----------

function evalCorpus() {
  const corpus = corpusPath ? readJsonl<CorpusRecord>(resolve(corpusPath)) : loadDevCorpus();
  const perCategory = {} as Record<Category, Prf & { falseNegatives: string[]; falsePositives: Array<{ id: string; rules: string[] }> }>;
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, fns: [] as string[], fps: [] as Array<{ id: string; rules: string[] }> }]),
  ) as Record<Category, { tp: number; fp: number; fn: number; fns: string[]; fps: Array<{ id: string; rules: string[] }> }>;
  const cleanFlagged: Array<{ id: string; rules: string[] }> = [];
  let clean = 0;
  for (const rec of corpus) {
    const { findings } = analyze(rec.text, { site: rec.site });
    const labels = new Set(rec.labels ?? []);
    if (labels.size === 0) {
      clean++;
      if (findings.length) cleanFlagged.push({ id: rec.id, rules: [...new Set(findings.map((f) => f.ruleId))] });
    }
    for (const c of CATEGORIES) {
      const got = findings.filter((f) => f.category === c);
      const want = labels.has(c);
      const k = counts[c];
      if (got.length && want) k.tp++;
      else if (got.length) {
        k.fp++;
        k.fps.push({ id: rec.id, rules: [...new Set(got.map((f) => f.ruleId))] });
      } else if (want) {
        k.fn++;
        k.fns.push(rec.id);
      }
    }
  }
  for (const c of CATEGORIES) {
    const k = counts[c];
    perCategory[c] = { ...prf(k.tp, k.fp, k.fn), falseNegatives: k.fns, falsePositives: k.fps };
  }
  return {
    file: corpusPath ? resolve(corpusPath) : 'dev.jsonl',
    messages: corpus.length,
    clean,
    cleanFlagged: cleanFlagged.length,
    cleanFlaggedShare: clean ? cleanFlagged.length / clean : 0,
    cleanFlaggedIds: cleanFlagged,
    perCategory,
  };
}

// ---------- 2. ask detection ----------

function evalAsks() {
  const rows = loadAsks(askFile);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const r of rows) {
    const got = analyze(r.text, { site: 'gmail' }).asks.length > 0;
    if (got && r.ask) tp++;
    else if (got) {
      fp++;
      falsePositives.push(r.text);
    } else if (r.ask) {
      fn++;
      falseNegatives.push(r.text);
    } else tn++;
  }
  return { file: askFile, sentences: rows.length, ...prf(tp, fp, fn), tn, accuracy: (tp + tn) / Math.max(1, rows.length), falsePositives, falseNegatives };
}

// ---------- 3. politeness ----------

function evalPoliteness(file: string) {
  const records = parseCsvRecords(readFileSync(sharedPath('data', file), 'utf8'))
    .map((r) => ({ id: r.Id, text: r.Request, score: Number(r['Normalized Score']) }))
    .filter((r) => r.text && Number.isFinite(r.score));
  const sorted = [...records].sort((a, b) => a.score - b.score);
  const q = Math.floor(sorted.length / 4);
  const leastPolite = sorted.slice(0, q);
  const mostPolite = sorted.slice(sorted.length - q);
  const flagged = (rs: typeof records) => {
    const hits: Array<{ id: string; text: string; rules: string[] }> = [];
    for (const r of rs) {
      const pa = analyze(r.text, { site: POLITENESS_SITE }).findings.filter((f) => f.category === 'passive-aggressive');
      if (pa.length) hits.push({ id: r.id, text: r.text, rules: [...new Set(pa.map((f) => f.ruleId))] });
    }
    return hits;
  };
  const politeHits = flagged(mostPolite);
  const rudeHits = flagged(leastPolite);
  const politeShare = politeHits.length / Math.max(1, mostPolite.length);
  const rudeShare = rudeHits.length / Math.max(1, leastPolite.length);
  return {
    file,
    rows: records.length,
    quartile: q,
    mostPoliteFlagged: politeHits.length,
    mostPoliteShare: politeShare,
    leastPoliteFlagged: rudeHits.length,
    leastPoliteShare: rudeShare,
    // How many times more often the rude quartile is flagged than the polite one.
    lift: politeShare > 0 ? rudeShare / politeShare : rudeShare > 0 ? Infinity : null,
    politeFlaggedExamples: politeHits,
  };
}

// ---------- report ----------

const t0 = performance.now();
const corpus = evalCorpus();
const asks = evalAsks();
const politeness = [evalPoliteness('politeness-wikipedia.csv'), evalPoliteness('politeness-stackexchange.csv')];
const realResults = runRealSet();
const real = { tune: scoreHalf(realResults, 'tune'), scored: scoreHalf(realResults, 'scored') };
const seconds = (performance.now() - t0) / 1000;

const pass = {
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, corpus.perCategory[c].f1 >= TARGETS.categoryF1])) as Record<Category, boolean>,
  clean: corpus.cleanFlaggedShare <= TARGETS.cleanFlagged,
  asks: asks.f1 >= TARGETS.askF1,
  politeness: Object.fromEntries(politeness.map((p) => [p.file, p.mostPoliteShare <= TARGETS.politeFlagged])),
  realScored: halfPasses(real.scored),
};
const allPass = Object.values(pass.categories).every(Boolean) && pass.clean && pass.asks && Object.values(pass.politeness).every(Boolean) && pass.realScored;

if (asJson) {
  process.stdout.write(JSON.stringify({ targets: { ...TARGETS, real: REAL_TARGETS }, pass, allPass, seconds, corpus, asks, politeness, real }) + '\n');
  process.exit(0);
}

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const mark = (ok: boolean) => (ok ? paint('32', '✓ pass') : paint('31', '✗ FAIL'));
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const out: string[] = [];

out.push(paint('1', `Corpus ${corpus.file} (${corpus.messages} messages, ${corpus.clean} clean) — message level`));
out.push(`  ${'category'.padEnd(20)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn   target`);
for (const c of CATEGORIES) {
  const k = corpus.perCategory[c];
  out.push(
    `  ${c.padEnd(20)} ${f3(k.precision).padStart(6)} ${f3(k.recall).padStart(6)} ${f3(k.f1).padStart(6)}  ${String(k.tp).padStart(3)} ${String(k.fp).padStart(3)} ${String(k.fn).padStart(3)}   F1 ≥ ${TARGETS.categoryF1}  ${mark(pass.categories[c])}`,
  );
}
out.push(
  `  clean messages flagged: ${corpus.cleanFlagged}/${corpus.clean} = ${pct(corpus.cleanFlaggedShare)}   target ≤ ${pct(TARGETS.cleanFlagged)}  ${mark(pass.clean)}`,
);
if (verbose) {
  for (const c of CATEGORIES) {
    const k = corpus.perCategory[c];
    if (k.falseNegatives.length) out.push(`    ${c} false negatives: ${k.falseNegatives.join(', ')}`);
    if (k.falsePositives.length) out.push(`    ${c} false positives: ${k.falsePositives.map((x) => `${x.id} [${x.rules.join(', ')}]`).join(', ')}`);
  }
  if (corpus.cleanFlaggedIds.length) {
    out.push('    flagged clean messages:');
    for (const x of corpus.cleanFlaggedIds) out.push(`      ${x.id}: ${x.rules.join(', ')}`);
  }
}

out.push('');
out.push(paint('1', `Ask detection (${asks.file}, ${asks.sentences} sentences, site gmail)`));
out.push(
  `  P ${f3(asks.precision)}  R ${f3(asks.recall)}  F1 ${f3(asks.f1)}  (tp ${asks.tp} fp ${asks.fp} fn ${asks.fn} tn ${asks.tn}, accuracy ${pct(asks.accuracy)})   target F1 ≥ ${TARGETS.askF1} (regex baseline 0.67)  ${mark(pass.asks)}`,
);
if (verbose) {
  const show = (title: string, xs: string[]) => {
    if (!xs.length) return;
    out.push(`    ${title} (${xs.length}${xs.length > 40 ? ', first 40' : ''}):`);
    for (const s of xs.slice(0, 40)) out.push(`      ${s.length > 140 ? s.slice(0, 139) + '…' : s}`);
  };
  show('false positives', asks.falsePositives);
  show('false negatives', asks.falseNegatives);
}

out.push('');
out.push(paint('1', `Politeness corpora (passive-aggressive flags, site ${POLITENESS_SITE}, quartiles by Normalized Score)`));
for (const p of politeness) {
  out.push(
    `  ${p.file.padEnd(30)} most polite ${p.mostPoliteFlagged}/${p.quartile} = ${pct(p.mostPoliteShare).padStart(6)}   least polite ${p.leastPoliteFlagged}/${p.quartile} = ${pct(p.leastPoliteShare).padStart(6)}   lift ${p.lift == null ? '—' : p.lift === Infinity ? '∞' : p.lift.toFixed(1) + '×'}   target polite ≤ ${pct(TARGETS.politeFlagged)}  ${mark(pass.politeness[p.file])}`,
  );
  if (verbose) {
    for (const x of p.politeFlaggedExamples.slice(0, 30)) {
      const t = x.text.replace(/\s+/g, ' ');
      out.push(`      ${x.id} [${x.rules.join(', ')}] ${t.length > 120 ? t.slice(0, 119) + '…' : t}`);
    }
  }
}
out.push('');
out.push(paint('1', 'Labelled real set (tests/real, labelled twice blind; message level)'));
for (const h of [real.tune, real.scored]) {
  const cleanShare = h.cleanFlagged / Math.max(1, h.clean);
  out.push(`  ${h.half} half: ${h.units} units, ${h.clean} clean`);
  for (const c of CATEGORIES) {
    const k = h.perCategory[c];
    const ok = k.precision >= REAL_TARGETS.precision && k.recall >= REAL_TARGETS.recall;
    out.push(
      `    ${c.padEnd(20)} P ${f3(k.precision)}  R ${f3(k.recall)}   tp ${String(k.tp).padStart(3)} fp ${String(k.fp).padStart(3)} fn ${String(k.fn).padStart(3)}   target P ≥ ${REAL_TARGETS.precision}, R ≥ ${REAL_TARGETS.recall}  ${h.half === 'scored' ? mark(ok) : ''}`,
    );
  }
  out.push(
    `    clean units flagged: ${h.cleanFlagged}/${h.clean} = ${pct(cleanShare)}   target ≤ ${pct(REAL_TARGETS.cleanFlagged)}  ${h.half === 'scored' ? mark(cleanShare <= REAL_TARGETS.cleanFlagged) : ''}`,
  );
  const costly = Object.entries(h.fpRules).sort((a, b) => b[1] - a[1]);
  if (costly.length) out.push(`    false positives by rule: ${costly.map(([r, n]) => `${r} ${n}`).join(', ')}`);
}
if (verbose) {
  out.push('    tuning half, misses (n site category [rules]):');
  for (const r of realResults.filter((x) => x.half === 'tune')) {
    for (const c of CATEGORIES) {
      const got = !!r.got[c];
      const want = r.labels.includes(c);
      if (got !== want)
        out.push(`      ${r.n} ${r.site} ${got ? 'FP' : 'FN'} ${c}${got ? ` [${r.got[c]!.join(', ')}]` : ''}${r.unsettled ? ' (labellers disagree)' : ''}`);
    }
  }
}
out.push('');
out.push(`${allPass ? paint('32', 'All targets met.') : paint('31', 'Some targets missed.')} (${seconds.toFixed(1)} s)`);
process.stdout.write(out.join('\n') + '\n');
