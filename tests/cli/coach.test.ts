// The coach CLI as tools use it: spawned, fed a file or stdin, read line by line. The batch
// contract (scripts/coach.ts header): one output line per non-blank input line, in order, only
// JSON on stdout; a malformed line still yields its line with an "error" field.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/index';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'candor-coach-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Colour must come from the TTY check alone; tsx passes no flags of its own.
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

// Each spawn pays tsx and compromise start-up (~1 s idle, much more on a loaded machine).
const SPAWN_TIMEOUT = { timeout: 180_000 };

function coach(args: string[], input?: string) {
  const r = spawnSync(TSX, ['scripts/coach.ts', ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    timeout: 170_000,
    env: cleanEnv(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Real-looking messages; the first two carry phrases every passive-aggressive / vague-ask
// detector should catch, so the batch output is compared against findings that exist.
const MESSAGES = [
  { id: 'm1', site: 'slack', text: 'Per my last email, can someone take a look at the flaky checkout test when you get a chance?', channel: 'ignored' },
  { id: 'm2', site: 'gmail', text: 'Hi Dana,\n\nAs I already mentioned, the contract needs your signature. Friendly reminder.\n\nBest,\nSam' },
  { id: 'm3', site: 'notion', text: 'Decision: we ship v2 on Friday.\nNext step: Ana will update the changelog by Thursday.' },
];
const LINES = [
  JSON.stringify(MESSAGES[0]),
  '', // blank: not an input, no output
  '{"id": "broken", "site": "slack", "text": "unterminated', // malformed JSON, id recoverable
  JSON.stringify(MESSAGES[1]),
  '   \t', // whitespace only: skipped too
  '{"id": 42, "site": "teams", "text": "hello"}', // unknown site
  '["not", "an", "object"]',
  JSON.stringify(MESSAGES[2]),
];
const EXPECTED_IDS = ['m1', 'broken', 'm2', 42, null, 'm3'];
const batchFile = join(dir, 'batch.jsonl');
writeFileSync(batchFile, LINES.join('\n') + '\n');

function parseLines(stdout: string) {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe(''); // ends with exactly one newline
  return lines.map((l) => JSON.parse(l) as { id: unknown; findings: unknown[]; asks: unknown[]; error?: string });
}

describe('coach --jsonl (batch mode)', SPAWN_TIMEOUT, () => {
  it('writes one JSON line per input line, in order, with the engine results', () => {
    const r = coach(['--jsonl', batchFile]);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(EXPECTED_IDS);
    for (const o of out) {
      expect(Array.isArray(o.findings)).toBe(true);
      expect(Array.isArray(o.asks)).toBe(true);
    }
    for (const m of MESSAGES) {
      const o = out.find((x) => x.id === m.id)!;
      expect(o.error).toBeUndefined();
      expect(Object.keys(o).sort()).toEqual(['asks', 'findings', 'id']);
      expect({ findings: o.findings, asks: o.asks }).toEqual(analyze(m.text, { site: m.site as 'slack' }));
    }
    expect(out[0].findings.length, 'the jab and vague ask in m1 are flagged').toBeGreaterThan(0);
    // Malformed lines: empty results, an error, and a note on stderr with the line number.
    for (const i of [1, 3, 4]) {
      expect(out[i].error).toEqual(expect.any(String));
      expect(out[i].findings).toEqual([]);
      expect(out[i].asks).toEqual([]);
    }
    expect(r.stderr).toMatch(/line 3: invalid JSON/);
    expect(r.stderr).toMatch(/line 6: unknown site "teams"/);
    expect(r.code).toBe(1);
  });

  it('reads stdin with "-" and gives the same output; CRLF and a BOM are tolerated', () => {
    const fromFile = coach(['--jsonl', batchFile]).stdout;
    const r = coach(['--jsonl', '-'], '\ufeff' + LINES.join('\r\n') + '\r\n');
    expect(r.stdout).toBe(fromFile);
  });

  it('exits 0 when every line is analysed, and the --site default applies to lines without one', () => {
    const text = 'Can you send me the Q3 report by Friday?';
    const r = coach(['--jsonl', '-', '--site', 'gmail'], JSON.stringify({ id: 'x', text }) + '\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [o] = parseLines(r.stdout);
    expect({ findings: o.findings, asks: o.asks }).toEqual(analyze(text, { site: 'gmail' }));
  });

  it('through `npm run --silent coach`, stdout carries nothing but the JSON lines', () => {
    const r = spawnSync('npm', ['run', '--silent', 'coach', '--', '--jsonl', batchFile], { cwd: REPO, encoding: 'utf8', timeout: 170_000, env: cleanEnv() });
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(EXPECTED_IDS);
  });
});

describe('coach (terminal mode)', SPAWN_TIMEOUT, () => {
  const text = MESSAGES[0].text;

  it('prints every finding with its rule, the flagged text, the why and the suggestion', () => {
    const expected = analyze(text, { site: 'slack' });
    expect(expected.findings.length).toBeGreaterThan(0);
    const r = coach(['--site', 'slack', '-'], text);
    expect(r.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is exactly what is being looked for
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour when stdout is not a terminal
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const f of expected.findings) {
      expect(flat).toContain(`${f.category} (${f.ruleId})`);
      expect(flat).toContain(f.message.replace(/\s+/g, ' ').trim());
      expect(flat).toContain(f.suggestion.replace(/\s+/g, ' ').trim());
      if (f.replacement) expect(flat).toContain(`→ replace with: ${f.suggestion.replace(/\s+/g, ' ').trim()}`);
    }
    expect(r.stdout).toMatch(/^1:\d+ {2}/m); // line:column of each finding
  });

  it('--json prints the AnalysisResult', () => {
    const r = coach(['--json', '--text', text]);
    expect(JSON.parse(r.stdout)).toEqual(analyze(text, { site: 'slack' }));
  });

  it('--help exits 0; a bad option exits 2 with usage on stderr', () => {
    const help = coach(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--jsonl');
    const bad = coach(['--site', 'teams', '--text', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('unknown site');
  });
});
