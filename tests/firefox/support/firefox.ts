// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi with the built
// `.output/firefox-mv2` installed as a temporary add-on, the app hostnames routed to the fixture
// server through a loopback proxy (SITES.md "Testing without the live apps"), and Firefox's own
// background traffic switched off by prefs, so whatever still reaches the proxy for another host
// is ours to explain: `networkLog` should stay empty.

import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT, hostOf } from '../../e2e/support/browser';
import { FIXTURE_HOSTS, SITE_HOSTS, SITE_START_PATHS, startFixtureServer, type FixtureServer, type Site } from '../../e2e/support/server';
import { pollUntil } from './poll';
import { startLoopbackProxy, type LoopbackProxy } from './proxy';

export const FIREFOX_PATH = process.env.CANDOR_FIREFOX || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_PATH = join(REPO_ROOT, '.output/firefox-mv2');

// Firefox's own requests, each switched off at the source (puppeteer and the remote agent turn
// off most others: telemetry, updates, safe browsing, normandy, remote settings). Anything not
// listed here that still shows up is caught by the proxy and fails the test.
const QUIET_PREFS: Record<string, unknown> = {
  'network.captive-portal-service.enabled': false, // detectportal.firefox.com
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5, // no DNS over HTTPS
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'dom.push.connection.enabled': false, // push.services.mozilla.com
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.ping-centre.telemetry': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.contentanalysis.enabled': false,
};

export interface FirefoxRig {
  browser: Browser;
  server: FixtureServer;
  proxy: LoopbackProxy;
  /** The add-on's gecko id and the moz-extension:// origin pinned for it (undefined without it). */
  addonId: string | undefined;
  extensionOrigin: string | undefined;
  manifest: Record<string, any> | undefined;
  /**
   * Requests the proxy refused (any host but the fixtures'), requests that failed and fixture
   * responses with status >= 400 on fixture pages. Should stay empty.
   */
  networkLog: string[];
  /** Uncaught exceptions and console.error messages on fixture pages, prefixed with the host. */
  consoleErrors: string[];
  open(site: Site, query?: string, opts?: { host?: string; path?: string }): Promise<Page>;
  /** Open one of the extension's own pages (popup.html, options.html) in a tab, ready when `readySelector` is there. */
  extensionPage(path: string, readySelector: string): Promise<Page>;
  /** storage.local / sync / session as one JSON string, read from an extension page. */
  extensionStorage(): Promise<string>;
  /** Write settings the way the popup does (storage.local "settings"). */
  setSettings(settings: object): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Install the built add-on (default true); false is the "extension off" baseline. */
  extension?: boolean;
  /** Built add-on directory (default `.output/firefox-mv2`). */
  extensionPath?: string;
}

