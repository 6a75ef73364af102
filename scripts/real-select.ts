// Picks the units of the labelled real set (tests/real/units.jsonl) from ../shared/data/real/.
// Deterministic (seeded): half of each source drawn at random, a quarter among units today's
// engine flags, a quarter among units with likely-problem cues (questions, group addressees,
// repetition words, option talk, length). Notes pages are cut into sections at their headings,
// since a whole page (median 1,750 words) is not one judgement. Labellers see only the text.
// Usage: tsx scripts/real-select.ts  (writes tests/real/units.jsonl)
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { analyze } from '../lib/analysis/index';
import type { Site } from '../lib/analysis/types';

const DIR = new URL('../../shared/data/real/', import.meta.url);
type Row = { why?: string; id: string; site: Site; text: string; source: string; license: string; thread?: string; subject?: string };
const read = (f: string): Row[] =>
  readFileSync(new URL(f, DIR), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

let seed = 20261202;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const shuffle = <T>(a: T[]) => {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const CUE =
  /\?|\b(some(one|body)|any(one|body)|every(one|body)|again|already|per my|as I (said|mentioned)|decide|decision|option|either|should we|thoughts|at some point|when you get a chance|reminder|ASAP)\b/i;

function sections(r: Row): Row[] {
  const out: Row[] = [];
  const parts = r.text.split(/\n(?=#{1,4} |\*\*[^*\n]{3,80}\*\*\s*\n)/);
  for (const [i, p] of parts.entries()) out.push({ ...r, id: `${r.id}#s${i}`, text: p.trim() });
  return out.filter((s) => words(s.text) >= 60 && words(s.text) <= 600);
}

function pick(pool: Row[], n: number): Row[] {
  const chosen = new Map<string, Row & { why: string }>();
  const take = (rows: Row[], k: number, why: string) => {
    for (const r of rows) {
      if (k <= 0) break;
      if (!chosen.has(r.id)) {
        chosen.set(r.id, { ...r, why });
        k--;
      }
    }
  };
  const shuffled = shuffle([...pool]);
  take(shuffled.slice(0, Math.floor(n / 2)), Math.floor(n / 2), 'random');
  const flagged = shuffled.slice(Math.floor(n / 2)).filter((r, i) => i < 4000 && analyze(r.text, { site: r.site }).findings.length > 0);
  take(flagged, Math.floor(n / 4), 'flagged');
  take(
    shuffled.filter((r) => CUE.test(r.text) || words(r.text) > 120),
    n - chosen.size,
    'cue',
  );
  return [...chosen.values()];
}

const chat = read('chat.jsonl').filter((r) => words(r.text) >= 3);
const email = read('email.jsonl').filter((r) => words(r.text) >= 10 && words(r.text) <= 700);
const notes = read('notes.jsonl').flatMap(sections);
const units = [...pick(chat, 300), ...pick(email, 180), ...pick(notes, 120)];
const half = (id: string) => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'tune' : 'scored');
const out = shuffle(units).map((u, i) => ({
  n: i + 1,
  id: u.id,
  site: u.site,
  half: half(u.id),
  pick: u.why,
  source: u.source,
  license: u.license,
  ...(u.subject ? { subject: u.subject } : {}),
  text: u.text,
}));
writeFileSync(new URL('../tests/real/units.jsonl', import.meta.url), out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log(`${out.length} units: ${out.filter((o) => o.half === 'tune').length} tune, ${out.filter((o) => o.half === 'scored').length} scored`);
