import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { configFromEnv, createLivingCatalogue, type LivingCatalogue } from './api/index.ts';
import { openDatabase } from './db/database.ts';
import { contentSecurityPolicy, responseHeaders, SECURITY_HEADERS } from './headers.ts';

/**
 * The production server of `npm start`: the build in dist/ as static files (sirv), with the
 * headers of server/headers.ts, the brotli or gzip copy made at build time when the client takes
 * it, and ETags. Nothing is computed per request; the file list is read once at start, so a new
 * build needs a restart.
 */

/** Types sirv's table (mrmime) lacks. */
const EXTRA_CONTENT_TYPES: Record<string, string> = { '.ico': 'image/x-icon' };

/**
 * Accept-Encoding reduced to the codings the client accepts, in a form sirv understands: sirv
 * only looks for the words "br" and "gzip", so "br;q=0" (br refused) has to be taken out here.
 */
export function acceptedEncodings(header: string | undefined): string {
  if (!header) return '';
  return header
    .split(',')
    .map((part) => {
      const [name = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { name: name.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter(({ name, q }) => name && q > 0)
    .map(({ name }) => name)
    .join(', ');
}

/** The decoded path of a request target ("/…?…"); null when it is none (no leading slash, bad escapes). */
export function requestPath(target: string): string | null {
  if (!target.startsWith('/')) return null;
  const raw = target.replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * False for a path no file of the build has: an empty segment or a backslash. Such paths are how
 * an address of this site is made to read as another (//evil.example/, /\evil.example/; a
 * browser sends //evil.example/%2e%2e/ as //): they get a 404, never the app, so that nothing
 * built from the page's own path can lead elsewhere.
 */
export function isPathOfThisSite(path: string): boolean {
  return !/\/\/|\\/.test(path);
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** `api`: the living catalogue (server/api/), tried before the static files. */
export function createRequestHandler(root: string, api?: LivingCatalogue): RequestHandler {
  const files = sirv(root, { etag: true, brotli: true, gzip: true, dotfiles: false });
  return (req, res) => {
    if (api?.handle(req, res)) return;
    const target = req.url ?? '/';
    const decoded = requestPath(target);
    let url: URL;
    try {
      if (decoded === null) throw new Error('not a path');
      // Parsed as a path of this host: new URL('//evil.example/', base) would be another host.
      url = new URL(`http://localhost${target}`);
    } catch {
      res
        .writeHead(400, {
          ...SECURITY_HEADERS,
          'Content-Security-Policy': contentSecurityPolicy(false),
          'Content-Type': 'text/plain',
        })
        .end('Bad request\n');
      return;
    }
    for (const [name, value] of Object.entries(responseHeaders(url))) res.setHeader(name, value);
    if (!isPathOfThisSite(decoded)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    // Every answer may differ by Accept-Encoding (sirv sets it too, but not on its 304).
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end();
      return;
    }
    const extraType = EXTRA_CONTENT_TYPES[path.extname(url.pathname).toLowerCase()];
    if (extraType) res.setHeader('Content-Type', extraType);
    req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding']);
    // sirv answers a matching If-None-Match with a bare 304; a 304 should repeat the ETag.
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch) {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
      (res as unknown as { writeHead: typeof writeHead }).writeHead = (...args) => {
        if (args[0] === 304) res.setHeader('ETag', ifNoneMatch);
        return writeHead(...args);
      };
    }
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    });
  };
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: {
  root: string;
  host: string;
  port: number;
  api?: LivingCatalogue;
}): Promise<RunningServer> {
  const root = path.resolve(options.root);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "npm run build" first`);
  }
  const server = createServer(createRequestHandler(root, options.api));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve(options.api?.close()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<number> {
  const root = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 4173);
  let running: RunningServer;
  try {
    // The suggestions and their review (DATABASE_URL, or the embedded database in DATA_DIR).
    const api = createLivingCatalogue({
      root,
      open: () => openDatabase(),
      config: configFromEnv(),
    });
    running = await startServer({ root, host, port, api });
  } catch (error) {
    console.error(`serve: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Integrationskartan: serving ${path.resolve(root)} on ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main();
  if (code !== 0) process.exit(code);
}