export async function launchFirefox(opts: LaunchFirefoxOptions = {}): Promise<FirefoxRig> {
  const useExtension = opts.extension ?? true;
  const tmpRoot = mkdtempSync(join(tmpdir(), 'candor-ff-'));
  let extensionPath: string | undefined;
  let manifest: Record<string, any> | undefined;
  if (useExtension) {
    const source = resolve(opts.extensionPath ?? FIREFOX_EXTENSION_PATH);
    if (!existsSync(join(source, 'manifest.json'))) {
      rmSync(tmpRoot, { recursive: true, force: true });
      throw new Error(`No Firefox build at ${source} (run \`npx wxt build -b firefox\` first).`);
    }
    // A private copy, so a `wxt build` running meanwhile cannot swap files under the test.
    extensionPath = join(tmpRoot, 'extension');
    cpSync(source, extensionPath, { recursive: true });
    manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
  }
  const addonId: string | undefined = manifest?.browser_specific_settings?.gecko?.id;
  // Firefox gives each install a random moz-extension:// UUID; pinning it lets tests open the
  // popup by URL.
  const uuid = randomUUID();

  const server = await startFixtureServer();
  const proxy = await startLoopbackProxy(FIXTURE_HOSTS, server.port);
  let launched: Browser | undefined;
  try {
    launched = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // WebDriver BiDi navigates only to http(s)/file/blob unless system access is allowed; the
      // popup and options pages are moz-extension:// URLs (Firefox's remote agent,
      // BrowsingContextUtils.isWebdriverSafeNavigationURL, ESR 153).
      args: ['--remote-allow-system-access'],
      // Remote settings ignore puppeteer's dummy server pref on release builds unless Firefox is
      // told it runs under tests (services-settings/Utils.sys.mjs, ESR 153); it then skips its
      // polling of firefox.settings.services.mozilla.com. Connections to loopback (our proxy)
      // are unaffected, so anything else still shows up in the proxy's log.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      acceptInsecureCerts: true, // the fixture server's certificate is made at test time
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Copy to clipboard without a permission prompt (the Chromium rig grants it per origin).
        'dom.events.testing.asyncClipboard': true,
        ...(addonId ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) } : {}),
      },
    });
    if (extensionPath) {
      const installed = await launched.installExtension(extensionPath);
      if (installed !== addonId) throw new Error(`installed add-on ${installed}, expected ${addonId}`);
    }
  } catch (err) {
    await launched?.close().catch(() => {});
    await proxy.close();
    await server.close();
    rmSync(tmpRoot, { recursive: true, force: true });
    throw err;
  }

  const browser = launched;
  const networkLog = proxy.refused;
  const consoleErrors: string[] = [];
  let closing = false;
  const fixture = new Set(FIXTURE_HOSTS);
  const watch = (page: Page) => {
    const where = () => hostOf(page.url());
    page.on('pageerror', (err) => {
      if (!closing && fixture.has(where())) consoleErrors.push(`${where()} pageerror: ${(err as Error).message}`);
    });
    page.on('console', (msg) => {
      if (!closing && msg.type() === 'error' && fixture.has(where())) consoleErrors.push(`${where()} console.error: ${msg.text()}`);
    });
    page.on('requestfailed', (req) => {
      if (!closing && !/^(moz-extension|data|blob|about):/.test(req.url())) networkLog.push(`FAILED ${req.url()}`);
    });
    page.on('response', (res) => {
      if (!closing && fixture.has(hostOf(res.url())) && res.status() >= 400) networkLog.push(`HTTP ${res.status()} ${res.url()}`);
    });
  };

  const extensionOrigin = addonId ? `moz-extension://${uuid}` : undefined;
  const PROTOCOL_RETRIES = 6;
  const extensionPage = async (path: string, readySelector: string): Promise<Page> => {
    if (!extensionOrigin) throw new Error('the Firefox rig has no add-on installed');
    const page = await browser.newPage();
    const url = `${extensionOrigin}/${path}`;
    // The page loads, but BiDi never reports the navigation to a moz-extension:// URL as done
    // (ESR 153), so wait on the page itself instead of on goto.
    page.goto(url, { timeout: 20_000 }).catch(() => {});
    // A poll that lands while the about:blank realm is torn down fails with a BiDi protocol error
    // (seen on ESR 153: "right-hand side of 'in' should be an object"): poll again, not a failure.
    for (let attempt = 1; ; attempt++) {
      try {
        await pollUntil(
          page,
          (u: string, sel: string) => location.href === u && document.readyState === 'complete' && !!document.querySelector(sel),
          [url, readySelector],
          { timeout: 15_000, polling: 100 },
        );
        return page;
      } catch (err) {
        // Three immediate retries all landed in the same teardown once (session 10's full run):
        // give the navigation a moment between polls.
        if (attempt >= PROTOCOL_RETRIES || !/Protocol error/.test(String((err as Error)?.message) + String((err as Error)?.cause))) throw err;
        await new Promise((r) => setTimeout(r, 300 * attempt));
      }
    }
  };
  // One extension page kept open for storage reads and writes (opening one costs seconds).
  let storagePage: Promise<Page> | undefined;
  const fromExtension = async <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    storagePage ??= extensionPage('options.html', 'body');
    return (await storagePage).evaluate(fn as any, arg) as Promise<R>;
  };

  return {
    browser,
    server,
    proxy,
    addonId,
    extensionOrigin,
    manifest,
    networkLog,
    consoleErrors,
    async open(site, query = '', o = {}) {
      const qs = query ? `?${query.replace(/^\?/, '')}` : '';
      const page = await browser.newPage();
      watch(page);
      await page.goto(`https://${o.host ?? SITE_HOSTS[site]}${o.path ?? SITE_START_PATHS[site]}${qs}`, { waitUntil: 'load' });
      await pollUntil(page, () => (window as any).__ready === true, [], { timeout: 15_000, polling: 100 });
      return page;
    },
    extensionPage,
    extensionStorage: () =>
      fromExtension(async () => {
        const b = (globalThis as any).browser;
        const read = async (area: string) => {
          try {
            return b.storage?.[area] ? await b.storage[area].get(null) : null;
          } catch (err) {
            return { error: String(err) };
          }
        };
        return JSON.stringify({ local: await read('local'), sync: await read('sync'), session: await read('session') });
      }, undefined),
    setSettings: (settings) =>
      fromExtension(async (s) => {
        await (globalThis as any).browser.storage.local.set({ settings: s });
      }, settings),
    async close() {
      closing = true;
      await browser.close().catch(() => {});
      await proxy.close();
      await server.close();
      rmSync(tmpRoot, { recursive: true, force: true });
    },
  };
}
