// One source of truth per fact, checked (STYLE.md). Two facts are spread over many files:
// - which sites Candor coaches: the sites table (lib/sites/hosts.ts), the built manifests, the site
//   adapters and the e2e fixtures with their HTTPS server must name the same sites and hosts;
// - which checks exist: every rule in the catalog (lib/analysis/catalog.ts) is registered in the
//   engine (RULES), listed in the options page and documented (docs/rules.md), and nothing else is.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RULE_CATALOG } from '../lib/analysis/catalog';
import { RULES } from '../lib/analysis/rules/index';
import { CATEGORIES, SITES, type Site } from '../lib/analysis/types';
import { SITE_INFO } from '../lib/settings/sites';
import { allHosts, hostsOf, matchPatterns, SITE_HOSTS, siteForHost } from '../lib/sites/hosts';
import { ADAPTERS, adapterForHost } from '../lib/sites/index';
import { rulesDoc } from '../scripts/lib/rules-doc';
import { FIXTURE_HOSTS, type FixtureServer, SITE_START_PATHS, startFixtureServer } from './e2e/support/server';

const ROOT = join(__dirname, '..');
const TABLE_SITES = Object.keys(SITE_HOSTS).sort();
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('sites: table, adapters, manifest and fixtures agree', () => {
  test('the table, the Site type and the settings name the same sites', () => {
    expect(TABLE_SITES).toEqual(sorted(SITES));
    expect(sorted(Object.keys(SITE_INFO))).toEqual(TABLE_SITES);
    for (const site of SITES) expect(SITE_INFO[site].host).toBe(SITE_HOSTS[site].primary);
  });

  test('every host belongs to exactly one site, and each site has one adapter that runs there', () => {
    expect(new Set(allHosts()).size).toBe(allHosts().length);
    expect(sorted(ADAPTERS.map((a) => a.site))).toEqual(TABLE_SITES);
    for (const site of SITES) {
      for (const host of hostsOf(site)) {
        expect(siteForHost(host), host).toBe(site);
        expect(adapterForHost(host)?.site, host).toBe(site);
      }
    }
  });

  test('every site has a fixture app with a start path; the fixture server answers at every host', () => {
    expect(sorted(FIXTURE_HOSTS)).toEqual(sorted(allHosts()));
    expect(sorted(Object.keys(SITE_START_PATHS))).toEqual(TABLE_SITES);
    const fixtureDirs = readdirSync(join(ROOT, 'tests/e2e/fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'tests/e2e/fixtures', d.name, 'index.html')))
      .map((d) => d.name);
    for (const site of SITES) expect(fixtureDirs, `tests/e2e/fixtures/${site}/index.html`).toContain(site);
  });

  describe.each([['chrome-mv3'], ['firefox-mv2']])('built %s manifest', (dir) => {
    const file = join(ROOT, '.output', dir, 'manifest.json');
    test.skipIf(!existsSync(file))('host permissions and content-script matches come from the table', () => {
      const m = JSON.parse(readFileSync(file, 'utf8'));
      const hostPermissions: string[] = m.manifest_version === 2 ? m.permissions.filter((p: string) => p.includes('://')) : m.host_permissions;
      expect(sorted(hostPermissions)).toEqual(sorted(matchPatterns()));
      const scripts: Array<{ matches: string[]; js: string[] }> = m.content_scripts;
      const main = scripts.find((cs) => cs.js.some((js) => js.endsWith('/content.js')));
      expect(sorted(main?.matches ?? [])).toEqual(sorted(matchPatterns()));
      // The page-world Quill bridge goes only where an adapter drives a Quill editor.
      const quillSites = ADAPTERS.filter((a) => a.editorKind === 'quill').map((a) => a.site as Site);
      const bridge = scripts.find((cs) => cs.js.some((js) => js.endsWith('/quill-bridge.js')));
      expect(sorted(bridge?.matches ?? [])).toEqual(sorted(matchPatterns(quillSites)));
    });
  });
});

describe('the fixture server serves each site at each of its hosts', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server?.close());

  function get(host: string, path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, servername: host, headers: { host }, rejectUnauthorized: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  test.each(SITES.flatMap((site) => hostsOf(site).map((host) => [site, host] as const)))('%s at %s', async (site, host) => {
    const res = await get(host, SITE_START_PATHS[site]);
    expect(res.status).toBe(200);
    expect(res.body).toBe(readFileSync(join(ROOT, 'tests/e2e/fixtures', site, 'index.html'), 'utf8'));
  });

  test('a host outside the table gets no fixture', async () => {
    expect((await get('slack.com', '/')).status).toBe(421);
  });
});

describe('checks: catalog, engine, options page and docs agree', () => {
  const catalogIds = RULE_CATALOG.map((r) => r.id);

  test('every catalog entry is registered in the engine, and every registered rule is in the catalog', () => {
    expect(new Set(catalogIds).size).toBe(catalogIds.length);
    expect(sorted(RULES.map((r) => r.meta.id))).toEqual(sorted(catalogIds));
  });

  test("the engine's metadata is the catalog's (same category and description), in the same order", () => {
    for (const rule of RULES) {
      const entry = RULE_CATALOG.find((r) => r.id === rule.meta.id);
      expect(rule.meta.category, rule.meta.id).toBe(entry?.category);
      expect(rule.meta.description, rule.meta.id).toBe(entry?.description);
    }
    // Hints and the options page list checks in one order: by category, then as in RULES.
    const byCategory = (ids: string[]) => CATEGORIES.flatMap((c) => ids.filter((id) => RULE_CATALOG.find((r) => r.id === id)?.category === c));
    expect(byCategory(catalogIds)).toEqual(RULES.map((r) => r.meta.id));
  });

  test('every entry has a name, a description and two examples', () => {
    for (const r of RULE_CATALOG) {
      expect(CATEGORIES, r.id).toContain(r.category);
      for (const field of [r.name, r.description, r.flags.text, r.passes.text]) expect(field.trim().length, r.id).toBeGreaterThan(0);
      expect(SITES, r.id).toContain(r.flags.site);
      expect(SITES, r.id).toContain(r.passes.site);
    }
  });

  // The options page renders RULE_CATALOG (components/options/RulesSection.tsx); the built chunk
  // must carry every id and name, and none of the engine (tests/e2e/options.e2e.ts checks what is
  // on screen).
  const chunks = join(ROOT, '.output/chrome-mv3/chunks');
  const optionsChunk = existsSync(chunks) ? readdirSync(chunks).find((f) => /^options-.*\.js$/.test(f)) : undefined;
  test.skipIf(!optionsChunk)('the built options page lists every check and carries no engine', () => {
    const js = readFileSync(join(chunks, optionsChunk!), 'utf8');
    for (const r of RULE_CATALOG) {
      expect(js, r.id).toContain(r.id);
      expect(js, r.id).toContain(r.name);
    }
    // A phrase table's note and a rule's message: present only if the engine leaked in.
    expect(js).not.toContain('labelled alternatives');
    expect(js).not.toContain('say what you need back');
  });

  test('docs/rules.md is the catalog, up to date (npm run docs:rules), and the README links it', () => {
    const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    expect(doc).toBe(rulesDoc());
    for (const r of RULE_CATALOG) expect(doc).toContain(`### ${r.name} (\`${r.id}\`)`);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('docs/rules.md');
  });
});
