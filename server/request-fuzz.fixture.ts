import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/**
 * Hostile and odd requests for every request header a server of this app reads (Range, If-Range,
 * If-None-Match, If-Modified-Since, If-Match, If-Unmodified-Since, Accept-Encoding, Host), long and
 * repeated headers, and odd methods, each checked against what RFC 9110 allows; after each, a
 * plain request must still be served. Run against `npm start`'s server (server/serve.test.ts,
 * e2e/host-the-map.spec.ts) and nginx with the shipped recipe (e2e/host-with-nginx.spec.ts).
 *
 * Where the RFC lets a server choose, the expectation says what each server does: `npm start`
 * serves one byte range and ignores a malformed, invalid or multiple one (200); nginx, as the
 * recipe sets it up (max_ranges 0), ignores every Range; it answers If-Modified-Since only for
 * the exact date (its default, `if_modified_since exact`), and refuses a request with a header
 * twice that may come once (400).
 */

export type ServerKind = 'node' | 'nginx';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request, headers as given (a list allows a header twice), body read whole. */
export function send(
  base: string,
  path: string,
  options: { method?: string; headers?: OutgoingHttpHeaders | string[] } = {},
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
        setHost: !Array.isArray(options.headers),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`${path}: no answer in 10 s`)));
    req.on('error', reject);
    req.end();
  });
}

/** Bytes as sent on a socket of their own: the status line of the answer, or "closed". */
export function sendRaw(base: string, bytes: string): Promise<string> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end(bytes));
    let received = '';
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received.split('\r\n')[0] || 'closed'));
  });
}

/** A seeded generator, so that a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** The body as the client gets it once decoded. */
function decoded(answer: Answer): Buffer {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.body);
  if (coding === 'gzip') return gunzipSync(answer.body);
  return answer.body;
}

interface Case {
  name: string;
  method?: string;
  headers?: OutgoingHttpHeaders | string[];
  /** The problem with the answer, or null when it is a right one. */
  check: (answer: Answer) => string | null;
}

export interface FuzzTarget {
  base: string;
  server: ServerKind;
  /** A file of the build and its bytes (identity), as on disk. */
  path: string;
  bytes: Buffer;
  /** How many generated cases of each kind (the listed ones always run). */
  generated?: number;
}

