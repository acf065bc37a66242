import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { byteRange } from './http-range.ts';

/**
 * The files of a build, read once into memory at start (a few megabytes: the app, its data and
 * their brotli and gzip copies), and answered per RFC 9110: the copy the client takes by
 * Accept-Encoding, strong ETags, conditional requests (If-None-Match, If-Modified-Since, If-Match,
 * If-Unmodified-Since) and one byte range (Range, If-Range). Nothing touches the disk per request,
 * so no request can fail on a file that changed or vanished; a new build needs a restart.
 */

export type Coding = 'br' | 'gzip';

/** One representation of a file: its bytes as sent and their validators. */
export interface Representation {
  body: Buffer;
  /** A strong ETag: a digest of these very bytes. */
  etag: string;
  coding: Coding | null;
}

export interface StaticFile {
  contentType: string;
  /** HTTP date of the file's modification, to the second. */
  lastModified: string;
  identity: Representation;
  /** The brotli and gzip copies made at build time (server/precompress.ts), where smaller. */
  encoded: Partial<Record<Coding, Representation>>;
}

/** Request path ("/assets/main-abc.js") → file. */
export type StaticFiles = ReadonlyMap<string, StaticFile>;

/** Types by extension, for the files a build has; anything else is sent as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Files never served even when a build holds them: hidden files (dist/.vite/), source maps (only
 * developer tools read them; the build keeps them outside dist/, server/public-build.ts), and the
 * compressed copies, which are sent for their file, never as files of their own.
 */
export function isServable(relative: string): boolean {
  const parts = relative.split('/');
  return !parts.some((part) => part.startsWith('.')) && !/\.(map|br|gz)$/i.test(relative);
}

const CODINGS: Record<Coding, string> = { br: '.br', gzip: '.gz' };

function representation(body: Buffer, coding: Coding | null): Representation {
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return { body, etag: `"${digest}"`, coding };
}

/** Reads every servable file under `root` with its compressed copies. */
export async function loadStaticFiles(root: string): Promise<StaticFiles> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map<string, StaticFile>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (!isServable(relative)) continue;
    const [body, stats] = await Promise.all([readFile(absolute), stat(absolute)]);
    const encoded: StaticFile['encoded'] = {};
    for (const [coding, suffix] of Object.entries(CODINGS) as [Coding, string][]) {
      const copy = await readFile(absolute + suffix).catch(() => null);
      if (copy) encoded[coding] = representation(copy, coding);
    }
    files.set(`/${relative}`, {
      contentType: contentTypeOf(relative),
      lastModified: new Date(Math.floor(stats.mtimeMs / 1000) * 1000).toUTCString(),
      identity: representation(body, null),
      encoded,
    });
  }
  return files;
}

/** The file a request path names: "/" is index.html; a folder is no file. */
export function fileOf(files: StaticFiles, pathname: string): StaticFile | undefined {
  return files.get(PAGES[pathname] ?? pathname);
}

/** The addresses of the pages, without their .html: the app at /, the editors' review at /redaktion. */
const PAGES: Record<string, string> = { '/': '/index.html', '/redaktion': '/redaktion.html' };

/**
 * The coding to send, by Accept-Encoding (RFC 9110 12.5.3): the accepted copy of highest q
 * ("*" stands for any coding not named; q=0 refuses), brotli before gzip at equal q; none when
 * the client accepts neither or the file has no such copy.
 */
export function chooseCoding(
  header: string | undefined,
  available: Partial<Record<Coding, unknown>>,
): Coding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const weight = params.find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    const coding = name === 'x-gzip' ? 'gzip' : name;
    if (Number.isFinite(value) && value >= 0 && value <= 1 && !q.has(coding)) q.set(coding, value);
  }
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of ['br', 'gzip'] as const) {
    const weight = q.get(coding) ?? q.get('*') ?? 0;
    if (available[coding] && weight > bestQ) {
      best = coding;
      bestQ = weight;
    }
  }
  return best;
}

