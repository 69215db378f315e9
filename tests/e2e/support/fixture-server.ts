import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { makeCertificate } from './certificate';

/** What the fixture site's upload endpoint received. */
export interface Upload {
  host: string;
  path: string;
  contentType: string;
  body: Buffer;
  at: number;
}

/** Hosts served from loopback as if they were the real sites, so the shipped match patterns apply. */
export const FIXTURE_HOSTS = ['x.com', 'upload.x.com', 'twitter.com', 'www.linkedin.com', 'www.facebook.com', 'www.instagram.com', 'www.threads.net', 'bsky.app', 'www.reddit.com', 'mastodon.example'] as const;

const PAGES_DIR = join(import.meta.dirname, '..', 'pages');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg' };

/**
 * An HTTPS server for the fixture pages plus an HTTP proxy the browser must use for everything.
 * The proxy passes fixture hosts to the fixture server and refuses and records every other host,
 * which proves that nothing leaves the page except the site's own requests.
 */
export class FixtureServer {
  readonly uploads: Upload[] = [];
  /** Hosts the browser tried to reach that are not fixture hosts. */
  readonly refused: string[] = [];
  proxyPort = 0;
  #closers: (() => void)[] = [];

  async start(): Promise<void> {
    const tls = makeCertificate(FIXTURE_HOSTS);
    const https = createHttpsServer(tls, (req, res) => void this.#serve(req, res));
    await listen(https);
    const httpsPort = (https.address() as AddressInfo).port;
    const proxy = createHttpServer((req, res) => {
      this.refused.push(req.headers.host ?? req.url ?? '?');
      res.writeHead(403).end();
    });
    proxy.on('connect', (req: IncomingMessage, client: Socket) => {
      // A browser may reset a refused tunnel: without a listener that error would be thrown in the test run.
      client.on('error', () => client.destroy());
      const host = (req.url ?? '').replace(/:\d+$/, '');
      if (!(FIXTURE_HOSTS as readonly string[]).includes(host)) {
        this.refused.push(host);
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(httpsPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await listen(proxy);
    this.proxyPort = (proxy.address() as AddressInfo).port;
    this.#closers.push(() => https.close(), () => proxy.close());
    https.on('connection', (s) => this.#closers.push(() => s.destroy()));
    proxy.on('connection', (s) => this.#closers.push(() => s.destroy()));
  }

  /** Forget uploads from earlier tests. */
  reset(): void {
    this.uploads.length = 0;
  }

  async stop(): Promise<void> {
    for (const close of this.#closers) close();
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    if (req.method === 'POST' && url.pathname.startsWith('/upload')) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      this.uploads.push({ host: url.host, path: url.pathname, contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks), at: Date.now() });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const file = normalize(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(PAGES_DIR, file));
      // A page path without an extension (such as a profile at x.com/<handle>) is served as HTML.
      const type = TYPES[extname(file)] ?? (extname(file) === '' ? TYPES['.html']! : 'application/octet-stream');
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  }
}

function listen(server: { listen(port: number, host: string, cb: () => void): unknown }): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}
