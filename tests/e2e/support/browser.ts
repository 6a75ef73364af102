// Launches Debian's Chromium with the built extension, pointed at the fixture server under the
// real hostnames. `MAP * ~NOTFOUND` makes every other host unresolvable, so "nothing leaves the
// machine" is enforced by the browser and checked by `networkLog`.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS as HOSTS, SITE_HOSTS, SITE_START_PATHS, startFixtureServer, type FixtureServer, type Site } from './server';

export type { Site } from './server';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const DEFAULT_EXTENSION_PATH = join(REPO_ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface LaunchOptions {
  /** Load the extension (default true). */
  extension?: boolean;
  /** Unpacked extension directory (default `.output/chrome-mv3`). */
  extensionPath?: string;
  /** Default true (`--headless=new`). */
  headless?: boolean;
  /**
   * Load a private copy of the extension (default true), so another `wxt build` running at the
   * same time cannot swap files under a running test. The id then follows the copy's path.
   */
  copyExtension?: boolean;
  /** Send the real apps' strict CSP from the fixture server (default true). */
  csp?: boolean;
  /** Window size (default 1280×800). */
  viewport?: { width: number; height: number };
}

export interface OpenOptions {
  /** Path on the site's host (default: the app's usual start page, see SITE_START_PATHS). */
  path?: string;
  /** Host to open the app at (default: its host today, SITE_HOSTS; e.g. a legacy `www.notion.so`). */
  host?: string;
  /** Wait for the fixture's `window.__ready` (default true). */
  waitReady?: boolean;
  /** Called with the new tab before it navigates (e.g. to start a CDP trace covering the load). */
  beforeGoto?: (page: Page) => Promise<void>;
}

export interface Rig {
  context: BrowserContext;
  server: FixtureServer;
  /** The extension's id; undefined when launched with `extension: false`. */
  extensionId: string | undefined;
  /** The directory actually loaded (the private copy when copyExtension). */
  extensionPath: string | undefined;
  /** Parsed manifest.json of the loaded extension (undefined without extension). */
  manifest: Record<string, any> | undefined;
  /** Open a fixture app in a new tab at its real origin; resolves once the app is ready. */
  open(site: Site, query?: string | Record<string, string>, opts?: OpenOptions): Promise<Page>;
  /**
   * Requests that left the fixture hosts (any page, extension page or service worker), requests
   * that failed, and fixture responses with status ≥ 400. Should stay empty.
   */
  networkLog: string[];
  /** Uncaught exceptions and console.error messages on fixture pages, prefixed with the host. */
  consoleErrors: string[];
  /** The extension's background service worker, if it has one and it is running. */
  serviceWorker(): Worker | undefined;
  close(): Promise<void>;
}

const FIXTURE_HOSTS = new Set(HOSTS);
// Local schemes that are not network traffic (extension resources, inline data, blobs).
const LOCAL_SCHEMES = /^(chrome-extension|data|blob|about|chrome|devtools):/;

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex → a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The hostname of a URL, '' when it has none (about:blank, garbage). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<Rig> {
  const useExtension = opts.extension ?? true;
  const headless = opts.headless ?? true;
  const tmpRoot = mkdtempSync(join(tmpdir(), 'candor-rig-'));
  const userDataDir = join(tmpRoot, 'profile');

  let extensionPath: string | undefined;
  let manifest: Record<string, any> | undefined;
  if (useExtension) {
    const source = resolve(opts.extensionPath ?? DEFAULT_EXTENSION_PATH);
    if (!existsSync(join(source, 'manifest.json'))) {
      rmSync(tmpRoot, { recursive: true, force: true });
      throw new Error(`No built extension at ${source} (run \`npx wxt build\` first).`);
    }
    extensionPath = source;
    if (opts.copyExtension ?? true) {
      extensionPath = join(tmpRoot, 'extension');
      cpSync(source, extensionPath, { recursive: true });
    }
    manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  }

  const server = await startFixtureServer({ csp: opts.csp });
  const port = server.port;
  const rules = [...FIXTURE_HOSTS]
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .concat('MAP * ~NOTFOUND')
    .join(', ');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules}`,
  ];
  if (headless) args.unshift('--headless=new');
  if (extensionPath) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      // Playwright's own headless switch is off: `--headless=new` above runs the full browser
      // (extensions work there, not in the old headless shell).
      headless: false,
      args,
      // Playwright would otherwise pass --disable-extensions.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: opts.viewport ?? { width: 1280, height: 800 },
      ignoreHTTPSErrors: true,
    });
  } catch (err) {
    await server.close();
    rmSync(tmpRoot, { recursive: true, force: true });
    throw err;
  }

  const networkLog: string[] = [];
  const consoleErrors: string[] = [];
  let closing = false;

  context.on('request', (req) => {
    const url = req.url();
    if (closing || LOCAL_SCHEMES.test(url)) return;
    if (!FIXTURE_HOSTS.has(hostOf(url))) networkLog.push(url);
  });
  context.on('requestfailed', (req) => {
    if (closing) return;
    const url = req.url();
    if (LOCAL_SCHEMES.test(url)) return;
    networkLog.push(`FAILED ${url} (${req.failure()?.errorText ?? 'unknown'})`);
  });
  context.on('response', (res) => {
    if (closing) return;
    const url = res.url();
    if (FIXTURE_HOSTS.has(hostOf(url)) && res.status() >= 400) networkLog.push(`HTTP ${res.status()} ${url}`);
  });
  const watchPage = (page: Page) => {
    const where = () => hostOf(page.url());
    page.on('pageerror', (err) => {
      if (!closing && FIXTURE_HOSTS.has(where())) consoleErrors.push(`${where()} pageerror: ${err.message}`);
    });
    page.on('console', (msg) => {
      if (!closing && msg.type() === 'error' && FIXTURE_HOSTS.has(where())) {
        consoleErrors.push(`${where()} console.error: ${msg.text()}`);
      }
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  let extensionId: string | undefined;
  if (extensionPath) {
    extensionId = unpackedExtensionId(extensionPath);
    if (manifest?.background?.service_worker) {
      // The worker is the authority when there is one (and proves the extension really loaded).
      const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
      const worker =
        context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => undefined));
      if (worker) extensionId = new URL(worker.url()).host;
    }
  }

  const rig: Rig = {
    context,
    server,
    extensionId,
    extensionPath,
    manifest,
    networkLog,
    consoleErrors,
    serviceWorker: () => (extensionId ? context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) : undefined),
    async open(site, query, openOpts = {}) {
      const qs =
        query === undefined || query === '' ? '' : '?' + (typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query).toString());
      const url = `https://${openOpts.host ?? SITE_HOSTS[site]}${openOpts.path ?? SITE_START_PATHS[site]}${qs}`;
      const page = await context.newPage();
      if (openOpts.beforeGoto) await openOpts.beforeGoto(page);
      await page.goto(url, { waitUntil: 'load' });
      if (openOpts.waitReady ?? true) {
        await page.waitForFunction(() => (window as any).__ready === true, undefined, { timeout: 15_000 });
      }
      return page;
    },
    async close() {
      closing = true;
      await context.close().catch(() => {});
      await server.close();
      rmSync(tmpRoot, { recursive: true, force: true });
    },
  };
  return rig;
}

