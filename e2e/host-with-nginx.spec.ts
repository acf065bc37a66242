import { gunzipSync } from 'node:zlib';
import { cacheControl, responseHeaders } from '../server/headers.ts';
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
  nginx = await startNginx({ root: DIST, port: PORT });
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
