// What addons.mozilla.org's linter says about the built .output/firefox-mv2 (the same
// addons-linter `web-ext lint` runs): no errors, no notices, and no warning from our own code.
// The only warnings allowed are Preact's own `dangerouslySetInnerHTML` branch in its bundled
// diff (`el.innerHTML = props.__html`), which Candor never uses: no component passes that prop
// (checked below on the sources too).

import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../e2e/support/browser';
import { FIREFOX_EXTENSION_PATH } from './support/firefox';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** The bundled code at a lint position (lines are 1-based, columns 0-based in addons-linter). */
function snippetAt(m: LintMessage): string {
  const line = readFileSync(join(FIREFOX_EXTENSION_PATH, m.file!), 'utf8').split('\n')[m.line! - 1] ?? '';
  return line.slice(Math.max(0, m.column! - 10), m.column! + 40);
}

test('web-ext lint: no errors, no notices, no warnings from our code', async () => {
  const { stdout } = await promisify(execFile)(
    join(REPO_ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', FIREFOX_EXTENSION_PATH, '--output', 'json', '--no-config-discovery'],
    { maxBuffer: 16 << 20 },
  ).catch((err) => err); // exit code 1 on errors: the JSON still says which
  const report = JSON.parse(stdout);
  expect(report.errors, 'errors').toEqual([]);
  expect(report.notices, 'notices').toEqual([]);
  const ours = (report.warnings as LintMessage[]).filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML=\w+\.__html/.test(snippetAt(w))));
  expect(ours.map((w) => `${w.code} ${w.file}:${w.line}: ${w.message}`)).toEqual([]);
  // The allowed ones are Preact's branch only because nothing of ours reaches it.
  for (const dir of ['components', 'lib', 'entrypoints']) {
    for (const f of sourceFiles(join(REPO_ROOT, dir))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=/);
  }
}, 120_000);

test('the Firefox manifest asks for storage and the coached hosts only', () => {
  const m = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(m.manifest_version).toBe(2);
  expect(m.permissions).toEqual([
    'storage',
    'https://app.slack.com/*',
    'https://mail.google.com/*',
    'https://app.notion.com/*',
    'https://www.notion.so/*',
    'https://www.notion.com/*',
  ]);
  expect(m.optional_permissions).toBeUndefined();
  // The Quill bridge is a MAIN-world content script, which Firefox MV2 runs from 128 on (the
  // manifest's minimum is 140); on Slack only.
  const bridge = m.content_scripts.find((c: any) => c.world === 'MAIN');
  expect(bridge.matches).toEqual(['https://app.slack.com/*']);
  expect(Number.parseInt(m.browser_specific_settings.gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(128);
});
