// `npm run coach` — the engine in a terminal, and a line-oriented batch mode for tools.
// Everything runs locally; no text leaves the machine and nothing is written anywhere but stdout.
//
// Batch mode contract (`--jsonl FILE|-`):
// - Input: one JSON object per line, {"id", "site", "text"}; other fields are ignored. `site`
//   may be missing or null (then --site, default slack, applies).
// - Blank (whitespace-only) lines are not inputs: they are skipped and produce no output line.
// - Output: exactly one line per input line, in input order:
//     {"id": <id as given, or null>, "findings": [...], "asks": [...]}
//   and nothing else on stdout.
// - A line that cannot be analysed (invalid JSON, not an object, `text` not a string, unknown
//   site) still yields its line: {"id": <id if it can be recovered, else null>, "findings": [],
//   "asks": [], "error": "<reason>"}, and a note with the line number goes to stderr.
// - Exit code: 0 when every line was analysed, 1 when some lines carried an error, 2 for bad
//   usage or an unreadable file.
// Input is streamed line by line, so large files are not loaded whole.

import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../lib/analysis/index';
import { SITES, type AnalysisResult, type Sensitivity, type Site } from '../lib/analysis/types';
import { formatHuman } from './lib/coach-format';

const USAGE = `Candor coach: flags vague asks, walls of text, missing decisions and passive-aggressive phrasing.

usage:
  npm run coach -- [options] [FILE|-]          coach one message (FILE, or stdin with - or a pipe)
  npm run coach -- [options] --text "message"  coach a message given on the command line
  npm run --silent coach -- --jsonl FILE|-     batch: one {"id","site","text"} per line in,
                                               one {"id","findings","asks"} per line out

options:
  --site slack|gmail|notion    thresholds of this composer (default slack; in batch mode the
                               default for lines without a "site")
  --sensitivity gentle|balanced|strict   (default balanced)
  --json                       print the AnalysisResult as JSON instead of text
  --no-color                   plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help                   this help

batch mode: blank lines are skipped (no output); a malformed line yields
{"id": <id or null>, "findings": [], "asks": [], "error": "..."} and a note on stderr;
exit code 1 if any line had an error.
`;

interface Options {
  site: Site;
  sensitivity: Sensitivity;
  json: boolean;
  jsonl?: string;
  file?: string;
  text?: string;
  color: boolean;
}

function fail(msg: string): never {
  process.stderr.write(`coach: ${msg}\n\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    site: 'slack',
    sensitivity: 'balanced',
    json: false,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) fail(`${name} needs a value`);
      return argv[++i];
    };
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    switch (name) {
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        return process.exit(0);
      case '--site': {
        const s = value('--site');
        if (!(SITES as readonly string[]).includes(s)) fail(`unknown site "${s}" (slack, gmail or notion)`);
        o.site = s as Site;
        break;
      }
      case '--sensitivity': {
        const s = value('--sensitivity');
        if (!['gentle', 'balanced', 'strict'].includes(s)) fail(`unknown sensitivity "${s}"`);
        o.sensitivity = s as Sensitivity;
        break;
      }
      case '--json':
        o.json = true;
        break;
      case '--jsonl':
        o.jsonl = value('--jsonl');
        break;
      case '--text':
      case '-e':
        o.text = value('--text');
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--color':
        o.color = true;
        break;
      default:
        if (a !== '-' && a.startsWith('-')) fail(`unknown option ${a}`);
        if (o.file !== undefined) fail('one input file at a time (use --jsonl for many messages)');
        o.file = a;
    }
  }
  if (o.jsonl !== undefined && (o.file !== undefined || o.text !== undefined)) fail('--jsonl takes its own input; drop the extra FILE/--text');
  return o;
}

// ---------- batch mode ----------

interface BatchLine {
  id: unknown;
  findings: AnalysisResult['findings'];
  asks: AnalysisResult['asks'];
  error?: string;
}

// When a line is not valid JSON the id may still be readable; recovering it lets the caller
// match the error to its record. Linear: a bounded string-literal scan, no backtracking.
const ID_FIELD = /"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,30})/;

function recoverId(line: string): unknown {
  const m = ID_FIELD.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(m[1]);
  } catch {
    return null;
  }
}

function processBatchLine(line: string, defaultSite: Site, sensitivity: Sensitivity): BatchLine {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return { id: recoverId(line), findings: [], asks: [], error: `invalid JSON: ${(err as Error).message}` };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { id: null, findings: [], asks: [], error: 'expected a JSON object {"id","site","text"}' };
  }
  const rec = input as Record<string, unknown>;
  const id = rec.id === undefined ? null : rec.id;
  if (typeof rec.text !== 'string') return { id, findings: [], asks: [], error: '"text" must be a string' };
  let site = defaultSite;
  if (rec.site !== undefined && rec.site !== null) {
    if (typeof rec.site !== 'string' || !(SITES as readonly string[]).includes(rec.site)) {
      return { id, findings: [], asks: [], error: `unknown site ${JSON.stringify(rec.site)} (slack, gmail or notion)` };
    }
    site = rec.site as Site;
  }
  try {
    const r = analyze(rec.text, { site, sensitivity });
    return { id, findings: r.findings, asks: r.asks };
  } catch (err) {
    return { id, findings: [], asks: [], error: `analysis failed: ${(err as Error).message}` };
  }
}

async function runBatch(o: Options): Promise<number> {
  let stream: NodeJS.ReadableStream;
  if (o.jsonl === '-') stream = process.stdin;
  else {
    const s = createReadStream(o.jsonl!, { encoding: 'utf8' });
    await new Promise<void>((resolve) => {
      s.once('open', () => resolve());
      s.once('error', (err) => {
        process.stderr.write(`coach: cannot read ${o.jsonl}: ${err.message}\n`);
        process.exit(2);
      });
    });
    stream = s;
  }
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  for await (let line of rl) {
    lineNo++;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    const out = processBatchLine(line, o.site, o.sensitivity);
    if (out.error) {
      errors++;
      process.stderr.write(`coach: line ${lineNo}: ${out.error}\n`);
    }
    // Respect backpressure so a large file piped into a slow consumer does not pile up in memory.
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  }
  return errors ? 1 : 0;
}

// ---------- human mode ----------

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (o.jsonl !== undefined) return runBatch(o);

  let text: string;
  if (o.text !== undefined) text = o.text;
  else if (o.file !== undefined && o.file !== '-') {
    try {
      text = readFileSync(o.file, 'utf8');
    } catch (err) {
      process.stderr.write(`coach: cannot read ${o.file}: ${(err as Error).message}\n`);
      return 2;
    }
  } else if (o.file === '-' || !process.stdin.isTTY) text = await readAll(process.stdin);
  else fail('no input: give a FILE, - for stdin, or --text "…"');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const result = analyze(text, { site: o.site, sensitivity: o.sensitivity });
  process.stdout.write(o.json ? JSON.stringify(result, null, 2) + '\n' : formatHuman(text, o.site, result, o.color));
  return 0;
}

// A consumer that stops reading (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`coach: ${(err as Error)?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
