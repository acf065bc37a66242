import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv, createLivingCatalogue, type LivingCatalogue } from './api/index.ts';
import { dataDir, openDatabase } from './db/database.ts';
import { contentSecurityPolicy, responseHeaders, SECURITY_HEADERS } from './headers.ts';
import { answerFile, fileOf, loadStaticFiles, type StaticFiles } from './static-files.ts';

/**
 * The production server of `npm start`: a list of request handlers tried in order (the build's
 * files last), every answer with the headers of server/headers.ts, and a guard around them all:
 * an exception in a handler is logged and answers that request alone with a 500 (or, once its
 * headers are out, closes that response), never the process.
 */

/** What a handler gets besides the request: its target, parsed and decoded. */
export interface RequestContext {
  /** The target as a URL of this host (never another: the Host header is not read). */
  url: URL;
  /** The decoded path ("/data/a b.json"). */
  path: string;
}

/**
 * Answers a request, or returns false to leave it to the next handler. The security headers are
 * set on `res` before any handler runs; a handler that throws or rejects gets a 500 for it.
 */
export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  context: RequestContext,
) => boolean | Promise<boolean>;

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

/** The headers of an answer that no handler gave (an error): the security headers, no caching. */
function errorHeaders(): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(false),
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
  };
}

/** A plain-text error answer, with the headers set so far (the security headers) kept. */
function sendError(res: ServerResponse, status: number, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(`${STATUS_CODES[status] ?? 'Error'}\n`);
}

/** The build's files: GET and HEAD of what the build has; any other method on them is refused. */
export function staticFilesHandler(files: StaticFiles): Handler {
  return (req, res, { path }) => {
    const file = fileOf(files, path);
    if (!file) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { Allow: 'GET, HEAD' });
      return true;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    answerFile(req, res, file);
    return true;
  };
}

async function route(req: IncomingMessage, res: ServerResponse, handlers: readonly Handler[]) {
  const target = req.url ?? '/';
  const decoded = requestPath(target);
  // An HTTP/1.1 request must name a host (RFC 9112 3.2), though this server never reads it.
  if (decoded === null || (req.httpVersion === '1.1' && req.headers.host === undefined)) {
    res.writeHead(400, errorHeaders()).end('Bad request\n');
    return;
  }
  // Parsed as a path of this host: new URL('//evil.example/', base) would be another host.
  const url = new URL(`http://localhost${target}`);
  for (const [name, value] of Object.entries(responseHeaders(url))) res.setHeader(name, value);
  if (!isPathOfThisSite(decoded)) {
    sendError(res, 404);
    return;
  }
  for (const handler of handlers) {
    if (await handler(req, res, { url, path: decoded })) return;
  }
  sendError(res, 404);
}

/** What the guard does with an exception: logs it, and answers or closes that one response. */
function failed(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  log: typeof console.error,
) {
  log(`serve: ${req.method} ${req.url}:`, error);
  if (res.headersSent) {
    // Part of an answer is out: it cannot become a 500. End this response; the process goes on.
    res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(500, errorHeaders()).end('Internal server error\n');
}

/** The request listener: `handlers` tried in order, inside the guard. */
export function createRequestHandler(
  handlers: readonly Handler[],
  log: typeof console.error = console.error,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let answered: Promise<void>;
    try {
      answered = route(req, res, handlers);
    } catch (error) {
      answered = Promise.reject(error);
    }
    answered.catch((error: unknown) => {
      try {
        failed(req, res, error, log);
      } catch {
        res.destroy();
      }
    });
  };
}

/** The raw answer to a request Node's parser refused (or a CONNECT), with the security headers. */
function rawAnswer(status: number): string {
  const headers = Object.entries({ ...errorHeaders(), Connection: 'close', 'Content-Length': '0' });
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...headers.map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
}

/** Status for a parse error of Node's HTTP parser. */
function clientErrorStatus(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** An HTTP server for `handlers`: requests Node itself refuses get the security headers too. */
export function createHttpServer(
  handlers: readonly Handler[],
  log: typeof console.error = console.error,
): Server {
  // The Host check is the router's, so that its 400 carries the security headers.
  const server = createServer({ requireHostHeader: false }, createRequestHandler(handlers, log));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const current = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawAnswer(clientErrorStatus(error.code)));
  });
  // CONNECT (a proxy's method): this is no proxy.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(rawAnswer(405));
  });
  return server;
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * The folder for what the server writes (the catalogue's database): DATA_DIR, or var/ in the
 * checkout (git-ignored). The systemd unit (deploy/) sets it to its StateDirectory,
 * /var/lib/integrationskartan, the one writable folder there.
 */
export const dataDirectory = dataDir;

export async function startServer(options: {
  root: string;
  host: string;
  port: number;
  /** Tried in order before the build's files (an API, another page). */
  handlers?: readonly Handler[];
  /** The living catalogue (server/api/): its API and the published catalogue, before the files. */
  api?: LivingCatalogue;
  log?: typeof console.error;
}): Promise<RunningServer> {
  const root = path.resolve(options.root);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "npm run build" first`);
  }
  const files = await loadStaticFiles(root);
  const api = options.api;
  const server = createHttpServer(
    [
      ...(api ? [(req: IncomingMessage, res: ServerResponse) => api.handle(req, res)] : []),
      ...(options.handlers ?? []),
      staticFilesHandler(files),
    ],
    options.log,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A queue of connections not yet accepted as long as the system allows (Node's default,
    // 511, overflows when a thousand clients connect at once on a busy machine).
    server.listen({ port: options.port, host: options.host, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    server,
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
  const data = dataDirectory();
  let running: RunningServer;
  try {
    await mkdir(data, { recursive: true });
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
  console.log(
    `Integrationskartan: serving ${path.resolve(root)} on ${running.url} (data folder ${data})`,
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main();
  if (code !== 0) process.exit(code);
}
