// `npm run eval:real` — how often the engine speaks up on real text nobody here wrote
// (../shared/data/real: chat, chat bursts, email, meeting notes). Real text is mostly fine, so a
// high flag rate means wrong hints; the targets are the issue's budgets (chat ≤ 2 % of messages,
// email ≤ 6 %, notes ≤ 1.5 findings per 1,000 words). It also writes a seeded random sample of
// flagged units per category and source, with each finding's span in «», for people to judge
// against corpus/LABELS.md. Same `analyze` as the CLI, eval and the extension.
//
// Usage: npm run eval:real -- [--source chat|chat-bursts|email|notes] [--limit N] [--seed S]
//        [--per N] [--out FILE]
// Exit code 0 whatever the figures: a measurement, not a gate.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze } from '../lib/analysis/index';
import { CATEGORIES, type Category, type Finding, type Site } from '../lib/analysis/types';
import { REPO_ROOT, readJsonl, sharedPath } from './lib/shared';
import { excerpt, seededRandom, shuffleInPlace } from './lib/real-sample';

const FILES = ['chat', 'chat-bursts', 'email', 'notes'] as const;
type Source = (typeof FILES)[number];
// Which budget applies to which file: chat budgets are per message, so bursts are held to them
// too (a burst is a message typed as several lines); notes pages are long, so per 1,000 words.
const TARGET: Record<Source, { kind: 'share' | 'per1k'; max: number }> = {
  chat: { kind: 'share', max: 0.02 },
  'chat-bursts': { kind: 'share', max: 0.02 },
  email: { kind: 'share', max: 0.06 },
  notes: { kind: 'per1k', max: 1.5 },
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('usage: npm run eval:real -- [--source chat|chat-bursts|email|notes] [--limit N] [--seed S] [--per N] [--out FILE]\n');
  process.exit(0);
}
const only = option('--source');
if (only && !FILES.includes(only as Source)) {
  process.stderr.write(`eval:real: unknown --source ${only} (one of ${FILES.join(', ')})\n`);
  process.exit(2);
}
const limit = Number(option('--limit') ?? 0) || Infinity;
const seed = Number(option('--seed') ?? 20261202);
const perBucket = Number(option('--per') ?? 25);
const outPath = resolve(option('--out') ?? resolve(REPO_ROOT, '.output/eval-real-sample.md'));

interface Row {
  id: string;
  site: Site;
  text: string;
}
interface Flagged {
  id: string;
  text: string;
  findings: Finding[];
}
interface Stats {
  units: number;
  words: number;
  flagged: number;
  findings: number;
  perCategory: Record<Category, { units: number; findings: number; flaggedUnits: Flagged[] }>;
  perRule: Map<string, number>;
  seconds: number;
}

// Whitespace tokens, as ../shared/data/real/scripts/stats.py counts words.
const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

