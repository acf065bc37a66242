import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressBuild } from './precompress';
import { fuzzRequestHeaders, send, sendRaw } from './request-fuzz.fixture';
import {
  dataDirectory,
  isPathOfThisSite,
  requestPath,
  startServer,
  type Handler,
  type RunningServer,
} from './serve';

/** Handlers that fail in every way a handler can, for the guard around them. */
const FAILING: Handler[] = [
  (_req, _res, { path }) => {
    if (path === '/fail/throws') throw new Error('a bug');
    return false;
  },
  async (_req, _res, { path }) => {
    if (path === '/fail/rejects') throw new Error('an async bug');
    return false;
  },
  (_req, res, { path }) => {
    if (path !== '/fail/after-headers') return false;
    res.setHeader('Content-Encoding', 'br');
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('half an answer');
    throw new Error('a bug once the headers were out');
  },
  async (_req, res, { path }) => {
    if (path !== '/fail/stream') return false;
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    const source = new Readable({
      read() {
        this.push('the start, ');
        this.destroy(new Error('the disk went away'));
      },
    });
    await pipeline(source, res);
    return true;
  },
];

describe('the production server on a small build', () => {
  let root: string;
  let server: RunningServer;
  const logged: unknown[][] = [];
  const text = 'console.log("integrationskartan");\n'.repeat(200);

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'serve-test-'));
    await mkdir(path.join(root, 'assets'));
    await mkdir(path.join(root, '.vite'));
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(path.join(root, 'assets', 'main-abc.js'), text);
    await writeFile(path.join(root, 'assets', 'main-abc.js.map'), '{"version":3}');
    await writeFile(path.join(root, 'assets', 'tiny.js'), '1');
    await writeFile(path.join(root, 'data', 'manifest.json'), '{"generated":"today"}\n');
    await writeFile(path.join(root, '.vite', 'manifest.json'), '{}');
    await writeFile(path.join(root, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    const compressed = await precompressBuild(root);
    // A copy that would not be smaller is not kept; hidden files are not compressed.
    expect(compressed.map((c) => c.file)).toEqual([
      'assets/main-abc.js',
      'assets/tiny.js',
      'data/manifest.json',
      'index.html',
    ]);
    expect(compressed[0]).toMatchObject({ br: expect.any(Number), gz: expect.any(Number) });
    expect(compressed[1]).toMatchObject({ br: null, gz: null });
    server = await startServer({
      root,
      host: '127.0.0.1',
      port: 0,
      handlers: FAILING,
      log: (...args: unknown[]) => logged.push(args),
    });
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  const get = (file: string, headers: Record<string, string> = {}) =>
    fetch(new URL(file, server.url), { headers });

  it('sends the precompressed copy the client takes, the same bytes once decoded', async () => {
    const br = await get('assets/main-abc.js', { 'accept-encoding': 'br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    // fetch decodes the body itself: compare with the file on disk.
    expect(await br.text()).toBe(text);
    const onDisk = await readFile(path.join(root, 'assets', 'main-abc.js.br'));
    expect(brotliDecompressSync(onDisk).toString()).toBe(text);
    const gz = await readFile(path.join(root, 'assets', 'main-abc.js.gz'));
    expect(gunzipSync(gz).toString()).toBe(text);
    const tiny = await get('assets/tiny.js', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers.get('content-encoding')).toBeNull();
    // Each copy has its own strong ETag: a cache never takes one for another.
    const plain = await get('assets/main-abc.js');
    expect(plain.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
  });

  it('never serves hidden files, source maps or compressed copies as files, and says what an icon is', async () => {
    for (const file of ['.vite/manifest.json', 'assets/main-abc.js.map', 'assets/main-abc.js.br']) {
      expect((await get(file)).status, file).toBe(404);
    }
    expect((await get('favicon.ico')).headers.get('content-type')).toBe('image/x-icon');
  });

  it('answers the attack run’s Range headers per RFC 9110, and keeps serving', async () => {
    const file = Buffer.from('{"generated":"today"}\n');
    const size = file.length;
    const range = (value: string) =>
      send(server.url, '/data/manifest.json', { headers: { range: value } });
    for (const value of ['bytes=5-2', 'bytes=100-50', 'bytes=abc', 'items=0-5', 'bytes=0-1,3-4']) {
      const answer = await range(value);
      expect(answer.status, value).toBe(200);
      expect(answer.body.equals(file), value).toBe(true);
    }
    const last5 = await range('bytes=-5');
    expect(last5.status).toBe(206);
    expect(last5.headers['content-range']).toBe(`bytes ${size - 5}-${size - 1}/${size}`);
    expect(last5.body.equals(file.subarray(size - 5))).toBe(true);
    const first = await range('bytes=0-0');
    expect([first.status, first.body.toString(), first.headers['content-length']]).toEqual([
      206,
      '{',
      '1',
    ]);
    const past = await range(`bytes=${size}-`);
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${size}`);
    expect(past.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('data/manifest.json')).status).toBe(200);
  });

  it('survives every handler failure: a 500 for that request alone, logged, and the next served', async () => {
    for (const failing of ['/fail/throws', '/fail/rejects']) {
      const answer = await send(server.url, failing);
      expect(answer.status, failing).toBe(500);
      expect(answer.headers['x-content-type-options'], failing).toBe('nosniff');
      expect(answer.headers['content-security-policy'], failing).toContain(
        "frame-ancestors 'self'",
      );
      expect(answer.headers['content-encoding'], failing).toBeUndefined();
      expect((await send(server.url, '/')).status).toBe(200);
    }
    // Once the headers are out, the response is cut short: the client sees an incomplete answer.
    for (const failing of ['/fail/after-headers', '/fail/stream']) {
      await expect(send(server.url, failing), failing).rejects.toThrow();
      expect((await send(server.url, '/')).status).toBe(200);
    }
    expect(logged.map((args) => String(args[0]))).toEqual([
      'serve: GET /fail/throws:',
      'serve: GET /fail/rejects:',
      'serve: GET /fail/after-headers:',
      'serve: GET /fail/stream:',
    ]);
  });

  it('answers what Node’s own parser refuses with the security headers too', async () => {
    const tooLarge = await send(server.url, '/', { headers: { 'x-long': 'a'.repeat(20_000) } });
    expect(tooLarge.status).toBe(431);
    expect(tooLarge.headers['x-content-type-options']).toBe('nosniff');
    expect(await sendRaw(server.url, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(
      'HTTP/1.1 405 Method Not Allowed',
    );
    const noHost = await sendRaw(server.url, 'GET / HTTP/1.1\r\n\r\n');
    expect(noHost).toBe('HTTP/1.1 400 Bad Request');
  });

  it('holds against every request header it reads (fuzz), and serves the next request after each', async () => {
    const problems = await fuzzRequestHeaders({
      base: server.url,
      server: 'node',
      path: '/assets/main-abc.js',
      bytes: Buffer.from(text),
      generated: 20,
    });
    expect(problems).toEqual([]);
  });

  it('answers a crafted path with a 404 and the security headers, never the app', async () => {
    for (const target of ['//evil.example/?embed=1&m=2580', '/\\evil.example/', '//']) {
      const { status, headers } = await send(server.url, target);
      expect(status, target).toBe(404);
      expect(headers['x-content-type-options'], target).toBe('nosniff');
    }
    expect((await send(server.url, '/?m=2580')).status).toBe(200);
    expect((await send(server.url, 'http://evil.example/')).status).toBe(400);
    // A folder is no page, and nothing redirects to one.
    const folder = await send(server.url, '/data', { headers: ['Host', 'evil.example'] });
    expect(folder.status).toBe(404);
    expect(folder.headers.location).toBeUndefined();
  });

  it('refuses to start without a build', async () => {
    await expect(
      startServer({ root: path.join(root, 'assets'), host: '127.0.0.1', port: 0 }),
    ).rejects.toThrow(/index\.html not found/);
  });
});

describe('the data folder', () => {
  it('is DATA_DIR, or var/ in the checkout', () => {
    expect(dataDirectory({ DATA_DIR: '/var/lib/integrationskartan' })).toBe(
      '/var/lib/integrationskartan',
    );
    expect(dataDirectory({})).toBe(path.resolve(import.meta.dirname, '..', 'var'));
    expect(dataDirectory({ DATA_DIR: '' })).toBe(path.resolve(import.meta.dirname, '..', 'var'));
  });
});

describe('paths that make this site read as another', () => {
  it('finds the decoded path of a request target, or none', () => {
    expect(requestPath('/?m=2580')).toBe('/');
    expect(requestPath('/data/a%20b.json?x=1#y')).toBe('/data/a b.json');
    expect(requestPath('//evil.example/?embed=1')).toBe('//evil.example/');
    expect(requestPath('/%5Cevil.example/')).toBe('/\\evil.example/');
    expect(requestPath('http://evil.example/')).toBeNull();
    expect(requestPath('*')).toBeNull();
    expect(requestPath('/%E0%A4%A')).toBeNull();
  });

  it.each(['//evil.example/', '/\\evil.example/', '//', '/assets//x.js', '/%5cevil.example/'])(
    '%s is no path of this site',
    (path) => expect(isPathOfThisSite(requestPath(path)!)).toBe(false),
  );

  it.each(['/', '/index.html', '/assets/main-abc.js', '/data/catalogue.json'])(
    '%s is a path of this site',
    (path) => expect(isPathOfThisSite(path)).toBe(true),
  );
});
