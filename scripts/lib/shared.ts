// Where the read-only shared material lives: `../shared` beside the repo (CI clones the repo with
// shared/ next to it), overridable with CANDOR_SHARED for other layouts.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category, Site } from '../../lib/analysis/types';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDir(): string {
  return process.env.CANDOR_SHARED ? resolve(process.env.CANDOR_SHARED) : resolve(REPO_ROOT, '../shared');
}

export function sharedPath(...parts: string[]): string {
  const p = resolve(sharedDir(), ...parts);
  if (!existsSync(p)) {
    throw new Error(`missing ${p} (shared/ is expected beside the repo; set CANDOR_SHARED to its location)`);
  }
  return p;
}

export interface CorpusRecord {
  id: string;
  site: Site;
  text: string;
  labels: Category[];
}

export function readJsonl<T = unknown>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function loadDevCorpus(): CorpusRecord[] {
  return readJsonl<CorpusRecord>(sharedPath('corpus', 'dev.jsonl'));
}

/** `Yes|No<TAB>sentence` lines. */
export function loadAsks(file: string): Array<{ ask: boolean; text: string }> {
  const out: Array<{ ask: boolean; text: string }> = [];
  for (const line of readFileSync(sharedPath('data', file), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const label = line.slice(0, tab).trim();
    if (label !== 'Yes' && label !== 'No') continue;
    out.push({ ask: label === 'Yes', text: line.slice(tab + 1).replace(/\r$/, '') });
  }
  return out;
}
