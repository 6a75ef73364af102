// The registry is the one place a rule becomes live: every file in lib/analysis/rules/ must be
// registered exactly once, under the id that is its file name (the same string keys settings,
// stats, hint cards and logs, so it can never drift), inside its category's marked block.

import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../lib/analysis/rule';
import { RULES } from '../../lib/analysis/rules/index';
import { CATEGORIES } from '../../lib/analysis/types';

const RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/analysis/rules');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) && f !== 'index.ts')
  .sort();
const modules = import.meta.glob<Record<string, unknown>>('../../lib/analysis/rules/*.ts', { eager: true });

function isRule(x: unknown): x is Rule {
  return !!x && typeof x === 'object' && typeof (x as Rule).check === 'function' && !!(x as Rule).meta && typeof (x as Rule).meta === 'object';
}

/** The rule objects a file exports (a file may export one rule under several names). */
function rulesOf(file: string): Rule[] {
  const mod = modules[`../../lib/analysis/rules/${file}`];
  if (!mod) return [];
  return [...new Set(Object.values(mod).filter(isRule))];
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

describe('rule registry', () => {
  it('every category has at least one rule', () => {
    for (const c of CATEGORIES) expect(RULES.filter((r) => r.meta.category === c).length, c).toBeGreaterThan(0);
  });

  it.each(ruleFiles)('%s exports exactly one rule, registered exactly once', (file) => {
    const exported = rulesOf(file);
    expect(exported, `${file} should export one { meta, check } rule`).toHaveLength(1);
    expect(RULES.filter((r) => r === exported[0]).length, `${file} registrations in RULES`).toBe(1);
  });

  it.each(ruleFiles)('%s: meta.id equals the file name', (file) => {
    const [rule] = rulesOf(file);
    expect(rule?.meta.id).toBe(basename(file).replace(/\.tsx?$/, ''));
  });

  it('RULES holds only rules from this folder, each once', () => {
    expect(new Set(RULES).size).toBe(RULES.length);
    expect(RULES.length).toBe(ruleFiles.length);
    const fromFiles = new Set(ruleFiles.flatMap(rulesOf));
    for (const r of RULES) expect(fromFiles.has(r), `${r.meta.id} is registered but has no file of its own`).toBe(true);
  });

  it('ids are kebab-case and unique; metadata is complete', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id, r.meta.id).toMatch(KEBAB);
      expect(CATEGORIES, r.meta.id).toContain(r.meta.category);
      expect(typeof r.meta.description, r.meta.id).toBe('string');
      expect(r.meta.description.trim().length, `${r.meta.id} description`).toBeGreaterThan(0);
      if (r.meta.sites) {
        expect(r.meta.sites.length, `${r.meta.id} sites`).toBeGreaterThan(0);
        for (const s of r.meta.sites) expect(['slack', 'gmail', 'notion']).toContain(s);
      }
    }
  });

  it("each rule is imported inside its category's marked block, and RULES keeps categories together", () => {
    const index = readFileSync(resolve(RULES_DIR, 'index.ts'), 'utf8');
    let block: string | undefined;
    const importedIn = new Map<string, string | undefined>();
    for (const line of index.split('\n')) {
      const open = /^\/\/ --- ([a-z-]+) ---\s*$/.exec(line);
      const close = /^\/\/ --- end ([a-z-]+) ---\s*$/.exec(line);
      if (close) block = undefined;
      else if (open) block = open[1];
      const imp = /from '\.\/([^']+)'/.exec(line);
      if (imp) importedIn.set(imp[1].replace(/\.tsx?$/, ''), block);
    }
    for (const file of ruleFiles) {
      const [rule] = rulesOf(file);
      const id = basename(file).replace(/\.tsx?$/, '');
      expect(importedIn.has(id), `${id} is imported in rules/index.ts`).toBe(true);
      if (rule) expect(importedIn.get(id), `${id} import block`).toBe(rule.meta.category);
    }
    // Categories appear as contiguous runs in RULES (order within a category = hint order).
    const runs = RULES.map((r) => r.meta.category).filter((c, i, a) => i === 0 || a[i - 1] !== c);
    expect(new Set(runs).size).toBe(runs.length);
  });
});