/** Runs every case; returns the problems found (none: every answer was right). */
export async function fuzzRequestHeaders(target: FuzzTarget): Promise<string[]> {
  const { base, server, path, bytes } = target;
  const size = bytes.length;
  const plain = await send(base, path);
  if (plain.status !== 200 || !plain.body.equals(bytes))
    return [`${path}: no plain 200 to start from`];
  const etag = plain.headers.etag!;
  const lastModified = plain.headers['last-modified']!;

  const whole = (a: Answer) =>
    a.status === 200 && decoded(a).equals(bytes)
      ? null
      : `expected 200 with the file, got ${a.status}`;
  const rangesServed = server === 'node';
  const part = (start: number, end: number) => (a: Answer) => {
    if (!rangesServed) return whole(a);
    if (a.status !== 206) return `expected 206 ${start}-${end}, got ${a.status}`;
    if (a.headers['content-range'] !== `bytes ${start}-${end}/${size}`) {
      return `Content-Range ${a.headers['content-range']}, expected bytes ${start}-${end}/${size}`;
    }
    if (a.headers['content-encoding']) return 'a range of an encoded copy';
    return a.body.equals(bytes.subarray(start, end + 1)) ? null : 'wrong bytes in the range';
  };
  const unsatisfiable = (a: Answer) =>
    !rangesServed
      ? whole(a)
      : a.status === 416 && a.headers['content-range'] === `bytes */${size}`
        ? null
        : `expected 416 bytes */${size}, got ${a.status} ${a.headers['content-range'] ?? ''}`;
  const notModified = (a: Answer) =>
    a.status === 304 && a.body.length === 0 && a.headers.etag === etag
      ? null
      : `expected 304, got ${a.status}`;
  const refused = (statuses: number[]) => (a: Answer) =>
    statuses.includes(a.status) ? null : `expected ${statuses.join(' or ')}, got ${a.status}`;

  const next = generator(9110);
  const n = target.generated ?? 40;
  const cases: Case[] = [];
  const range = (value: string, check: Case['check']) =>
    cases.push({ name: `Range: ${value.slice(0, 80)}`, headers: { range: value }, check });

  // The attack run's headers, then generated ones of each kind.
  range('bytes=5-2', whole);
  range('bytes=100-50', whole);
  range('bytes=-5', part(size - 5, size - 1));
  range('bytes=abc', whole);
  range('items=0-5', whole);
  range('bytes=0-0', part(0, 0));
  range(`bytes=0-${size * 10}`, part(0, size - 1));
  range(`bytes=-${size * 10}`, part(0, size - 1));
  range(`bytes=${size - 1}-`, part(size - 1, size - 1));
  range(`bytes=${size}-`, unsatisfiable);
  range('bytes=-0', unsatisfiable);
  range(`bytes=${'9'.repeat(400)}-`, unsatisfiable);
  range('bytes=0-1,3-4', whole);
  range('bytes=0-1, bytes=2-3', whole);
  for (const junk of [
    'bytes=',
    'bytes=--1',
    'bytes=1-2-3',
    'bytes=0x10-',
    'bytes=1e3-',
    '=0-1',
    'bytes 0-1',
    'bytes=-',
  ]) {
    range(junk, whole);
  }
  for (let i = 0; i < n; i++) {
    const a = next(size);
    const b = a + next(size - a);
    const unit = ['bytes', 'BYTES', 'Bytes'][next(3)]!;
    range(`${unit}=${a}-${b}`, part(a, b));
    range(`bytes=${a}-`, part(a, size - 1));
    const suffix = 1 + next(size + 20);
    range(`bytes=-${suffix}`, part(Math.max(0, size - suffix), size - 1));
    range(`bytes=${size + next(1000)}-${size + 1000 + next(1000)}`, unsatisfiable);
    range(`bytes=${a}-${b},${b + 1 + next(10)}-`, whole);
    const junk = Array.from({ length: 1 + next(30) }, () =>
      String.fromCharCode(33 + next(94)),
    ).join('');
    range(`bytes=${junk}`, (x) => (/^\d+-\d*$|^-\d+$/.test(junk.trim()) ? null : whole(x)));
  }

  // If-Range: the range only while the file is what the client has.
  const ifRange = (value: string, check: Case['check']) =>
    cases.push({
      name: `If-Range: ${value}`,
      headers: { range: 'bytes=0-9', 'if-range': value },
      check,
    });
  ifRange(etag, part(0, 9));
  ifRange(lastModified, part(0, 9));
  ifRange('"another"', whole);
  ifRange(`W/${etag}`, whole);
  ifRange('garbage', whole);
  ifRange('Sat, 01 Jan 2000 00:00:00 GMT', whole);

  // Conditional requests.
  const conditional = (name: string, value: string, check: Case['check']) =>
    cases.push({ name: `${name}: ${value.slice(0, 80)}`, headers: { [name]: value }, check });
  conditional('if-none-match', etag, notModified);
  conditional('if-none-match', '*', notModified);
  conditional('if-none-match', `W/${etag}`, notModified);
  conditional('if-none-match', `"x", ${etag}, "y"`, notModified);
  conditional('if-none-match', '"x"', whole);
  conditional('if-none-match', 'garbage', whole);
  conditional('if-none-match', `"${'x'.repeat(6000)}"`, whole);
  conditional('if-modified-since', lastModified, notModified);
  conditional('if-modified-since', 'Sat, 01 Jan 2000 00:00:00 GMT', whole);
  conditional('if-modified-since', 'garbage', whole);
  conditional('if-modified-since', 'Fri, 31 Dec 9999 23:59:59 GMT', (a) =>
    server === 'nginx' && a.status === 200 ? whole(a) : notModified(a),
  );
  conditional('if-match', etag, whole);
  conditional('if-match', '*', whole);
  conditional('if-match', '"x"', refused([412]));
  conditional('if-unmodified-since', 'Sat, 01 Jan 2000 00:00:00 GMT', refused([412]));
  conditional('if-unmodified-since', lastModified, whole);

  // Accept-Encoding: only a coding the client takes, the same bytes once decoded.
  for (const value of [
    'br',
    'gzip',
    'BR',
    'x-gzip',
    'br;q=0, gzip',
    'gzip;q=0',
    'identity',
    '*',
    '*;q=0',
    'gzip;q=abc',
    'br;q=2',
    ', ,;q=1',
    'gzip, '.repeat(500),
  ]) {
    cases.push({
      name: `Accept-Encoding: ${value.slice(0, 40)}`,
      headers: { 'accept-encoding': value },
      check: (a) => {
        const problem = whole(a);
        if (problem) return problem;
        const coding = a.headers['content-encoding'];
        if (!coding) return null;
        const accepts = value
          .toLowerCase()
          .split(',')
          .some((p) => {
            const [name = '', q = 'q=1'] = p.split(';').map((s) => s.trim());
            return (
              (name === coding || name === '*' || (name === 'x-gzip' && coding === 'gzip')) &&
              Number(q.slice(2)) > 0
            );
          });
        return accepts ? null : `sent ${coding}, which the client did not take`;
      },
    });
  }
  cases.push({
    name: 'Range with Accept-Encoding: br, gzip',
    headers: { range: 'bytes=0-9', 'accept-encoding': 'br, gzip' },
    check: part(0, 9),
  });

  // Host: never read, never echoed.
  const noEcho = (a: Answer) => {
    if (![200, 400].includes(a.status)) return `expected 200 or 400, got ${a.status}`;
    return JSON.stringify(a.headers).includes('evil') ? 'the answer names the Host given' : null;
  };
  for (const host of [
    'evil.example',
    'evil.example:1',
    '',
    `${'evil'.repeat(500)}.example`,
    '[::1]:x',
    'evil.example/../',
  ]) {
    cases.push({ name: `Host: ${host.slice(0, 40)}`, headers: ['Host', host], check: noEcho });
  }
  cases.push({
    name: 'two Host headers',
    headers: ['Host', 'evil.example', 'Host', 'evil2.example'],
    check: noEcho,
  });
  cases.push({
    name: 'Host: evil.example on a folder',
    headers: ['Host', 'evil.example'],
    check: (a) => (a.headers.location?.includes('evil') ? 'redirects to the Host given' : null),
  });

  // Long and repeated headers.
  const headerTooLarge = refused(server === 'node' ? [431] : [400]);
  cases.push({ name: 'a 4 kB header', headers: { 'x-long': 'a'.repeat(4_000) }, check: whole });
  cases.push({
    name: 'a 20 kB header',
    headers: { 'x-long': 'a'.repeat(20_000) },
    check: headerTooLarge,
  });
  cases.push({
    name: 'a 20 kB Range',
    headers: { range: `bytes=${'1'.repeat(20_000)}-` },
    check: headerTooLarge,
  });
  cases.push({
    name: '60 headers of 100 bytes',
    headers: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x-h${i}`, 'v'.repeat(100)])),
    check: whole,
  });
  cases.push({
    name: 'Range twice',
    headers: ['Host', 'localhost', 'Range', 'bytes=0-1', 'Range', 'bytes=2-3'],
    check: whole,
  });
  cases.push({
    name: 'If-None-Match twice',
    headers: ['Host', 'localhost', 'If-None-Match', '"x"', 'If-None-Match', etag],
    check: (a) => (server === 'nginx' && a.status === 400 ? null : notModified(a)),
  });

  // Odd methods: nothing but GET and HEAD is answered with the file.
  for (const method of [
    'OPTIONS',
    'TRACE',
    'PROPFIND',
    'PATCH',
    'DELETE',
    'PUT',
    'POST',
    'MKCOL',
  ]) {
    cases.push({ name: `${method}`, method, check: refused([405]) });
  }
  cases.push({
    name: 'HEAD with Range',
    method: 'HEAD',
    headers: { range: 'bytes=0-3' },
    // Range is defined for GET only.
    check: (a) => (a.status === 200 ? null : `got ${a.status}`),
  });

  const problems: string[] = [];
  const nextServed = async (after: string) => {
    const again = await send(base, '/').catch((error: Error) => ({ status: 0, error }));
    if (again.status !== 200) problems.push(`after ${after}: the next request got ${again.status}`);
  };
  for (const c of cases) {
    let answer: Answer;
    try {
      answer = await send(base, path, { method: c.method, headers: c.headers });
    } catch (error) {
      problems.push(`${c.name}: ${(error as Error).message}`);
      await nextServed(c.name);
      continue;
    }
    const problem = c.check(answer);
    if (problem) problems.push(`${c.name}: ${problem}`);
    if (answer.status < 500 && answer.headers['x-content-type-options'] !== 'nosniff') {
      if (server === 'node' || ![400, 431].includes(answer.status)) {
        problems.push(`${c.name}: ${answer.status} without the security headers`);
      }
    }
    await nextServed(c.name);
  }

  // What Node's or nginx's own parser refuses, as raw bytes: an answer (or a closed connection
  // for a CONNECT), never a stopped server.
  const raw: [string, string, RegExp][] = [
    ['no Host in HTTP/1.1', `GET ${path} HTTP/1.1\r\n\r\n`, /^HTTP\/1\.1 400/],
    ['HTTP/1.0 without Host', `GET ${path} HTTP/1.0\r\n\r\n`, /^HTTP\/1\.1 200/],
    ['a lower-case method', `get ${path} HTTP/1.1\r\nHost: a\r\n\r\n`, /^HTTP\/1\.1 (400|405)/],
    ['an unknown method', `FOO ${path} HTTP/1.1\r\nHost: a\r\n\r\n`, /^HTTP\/1\.1 (400|405)/],
    [
      'CONNECT',
      'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n',
      /^HTTP\/1\.1 (400|405)|^closed$/,
    ],
    // nginx leaves an invalid header line out (ignore_invalid_headers).
    [
      'a header without a colon',
      `GET ${path} HTTP/1.1\r\nHost: a\r\nBroken\r\n\r\n`,
      server === 'node' ? /^HTTP\/1\.1 400/ : /^HTTP\/1\.1 (200|400)/,
    ],
    [
      'a control character in a header',
      `GET ${path} HTTP/1.1\r\nHost: a\r\nRange: bytes=0-1\x01\r\n\r\n`,
      /^HTTP\/1\.1 (200|400|416)/,
    ],
    [
      'an 8 kB request line',
      `GET /${'a'.repeat(8_000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
      /^HTTP\/1\.1 (404|414|400)/,
    ],
    ['garbage', '\x00\x01\x02 nonsense\r\n\r\n', /^HTTP\/1\.1 400|^closed$/],
  ];
  for (const [name, bytes, expected] of raw) {
    const status = await sendRaw(base, bytes);
    if (!expected.test(status)) problems.push(`${name}: ${status}`);
    await nextServed(name);
  }
  return problems;
}
