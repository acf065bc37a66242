import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveStatic } from './plain-host.ts';
import {
  CACHE_CONTROL,
  contentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../server/headers.ts';
import { filesOfEntry, type ViteManifest } from '../server/public-build.ts';
import { fuzzRequestHeaders } from '../server/request-fuzz.fixture.ts';
import { DIST, entryScript, fetchRaw, REPO, type RawResponse } from './hosting.ts';
import { GLYPH_RANGES, LABEL_FONT } from '../src/domain/glyphs.ts';
import { expect, sidePort, test } from './fixtures';

/**
 * What a municipality's IT department gets from `npm start` (the server of every scenario,
 * playwright.config.ts): the headers of server/headers.ts, compression, caching per kind of file.
 */

function expectSecurityHeaders(response: RawResponse, embed = false) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers[name.toLowerCase()], name).toBe(value);
  }
  expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy(embed));
}

test('every response carries the security headers, and embed mode alone may be framed', async ({
  baseURL,
}) => {
  const script = await entryScript(baseURL!);
  for (const path of ['/', '/index.html', '/?m=2584&lang=en', script, '/data/catalogue.json']) {
    const response = await fetchRaw(baseURL!, path);
    expect(response.status, path).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  }
  const embed = await fetchRaw(baseURL!, '/?embed=1&m=2584');
  expectSecurityHeaders(embed, true);
  expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
  // The header is the meta tag's policy plus frame-ancestors: neither loosens the other.
  expect(embed.body.toString('utf8')).toContain(
    `content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}"`,
  );
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  const missing = await fetchRaw(baseURL!, '/no-such-file.js');
  expect(missing.status).toBe(404);
  expectSecurityHeaders(missing);
});

test('each kind of file has its cache policy', async ({ baseURL }) => {
  const script = await entryScript(baseURL!);
  const cases: [string, string][] = [
    ['/', CACHE_CONTROL.revalidate],
    ['/?m=2580', CACHE_CONTROL.revalidate],
    ['/index.html', CACHE_CONTROL.revalidate],
    ['/sw.js', CACHE_CONTROL.revalidate],
    ['/manifest.webmanifest', CACHE_CONTROL.revalidate],
    ['/favicon.svg', CACHE_CONTROL.revalidate],
    [script, CACHE_CONTROL.hashed],
    ['/data/municipalities.geojson', CACHE_CONTROL.data],
    ['/data/counties.json', CACHE_CONTROL.data],
    // Published live by the suggestions API: revalidated at every load, so that an accepted
    // change is seen at once (server/api/index.ts).
    ['/data/catalogue.json', CACHE_CONTROL.revalidate],
  ];
  for (const [path, expected] of cases) {
    const response = await fetchRaw(baseURL!, path);
    expect(response.status, path).toBe(200);
    expect(response.headers['cache-control'], path).toBe(expected);
    expect(response.headers.etag, path).toBeTruthy();
  }
  expect(CACHE_CONTROL.hashed).toBe('public, max-age=31536000, immutable');
  expect(CACHE_CONTROL.revalidate).toBe('no-cache');
  const manifest = await fetchRaw(baseURL!, '/manifest.webmanifest');
  expect(manifest.headers['content-type']).toContain('application/manifest+json');
  const workerUrl = /assets\/maplibre-gl-worker-[\w-]+\.mjs/.exec(
    (await fetchRaw(baseURL!, '/sw.js')).body.toString('utf8'),
  );
  expect(workerUrl, 'the MapLibre worker in the precache list').not.toBeNull();
  const worker = await fetchRaw(baseURL!, `/${workerUrl![0]}`);
  expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
  expect(worker.headers['cache-control']).toBe(CACHE_CONTROL.hashed);
});

