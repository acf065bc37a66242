import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../headers.ts';

/** The headers of every answer of the API: the app's security headers, never cached. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': contentSecurityPolicy(false),
  'Cache-Control': 'no-store',
};

/** An answer other than 2xx, with a message for people and, for a 400, the errors per field. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(
    res,
    error.status,
    { error: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    error.headers,
  );
}

/**
 * The body of a request as JSON: 415 unless it says it is JSON, 413 over `limit` bytes (from
 * Content-Length before reading a byte, or while reading), 400 when it does not parse. A body too
 * large is read to its end and dropped, so the client gets the 413 rather than a broken pipe.
 */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    req.resume();
    throw new HttpError(415, 'Send the body as JSON (Content-Type: application/json).');
  }
  const tooLarge = () =>
    new HttpError(413, `The body is over its limit of ${limit} bytes.`, undefined, {
      Connection: 'close',
    });
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  await new Promise<void>((resolve, reject) => {
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', resolve);
    req.on('error', reject);
  });
  if (size > limit) throw tooLarge();
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'The body is not valid JSON.');
  }
}

/** The coding to send a client: br or gzip when it takes them (q=0 refuses), else none. */
export function preferredEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name!.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/** Field errors of a zod result as { "sender.email": "not a valid email address" } (the first per field). */
export function fieldErrors(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  prefix: string[] = [],
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = [...prefix, ...issue.path.map(String)].join('.') || '(body)';
    fields[key] ??= issue.message;
  }
  return fields;
}
