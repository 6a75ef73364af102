// A loopback HTTP proxy standing in for DNS: Firefox has no --host-resolver-rules (SITES.md
// "Testing without the live apps"), so its network.proxy.* prefs point here, and the proxy
// tunnels CONNECTs for the fixture hosts to the fixture server. Anything else is refused and
// written down: nothing reaches the network, and `refused` says who tried.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback } from '../../e2e/support/server';

export interface LoopbackProxy {
  port: number;
  /** "CONNECT host:port" or "GET http://…" for every request the proxy refused, in order. */
  refused: string[];
  /** Hosts it tunnelled to the fixture server (so a test can tell the proxy was really used). */
  tunnelled: string[];
  close(): Promise<void>;
}

export async function startLoopbackProxy(fixtureHosts: readonly string[], fixturePort: number): Promise<LoopbackProxy> {
  const allowed = new Set(fixtureHosts.map((h) => h.toLowerCase()));
  const refused: string[] = [];
  const tunnelled: string[] = [];
  const sockets = new Set<Socket>();

  // Plain-HTTP requests (absolute URLs): the apps are HTTPS only, so any of these is foreign.
  const server: Server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('refused by the Candor test proxy');
  });

  server.on('connect', (req: IncomingMessage, client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '').toLowerCase();
    if (!allowed.has(host) || !/:443$/.test(target)) {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnelled.push(host);
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  const port = await listenOnLoopback(server);
  return {
    port,
    refused,
    tunnelled,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
