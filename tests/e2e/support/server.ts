// HTTPS server for the fixture apps, answering at the real hostnames (the browser maps them to
// 127.0.0.1 with --host-resolver-rules, so the manifest's match patterns stay the real ones).
// The certificate is self-signed and made at run time; nothing is checked in.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SITE_HOSTS as HOST_TABLE, allHosts, siteForHost } from '../../../lib/sites/hosts';

export type Site = 'slack' | 'gmail' | 'notion';

/** The host each fixture app opens at by default: the app's host today (lib/sites/hosts.ts). */
export const SITE_HOSTS: Record<Site, string> = {
  slack: HOST_TABLE.slack.primary,
  gmail: HOST_TABLE.gmail.primary,
  notion: HOST_TABLE.notion.primary,
};

/**
 * Every host the fixtures answer at (legacy ones too, e.g. www.notion.so), straight from the
 * extension's own table; everything else is NOTFOUND in the browser.
 */
export const FIXTURE_HOSTS: readonly string[] = allHosts();

/** Where each fixture app starts (what a user of the real app would have in the address bar). */
export const SITE_START_PATHS: Record<Site, string> = {
  slack: '/client/T01CANDOR/C01GENERAL',
  gmail: '/mail/u/0/',
  notion: '/candor/Launch-plan-4f1c2a',
};

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order (host without port). */
  requests: Array<{ host: string; path: string }>;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /**
   * Send a strict Content-Security-Policy like the real apps (no inline script, no eval, no
   * connections elsewhere). Default true: a content script that needs the page's JS world must
   * get there the way it would on Slack (a MAIN-world script), not by injecting inline script.
   */
  csp?: boolean;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES_DIR = resolve(HERE, '../fixtures');
const REPO_ROOT = resolve(HERE, '../../..');

// Vendor files served from node_modules (no CDN: the browser cannot reach one anyway).
const VENDOR: Record<string, string> = {
  'quill.min.js': join(REPO_ROOT, 'node_modules/quill/dist/quill.min.js'),
  'quill.core.css': join(REPO_ROOT, 'node_modules/quill/dist/quill.core.css'),
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
].join('; ');

// Gmail enforces Trusted Types (SITES.md "What changed in 2026"): innerHTML with a string throws
// there, in the page and in anything sharing its world.
const SITE_CSP: Partial<Record<Site, string>> = {
  gmail: `${CSP}; require-trusted-types-for 'script'`,
};

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'candor-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const san = FIXTURE_HOSTS.map((h) => `DNS:${h}`)
      .concat('DNS:localhost', 'IP:127.0.0.1')
      .join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-addext',
        `subjectAltName=${san}`,
        '-days',
        '2',
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolve `rel` inside `root`, refusing anything that climbs out of it. */
function safeJoin(root: string, rel: string): string | null {
  const full = normalize(join(root, rel));
  return full === root || full.startsWith(root + sep) ? full : null;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Listen on a free port of 127.0.0.1 (nothing here is reachable from elsewhere); the port. */
export async function listenOnLoopback(server: import('node:net').Server): Promise<number> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return (server.address() as AddressInfo).port;
}

export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const csp = opts.csp ?? true;
  const requests: Array<{ host: string; path: string }> = [];
  const { key, cert } = makeCertificate();

  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    const path = url.pathname;
    requests.push({ host, path: req.url ?? '/' });

    const site = siteForHost(host);
    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = (site && SITE_CSP[site]) ?? CSP;
      res.writeHead(status, headers);
      res.end(body);
    };

    if (!site) return send(421, `no fixture for host ${host}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    if (path === '/favicon.ico') return send(204, '');

    // /__vendor/<file>: files from node_modules; /__fixture/<file>: the site's own assets.
    if (path.startsWith('/__vendor/')) {
      const file = VENDOR[path.slice('/__vendor/'.length)];
      if (!file) return send(404, 'not found');
      return send(200, readFileSync(file), MIME[extname(file)] ?? 'application/octet-stream');
    }
    if (path.startsWith('/__fixture/')) {
      const file = safeJoin(join(FIXTURES_DIR, site), path.slice('/__fixture/'.length));
      if (!file || !isFile(file)) return send(404, 'not found');
      return send(200, readFileSync(file), MIME[extname(file)] ?? 'application/octet-stream');
    }
    // Any other path is an SPA route: serve the app shell.
    return send(200, readFileSync(join(FIXTURES_DIR, site, 'index.html')), MIME['.html']);
  });

  const port = await listenOnLoopback(server);
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