function run(source: Source): Stats {
  const rows = readJsonl<Row>(sharedPath('data', 'real', `${source}.jsonl`)).slice(0, limit);
  const s: Stats = {
    units: 0,
    words: 0,
    flagged: 0,
    findings: 0,
    perRule: new Map(),
    seconds: 0,
    perCategory: Object.fromEntries(CATEGORIES.map((c) => [c, { units: 0, findings: 0, flaggedUnits: [] }])) as unknown as Stats['perCategory'],
  };
  const t0 = performance.now();
  for (const r of rows) {
    const { findings } = analyze(r.text, { site: r.site });
    s.units++;
    s.words += countWords(r.text);
    s.findings += findings.length;
    if (findings.length) s.flagged++;
    for (const f of findings) s.perRule.set(f.ruleId, (s.perRule.get(f.ruleId) ?? 0) + 1);
    for (const c of CATEGORIES) {
      const got = findings.filter((f) => f.category === c);
      if (!got.length) continue;
      const k = s.perCategory[c];
      k.units++;
      k.findings += got.length;
      k.flaggedUnits.push({ id: r.id, text: r.text, findings: got });
    }
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const per1k = (n: number, words: number) => (words ? (n * 1000) / words : 0);
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const mark = (ok: boolean) => (ok ? paint('32', '✓') : paint('31', '✗'));

const started = performance.now();
const results = new Map<Source, Stats>();
const out: string[] = [];
for (const source of FILES) {
  if (only && source !== only) continue;
  const s = run(source);
  results.set(source, s);
  const t = TARGET[source];
  const value = t.kind === 'share' ? s.flagged / Math.max(1, s.units) : per1k(s.findings, s.words);
  const target = t.kind === 'share' ? `target ≤ ${pct(t.max)} of units` : `target ≤ ${t.max} findings / 1,000 words`;
  out.push(paint('1', `${source}.jsonl — ${s.units.toLocaleString('en')} units, ${s.words.toLocaleString('en')} words, ${s.seconds.toFixed(1)} s`));
  out.push(`  ${'category'.padEnd(20)} ${'units flagged'.padStart(18)} ${'findings'.padStart(9)} ${'/1k words'.padStart(10)}`);
  for (const c of CATEGORIES) {
    const k = s.perCategory[c];
    out.push(
      `  ${c.padEnd(20)} ${`${k.units} = ${pct(k.units / Math.max(1, s.units))}`.padStart(18)} ${String(k.findings).padStart(9)} ${per1k(k.findings, s.words).toFixed(2).padStart(10)}`,
    );
  }
  out.push(
    `  ${'overall'.padEnd(20)} ${`${s.flagged} = ${pct(s.flagged / Math.max(1, s.units))}`.padStart(18)} ${String(s.findings).padStart(9)} ${per1k(s.findings, s.words).toFixed(2).padStart(10)}   ${target}: ${t.kind === 'share' ? pct(value) : value.toFixed(2)} ${mark(value <= t.max)}`,
  );
  const rules = [...s.perRule].sort((a, b) => b[1] - a[1]);
  out.push(`  by rule: ${rules.length ? rules.map(([r, n]) => `${r} ${n}`).join(', ') : '—'}`);
  out.push('');
}

// Overall across the files actually run (bursts repeat chat's messages, so they are left out of
// the total to avoid counting the same words twice).
const all = [...results].filter(([src]) => src !== 'chat-bursts').map(([, s]) => s);
if (all.length > 1) {
  const units = all.reduce((a, s) => a + s.units, 0);
  const words = all.reduce((a, s) => a + s.words, 0);
  const flagged = all.reduce((a, s) => a + s.flagged, 0);
  const findings = all.reduce((a, s) => a + s.findings, 0);
  out.push(paint('1', `all (chat + email + notes) — ${units.toLocaleString('en')} units, ${words.toLocaleString('en')} words`));
  for (const c of CATEGORIES) {
    const u = all.reduce((a, s) => a + s.perCategory[c].units, 0);
    const f = all.reduce((a, s) => a + s.perCategory[c].findings, 0);
    out.push(`  ${c.padEnd(20)} ${`${u} = ${pct(u / Math.max(1, units))}`.padStart(18)} ${String(f).padStart(9)} ${per1k(f, words).toFixed(2).padStart(10)}`);
  }
  out.push(
    `  ${'overall'.padEnd(20)} ${`${flagged} = ${pct(flagged / Math.max(1, units))}`.padStart(18)} ${String(findings).padStart(9)} ${per1k(findings, words).toFixed(2).padStart(10)}`,
  );
  out.push('');
}

// The reading sample: per source and category, `perBucket` flagged units drawn with one seeded
// generator, in a fixed order, so the same engine and seed give the same sample.
// Units that hold a scored-half unit of the labelled real set (tests/real) are left out: that
// half is only ever scored, and the sample is read by people tuning the rules. A notes unit is a
// page and a labelled unit one of its sections (`page#s13`); a burst starts at a chat message.
const scoredIds = readJsonl<{ id: string; half: string }>(resolve(REPO_ROOT, 'tests/real/labels.jsonl'))
  .filter((u) => u.half === 'scored')
  .map((u) => u.id);
const scoredExact = new Set(scoredIds);
const scoredPages = new Set(scoredIds.map((id) => id.split('#')[0]));
const holdsScored = (id: string) => scoredExact.has(id) || scoredPages.has(id) || scoredExact.has(id.replace(/^burst:/, ''));
const rand = seededRandom(seed);
const md: string[] = [
  `# eval:real sample (seed ${seed}, up to ${perBucket} per category and source${limit < Infinity ? `, first ${limit} units per file` : ''})`,
  '',
];
md.push('Judge each finding against ../shared/corpus/LABELS.md: right, borderline or wrong. The flagged words are in «».', '');
for (const [source, s] of results) {
  for (const c of CATEGORIES) {
    const pool = shuffleInPlace(
      s.perCategory[c].flaggedUnits.filter((u) => !holdsScored(u.id)),
      rand,
    ).slice(0, perBucket);
    md.push(`## ${source} · ${c} (${pool.length} of ${s.perCategory[c].units} flagged)`, '');
    pool.forEach((u, i) => {
      md.push(`### ${source}/${c} #${i + 1} — ${u.id}`, '');
      for (const f of u.findings) {
        md.push(
          `- **${f.ruleId}** — ${f.message}`,
          '',
          '  ```text',
          ...excerpt(u.text, f.start, f.end, 300)
            .split('\n')
            .map((l) => `  ${l}`),
          '  ```',
          '',
        );
      }
    });
  }
}
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, md.join('\n') + '\n');
out.push(`Sample written to ${outPath}`);
out.push(`Elapsed ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(out.join('\n') + '\n');