/** The entity-tags of an If-None-Match or If-Match list; null for "*". */
function entityTags(header: string): string[] | null {
  if (header.trim() === '*') return null;
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [];
}

const opaque = (tag: string) => tag.replace(/^W\//, '');

/** A valid HTTP date in milliseconds, or null (a malformed date is ignored, RFC 9110 13.1.3). */
function httpDate(header: string | undefined): number | null {
  if (!header || header.length > 64) return null;
  const ms = Date.parse(header);
  return Number.isNaN(ms) ? null : ms;
}

/** Headers that the 200, 206, 304, 412 and 416 of a file all carry. */
function commonHeaders(res: ServerResponse, file: StaticFile, chosen: Representation) {
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', chosen.etag);
  res.setHeader('Last-Modified', file.lastModified);
  res.setHeader('Accept-Ranges', 'bytes');
}

/**
 * Answers a GET or HEAD for `file`. The preconditions first (RFC 9110 13.2.2), then the range: a
 * range is of the file's own bytes (identity), since a slice of a brotli or gzip stream is of no
 * use to a client that decodes as it reads, and If-Range compares with that representation's
 * ETag; when the range is not served, the client gets the copy it takes, whole.
 */
export function answerFile(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  const coding = chooseCoding(req.headers['accept-encoding'], file.encoded);
  const negotiated = coding ? file.encoded[coding]! : file.identity;
  const head = req.method === 'HEAD';
  const modified = Date.parse(file.lastModified);
  const send = (status: number, headers: Record<string, string>, body?: Buffer) => {
    res.writeHead(status, headers);
    res.end(head ? undefined : body);
  };

  const ifMatch = req.headers['if-match'];
  const ifUnmodifiedSince = httpDate(req.headers['if-unmodified-since']);
  const failed =
    ifMatch !== undefined
      ? !(entityTags(ifMatch)?.some((tag) => tag === negotiated.etag) ?? true)
      : ifUnmodifiedSince !== null && modified > ifUnmodifiedSince;
  if (failed) {
    commonHeaders(res, file, negotiated);
    send(
      412,
      { 'Content-Type': 'text/plain; charset=utf-8' },
      Buffer.from('Precondition failed\n'),
    );
    return;
  }

  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = httpDate(req.headers['if-modified-since']);
  const unchanged =
    ifNoneMatch !== undefined
      ? (entityTags(ifNoneMatch)?.some((tag) => opaque(tag) === negotiated.etag) ?? true)
      : ifModifiedSince !== null && modified <= ifModifiedSince;
  if (unchanged) {
    commonHeaders(res, file, negotiated);
    res.removeHeader('Last-Modified');
    send(304, {});
    return;
  }

  const range =
    req.method === 'GET' ? byteRange(req.headers.range, file.identity.body.length) : null;
  const ifRange = req.headers['if-range'] as string | undefined;
  const rangeHolds =
    range !== null &&
    range.kind !== 'whole' &&
    (ifRange === undefined ||
      (ifRange.startsWith('"') ? ifRange === file.identity.etag : ifRange === file.lastModified));
  if (rangeHolds && range.kind === 'unsatisfiable') {
    commonHeaders(res, file, file.identity);
    send(
      416,
      {
        'Content-Range': `bytes */${file.identity.body.length}`,
        'Content-Type': 'text/plain; charset=utf-8',
      },
      Buffer.from('Range not satisfiable\n'),
    );
    return;
  }
  if (rangeHolds && range.kind === 'part') {
    const body = file.identity.body.subarray(range.start, range.end + 1);
    commonHeaders(res, file, file.identity);
    send(
      206,
      {
        'Content-Type': file.contentType,
        'Content-Range': `bytes ${range.start}-${range.end}/${file.identity.body.length}`,
        'Content-Length': String(body.length),
      },
      body,
    );
    return;
  }

  commonHeaders(res, file, negotiated);
  send(
    200,
    {
      'Content-Type': file.contentType,
      'Content-Length': String(negotiated.body.length),
      ...(negotiated.coding ? { 'Content-Encoding': negotiated.coding } : {}),
    },
    negotiated.body,
  );
}