test('text comes brotli- or gzip-compressed by Accept-Encoding, the same bytes once decoded', async ({
  baseURL,
}) => {
  const script = await entryScript(baseURL!);
  const glyphs = `/data/glyphs/${encodeURIComponent(LABEL_FONT)}/0-255.pbf`;
  for (const path of ['/', script, '/data/municipalities.geojson', '/sw.js', glyphs]) {
    const plain = await fetchRaw(baseURL!, path);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.headers.vary, path).toBe('Accept-Encoding');

    const br = await fetchRaw(baseURL!, path, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.headers.vary, path).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);

    const gzip = await fetchRaw(baseURL!, path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding'], path).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body), path).toBe(true);
    expect(br.body.length).toBeLessThan(gzip.body.length);

    // A coding the client refuses (q=0) is never sent.
    const refused = await fetchRaw(baseURL!, path, {
      headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' },
    });
    expect(refused.headers['content-encoding'], path).toBe('gzip');
    const identity = await fetchRaw(baseURL!, path, { headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding'], path).toBeUndefined();
  }
  // Fonts are compressed already: served as they are.
  const font = /assets\/noto-sans-latin-400-normal-[\w-]+\.woff2/.exec(
    (await fetchRaw(baseURL!, '/sw.js')).body.toString('utf8'),
  );
  expect(font, 'the font in the precache list').not.toBeNull();
  const woff2 = await fetchRaw(baseURL!, `/${font![0]}`, {
    headers: { 'accept-encoding': 'br, gzip' },
  });
  expect(woff2.headers['content-encoding']).toBeUndefined();
  expect(woff2.headers['content-type']).toBe('font/woff2');
});

test('a data file is revalidated by its ETag: 304 when unchanged', async ({ baseURL }) => {
  // A file of the build (the live catalogue's ETag is tested with the API: server/api).
  for (const encoding of ['br', 'gzip', 'identity']) {
    const headers = { 'accept-encoding': encoding };
    const first = await fetchRaw(baseURL!, '/data/counties.json', { headers });
    const etag = first.headers.etag!;
    expect(etag).toBeTruthy();
    const again = await fetchRaw(baseURL!, '/data/counties.json', {
      headers: { ...headers, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(CACHE_CONTROL.data);
    expect(again.headers.vary).toBe('Accept-Encoding');
    const changed = await fetchRaw(baseURL!, '/data/counties.json', {
      headers: { ...headers, 'if-none-match': 'W/"1-1"' },
    });
    expect(changed.status).toBe(200);
  }
});

test('hostile paths and methods get an error, never a file outside the build', async ({
  baseURL,
}) => {
  for (const path of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/assets/../../package.json',
    '/..%5cpackage.json',
    '/.vite/manifest.json',
    '/index.html%00.js',
    '/data/../../server/serve.ts',
  ]) {
    const response = await fetchRaw(baseURL!, path);
    expect(response.status, path).toBe(404);
    expect(response.body.toString('utf8'), path).not.toContain('"name": "integrationskartan"');
    expectSecurityHeaders(response);
  }
  // A broken percent-escape is no path at all: a bad request.
  const malformed = await fetchRaw(baseURL!, '/%E0%A4%A');
  expect(malformed.status).toBe(400);
  expectSecurityHeaders(malformed);
  for (const method of ['POST', 'PUT', 'DELETE']) {
    const response = await fetchRaw(baseURL!, '/', { method });
    expect(response.status, method).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  }
  const head = await fetchRaw(baseURL!, '/data/catalogue.json', { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
});

test('another site can frame the embed view, but not the full app', async ({ page, baseURL }) => {
  // A page of another origin (another port), as a municipality's site would be. Served for real:
  // Chromium keeps a page fulfilled by page.route out of the loopback address space.
  const html = `<!doctype html><title>Kommunens sida</title>
    <iframe id="embed" title="embed" src="${baseURL}/?embed=1&m=2584" width="600" height="400"></iframe>
    <iframe id="full" title="full" src="${baseURL}/?m=2584" width="600" height="400"></iframe>`;
  const site = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  await new Promise<void>((resolve) => site.listen(sidePort(120), '127.0.0.1', resolve));
  try {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${sidePort(120)}/`);
    const embed = page.frameLocator('#embed');
    await expect(embed.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(embed.getByRole('link', { name: 'Öppna i Integrationskartan' })).toBeVisible();
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(refused.join('\n')).toContain("frame-ancestors 'self'");
    await expect(page.frameLocator('#full').getByTestId('map')).toHaveCount(0);
  } finally {
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  }
});

test('a Range header gets the bytes it asks for or the whole file, and never stops the server', async ({
  baseURL,
}) => {
  const file = await readFile(path.join(DIST, 'data', 'manifest.json'));
  // The attack run's requests, each of which stopped the server or got the wrong bytes.
  for (const [range, status, bytes] of [
    ['bytes=5-2', 200, file],
    ['bytes=100-50', 200, file],
    ['bytes=-5', 206, file.subarray(file.length - 5)],
    ['bytes=abc', 200, file],
    ['items=0-5', 200, file],
    ['bytes=0-0', 206, file.subarray(0, 1)],
  ] as const) {
    const response = await fetchRaw(baseURL!, '/data/manifest.json', { headers: { range } });
    expect(response.status, range).toBe(status);
    expect(response.body.equals(bytes), range).toBe(true);
    expect((await fetchRaw(baseURL!, '/')).status, `after ${range}`).toBe(200);
  }
  const problems = await fuzzRequestHeaders({
    base: baseURL!,
    server: 'node',
    path: '/data/manifest.json',
    bytes: file,
  });
  expect(problems).toEqual([]);
});

/** The data files src/data/load.ts names (read as text: it is a module of the Vite app). */
async function dataFilesTheAppLoads(): Promise<string[]> {
  const source = await readFile(path.join(REPO, 'src', 'data', 'load.ts'), 'utf8');
  const table = /export const DATA_FILES = \{([\s\S]*?)\n\}/.exec(source)![1]!;
  return [...table.matchAll(/file: '([^']+)'/g)].map((m) => `data/${m[1]}`);
}

test('only the app is public: no source maps, no bench page, and the precache holds what the app uses', async ({
  baseURL,
}) => {
  const artefacts = path.join(REPO, 'build-artefacts');
  const maps = (await readdir(path.join(artefacts, 'assets'))).filter((f) => f.endsWith('.map'));
  expect(maps.length, 'the source maps are kept for the bench').toBeGreaterThan(10);
  for (const target of [`/assets/${maps[0]}`, '/bench/baseline.html', '/.vite/manifest.json']) {
    expect((await fetchRaw(baseURL!, target)).status, target).toBe(404);
  }
  const script = await fetchRaw(baseURL!, await entryScript(baseURL!));
  expect(script.body.toString('utf8')).not.toContain('sourceMappingURL');
  expect(await readdir(DIST)).not.toContain('bench');

  const sw = (await fetchRaw(baseURL!, '/sw.js')).body.toString('utf8');
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  const manifest = JSON.parse(
    await readFile(path.join(artefacts, '.vite', 'manifest.json'), 'utf8'),
  ) as ViteManifest;
  const webManifest = JSON.parse(
    (await fetchRaw(baseURL!, '/manifest.webmanifest')).body.toString('utf8'),
  ) as { icons: { src: string }[] };
  const used = new Set([
    ...filesOfEntry(manifest, 'index.html'),
    ...(await dataFilesTheAppLoads()),
    // The label font's glyph ranges, built ahead: the map asks for them (style.glyphs).
    ...GLYPH_RANGES.map(([start, end]) => `data/glyphs/${LABEL_FONT}/${start}-${end}.pbf`),
    ...webManifest.icons.map((icon) => icon.src),
    // index.html names them: the boot script, the icons, the web app manifest.
    'index.html',
    'boot.js',
    'favicon.svg',
    'favicon.ico',
    'apple-touch-icon-180x180.png',
    'manifest.webmanifest',
  ]);
  // A worker's own chunks (the Excel reader the import worker loads for an Excel file) are not in
  // Vite's manifest: the worker names them.
  for (const file of [...used].filter((f) => /\.worker-[\w-]+\.js$/.test(f))) {
    const code = await readFile(path.join(DIST, file), 'utf8');
    for (const [, chunk] of code.matchAll(/import\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g))
      used.add(`assets/${chunk}`);
  }
  expect(precached.filter((file) => !used.has(file))).toEqual([]);
  expect(precached).toContain('index.html');
  expect(precached).toContain(`data/glyphs/${LABEL_FONT}/0-255.pbf`);
  expect(precached).toContain(manifest['index.html']!.file);
});

test('on a host that sends no headers, another site framing the full app gets the embed view', async ({
  page,
}) => {
  // Any static host: the meta tag's policy, but no frame-ancestors (a meta tag cannot carry it).
  const host = await serveStatic(DIST, sidePort(116));
  const html = `<!doctype html><title>En annan sida</title>
    <iframe id="full" title="full" src="${host.url}/?m=2584" width="900" height="600"></iframe>`;
  const site = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  await new Promise<void>((resolve) => site.listen(sidePort(117), '127.0.0.1', resolve));
  try {
    const framed = await fetchRaw(host.url, '/?m=2584');
    expect(framed.headers['content-security-policy']).toBeUndefined();
    await page.goto(`http://127.0.0.1:${sidePort(117)}/`);
    const frame = page.frameLocator('#full');
    await expect(frame.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(frame.getByRole('link', { name: 'Öppna i Integrationskartan' })).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Lägg till egen data' })).toHaveCount(0);
    await expect(frame.getByRole('combobox', { name: 'Kommun' })).toHaveCount(0);
    // The same address on its own is the full app.
    await page.goto(`${host.url}/?m=2584`);
    await expect(page.getByRole('button', { name: 'Lägg till egen data' })).toBeVisible({
      timeout: 30_000,
    });
  } finally {
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
    await host.close();
  }
});
