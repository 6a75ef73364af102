// Least privilege, checked where it ships: the built manifests (when a build exists) and the
// config they come from. Only `storage` plus the three coached sites, nothing else.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteForUrl } from '../../lib/settings/sites';
import { siteForHost } from '../../lib/sites/hosts';
import config from '../../wxt.config';

// Written out, not read from lib/sites/hosts.ts: this pins what users are asked to accept.
const HOSTS = ['https://app.slack.com/*', 'https://mail.google.com/*', 'https://app.notion.com/*', 'https://www.notion.so/*', 'https://www.notion.com/*'];
const ROOT = join(__dirname, '../..');

type Manifest = Record<string, any>;

function configManifest(browser: string, manifestVersion: 2 | 3): Manifest {
  const m = config.manifest;
  return typeof m === 'function' ? (m as (env: any) => Manifest)({ browser, manifestVersion, mode: 'production', command: 'build' }) : (m as Manifest);
}

describe('wxt.config manifest', () => {
  test.each(['chrome', 'firefox'])('%s: only storage and the coached hosts', (browser) => {
    const m = configManifest(browser, browser === 'firefox' ? 2 : 3);
    expect(m.permissions).toEqual(['storage']);
    expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  test('Firefox gets a stable add-on id and declares that no data is collected', () => {
    const gecko = configManifest('firefox', 2).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(configManifest('chrome', 3).browser_specific_settings).toBeUndefined();
  });
});

describe('the host table (lib/sites/hosts.ts)', () => {
  test.each([
    ['app.slack.com', 'slack'],
    ['mail.google.com', 'gmail'],
    ['app.notion.com', 'notion'],
    ['www.notion.so', 'notion'],
    ['www.notion.com', 'notion'],
    ['APP.NOTION.COM', 'notion'],
    ['notion.so', null],
    ['slack.com', null],
    ['mail.google.com.evil.example', null],
  ])('%s → %s', (host, site) => {
    expect(siteForHost(host)).toBe(site);
  });

  test('the popup recognises every manifest host, https only', () => {
    for (const pattern of HOSTS) expect(siteForUrl(pattern.replace('/*', '/acme/Page-1'))).not.toBeNull();
    expect(siteForUrl('http://app.notion.com/acme')).toBeNull();
  });
});

describe.each([
  ['chrome-mv3', 3],
  ['firefox-mv2', 2],
  ['firefox-mv3', 3],
] as const)('built %s manifest', (dir, mv) => {
  const file = join(ROOT, '.output', dir, 'manifest.json');
  test.skipIf(!existsSync(file))('permissions are storage plus the coached hosts, and nothing is externally reachable', () => {
    const m: Manifest = JSON.parse(readFileSync(file, 'utf8'));
    expect(m.manifest_version).toBe(mv);
    const all = [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    expect(all).toEqual(['storage', ...HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    for (const cs of m.content_scripts ?? []) {
      for (const match of cs.matches) expect(HOSTS).toContain(match);
    }
    expect(Object.keys(m.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    expect(m.options_ui?.page).toBe('options.html');
  });
});