/**
 * Everything in chrome.storage.local / sync / session as one JSON string, read from the extension
 * itself (its service worker, or else one of its pages), so tests can assert that no typed text
 * was ever stored.
 */
export async function readAllExtensionStorage(rig: Rig): Promise<string> {
  if (!rig.extensionId) throw new Error('readAllExtensionStorage: the rig has no extension loaded');
  const dump = async () => {
    const c = (globalThis as any).chrome;
    const read = async (area: string) => {
      try {
        return c.storage?.[area] ? await c.storage[area].get(null) : null;
      } catch (err) {
        return { error: String(err) };
      }
    };
    return JSON.stringify({ local: await read('local'), sync: await read('sync'), session: await read('session') });
  };

  const worker = rig.serviceWorker();
  if (worker) {
    try {
      return await worker.evaluate(dump);
    } catch {
      // The worker may have been stopped for idleness: fall back to an extension page.
    }
  }
  const m = rig.manifest ?? {};
  const candidates = [m.action?.default_popup, m.options_ui?.page, m.options_page, 'popup.html', 'options.html'].filter(
    (p): p is string => typeof p === 'string',
  );
  const pagePath = candidates.find((p) => rig.extensionPath && existsSync(join(rig.extensionPath, p)));
  if (!pagePath) throw new Error('readAllExtensionStorage: the extension has neither a service worker nor an HTML page');
  const page = await rig.context.newPage();
  try {
    await page.goto(`chrome-extension://${rig.extensionId}/${pagePath}`);
    return await page.evaluate(dump);
  } finally {
    await page.close();
  }
}
