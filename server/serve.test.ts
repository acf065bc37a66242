import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressBuild } from './precompress';
import {
  acceptedEncodings,
  isPathOfThisSite,
  requestPath,
  startServer,
  type RunningServer,
} from './serve';

/** One GET with the request target as given (fetch would normalise //evil.example/). */
function rawGet(base: string, target: string) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request({ host: hostname, port, path: target }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('acceptedEncodings', () => {
  it('keeps the codings a client accepts and drops those it refuses', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toBe('gzip, deflate, br');
    expect(acceptedEncodings('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(acceptedEncodings('BR ; q=0.5')).toBe('br');
    expect(acceptedEncodings('gzip;q=0.000, identity')).toBe('identity');
    expect(acceptedEncodings('brotli;q=oops')).toBe('');
    expect(acceptedEncodings(undefined)).toBe('');
  });
});

describe('the production server on a small build', () => {
  let root: string;
  let server: RunningServer;
  const text = 'console.log("integrationskartan");\n'.repeat(200);

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'serve-test-'));
    await mkdir(path.join(root, 'assets'));
    await mkdir(path.join(root, '.vite'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(path.join(root, 'assets', 'main-abc.js'), text);
    await writeFile(path.join(root, 'assets', 'tiny.js'), '1');
    await writeFile(path.join(root, '.vite', 'manifest.json'), '{}');
    await writeFile(path.join(root, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
    const compressed = await precompressBuild(root);
    // A copy that would not be smaller is not kept; hidden files are not compressed.
    expect(compressed.map((c) => c.file)).toEqual([
      'assets/main-abc.js',
      'assets/tiny.js',
      'index.html',
    ]);
    expect(compressed[0]).toMatchObject({ br: expect.any(Number), gz: expect.any(Number) });
    expect(compressed[1]).toMatchObject({ br: null, gz: null });
    server = await startServer({ root, host: '127.0.0.1', port: 0 });
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
  });

  it('never serves hidden files, and says what an icon is', async () => {
    expect((await get('.vite/manifest.json')).status).toBe(404);
    expect((await get('favicon.ico')).headers.get('content-type')).toBe('image/x-icon');
  });

  it('answers a crafted path with a 404 and the security headers, never the app', async () => {
    for (const target of ['//evil.example/?embed=1&m=2580', '/\\evil.example/', '//']) {
      const { status, headers } = await rawGet(server.url, target);
      expect(status, target).toBe(404);
      expect(headers['x-content-type-options'], target).toBe('nosniff');
    }
    expect((await rawGet(server.url, '/?m=2580')).status).toBe(200);
    expect((await rawGet(server.url, 'http://evil.example/')).status).toBe(400);
  });

  it('refuses to start without a build', async () => {
    await expect(
      startServer({ root: path.join(root, 'assets'), host: '127.0.0.1', port: 0 }),
    ).rejects.toThrow(/index\.html not found/);
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
