import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { rounds } from '../scripts/load/load.ts';
import {
  cacheControl,
  contentSecurityPolicy,
  isEmbedRequest,
  responseHeaders,
} from '../server/headers.ts';
import { fuzzRequestHeaders } from '../server/request-fuzz.fixture.ts';
import { DIST, entryScript, fetchRaw, startNginx } from './hosting.ts';
import { expect, sidePort, test } from './fixtures';

/**
 * The deployment recipe, for real: deploy/nginx.conf as shipped (listen and root filled in), run by
 * Debian's nginx as an unprivileged user on a high port, serving dist/. nginx must be installed
 * (.ci/run installs it): a missing nginx fails here, it is never skipped.
 */
test.describe.configure({ mode: 'serial' });

const PORT = sidePort(114);
let nginx: Awaited<ReturnType<typeof startNginx>>;

test.beforeAll(async () => {
  // Room for the short load round below.
  nginx = await startNginx({ root: DIST, port: PORT, workerConnections: 512 });
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('nginx sends the headers of server/headers.ts, compressed copies and ETags', async () => {
  const script = await entryScript(nginx.url);
  for (const path of [
    '/',
    '/?m=2584&lang=en',
    '/?embed=1',
    script,
    '/data/catalogue.json',
    '/sw.js',
  ]) {
    const response = await fetchRaw(nginx.url, path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status, path).toBe(200);
    const expected = responseHeaders(new URL(path, nginx.url));
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    expect(response.headers['content-encoding'], path).toBe('gzip');
    expect(response.headers.vary, path).toBe('Accept-Encoding');
    const plain = await fetchRaw(nginx.url, path);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(gunzipSync(response.body).equals(plain.body), path).toBe(true);
  }
  // The MapLibre worker is a module script: nginx must call .mjs JavaScript.
  const worker = /assets\/maplibre-gl-worker-[\w-]+\.mjs/.exec(
    (await fetchRaw(nginx.url, '/sw.js')).body.toString('utf8'),
  );
  const mjs = await fetchRaw(nginx.url, `/${worker![0]}`);
  expect(mjs.headers['content-type']).toMatch(/^text\/javascript/);
  expect(mjs.headers['cache-control']).toBe(cacheControl('/assets/x.mjs'));

  const data = await fetchRaw(nginx.url, '/data/municipalities.geojson');
  expect(data.headers['content-type']).toMatch(/^application\/geo\+json/);
  const revalidated = await fetchRaw(nginx.url, '/data/municipalities.geojson', {
    headers: { 'if-none-match': data.headers.etag! },
  });
  expect(revalidated.status).toBe(304);

  for (const path of ['/.vite/manifest.json', '/../package.json', '/no-such-file.js']) {
    const response = await fetchRaw(nginx.url, path);
    expect(response.status, path).toBeGreaterThanOrEqual(400);
    expect(response.headers['x-content-type-options'], path).toBe('nosniff');
  }
});

test('behind nginx the map is ready and a municipality can be picked', async ({ page }) => {
  const response = await page.goto(`${nginx.url}/`);
  const headers = response!.headers();
  for (const [name, value] of Object.entries(responseHeaders(new URL(`${nginx.url}/`)))) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 30_000,
  });
  await page.getByRole('combobox', { name: 'Kommun' }).fill('Kiruna');
  await page.getByRole('option', { name: 'Kiruna' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2584');
  await expect(page).toHaveURL(/[?&]m=2584/);
  const panel = page.getByRole('complementary', { name: 'Kiruna' });
  await expect(panel.getByRole('button', { name: 'Café Metropol' })).toBeVisible();
});

test('nginx frames exactly what the app shows as an embed, however the query spells it', async () => {
  const queries = [
    '?embed=1',
    '?EMBED=1',
    '?Embed=1',
    '?EmBeD=1&m=2584',
    '?embed=%31',
    '?%65mbed=1',
    '?e%6Dbed=1&m=2584',
    '?%45mbed=1',
    '?embed=1&embed=0',
    '?embed=0&embed=1',
    '?embed&embed=1',
    '?embed=1%00',
    '?embed=+1',
    '?m=2584&embed=1',
    '?x=a%26embed=1',
    '?embed%3D1',
  ];
  // And a seeded mix of spellings, values and order.
  const names = ['embed', 'EMBED', '%65mbed', 'e%6dbed', 'm', 'Embed'];
  const values = ['1', '%31', '0', '', '2584', '%2531'];
  let seed = 27;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let i = 0; i < 60; i++) {
    const parts = Array.from({ length: 1 + next(3) }, () => `${names[next(6)]}=${values[next(6)]}`);
    queries.push(`?${parts.join('&')}`);
  }
  for (const query of queries) {
    const response = await fetchRaw(nginx.url, `/${query}`);
    expect(response.status, query).toBe(200);
    expect(response.headers['content-security-policy'], query).toBe(
      contentSecurityPolicy(isEmbedRequest(query)),
    );
  }
});

test('nginx never answers with the host a request gave, and never redirects to a folder', async () => {
  for (const target of ['/data', '/assets', '/data/', '/']) {
    const response = await fetchRaw(nginx.url, target, { headers: { host: 'evil.example' } });
    expect(response.headers.location, target).toBeUndefined();
    expect(JSON.stringify(response.headers), target).not.toContain('evil.example');
    expect(response.status, target).toBe(target === '/' ? 200 : 404);
  }
  for (const file of ['/bench/baseline.html', '/assets/main.js.map', '/.vite/manifest.json']) {
    expect((await fetchRaw(nginx.url, file)).status, file).toBe(404);
  }
});

test("nginx holds against every request header the app's servers read (fuzz)", async () => {
  const problems = await fuzzRequestHeaders({
    base: nginx.url,
    server: 'nginx',
    path: '/data/manifest.json',
    bytes: await readFile(path.join(DIST, 'data', 'manifest.json')),
  });
  expect(problems).toEqual([]);
});

test('nginx answers every request of a short load round (npm run load runs the long one)', async () => {
  test.slow();
  const script = await entryScript(nginx.url);
  const [round] = await rounds(nginx.url, ['/', script, '/data/municipalities.geojson'], {
    connections: 200,
    seconds: 2,
    rounds: 1,
  });
  for (const load of round!.loads) {
    expect(load.requests, load.path).toBeGreaterThan(0);
    expect([load.errors, load.non2xx], load.path).toEqual([0, 0]);
  }
});
