import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { precompressFile } from '../server/precompress.ts';
import { startServer, type RunningServer } from '../server/serve.ts';
import { DIST } from './hosting.ts';
import { expect, openApp, sidePort, test } from './fixtures';

/**
 * The installable app: a coordinator on a bus to Arjeplog opens the map without coverage, and is
 * told when a new version is out. The service worker runs here only (playwright.config.ts blocks it
 * elsewhere); the offline guard of fixtures.ts sits on the browser context, so it also sees every
 * request the service worker makes.
 */
test.use({ serviceWorkers: 'allow' });
// Each scenario loads the app three times and waits for the service worker to install.
test.slow();

/** Waits until the service worker is active (its precache is complete) and returns its script. */
function serviceWorkerReady(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
}

test('after one visit the map opens offline, also from a shared link never opened before', async ({
  page,
  context,
  consoleErrors,
  cspViolations,
}) => {
  await openApp(page);
  // Registered under the header Content-Security-Policy of the production server.
  expect(await serviceWorkerReady(page)).toMatch(/\/sw\.js$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Kartan fungerar nu även utan nät.' }),
  ).toBeVisible();

  await context.setOffline(true);
  // Kiruna (kommunkod 2584) in English: a view this browser has never opened.
  const started = Date.now();
  const response = await page.goto('/?m=2584&lang=en');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 30_000,
  });
  test.info().annotations.push({
    type: 'offline second visit',
    description: `${Date.now() - started} ms from navigation to a ready map`,
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const panel = page.getByRole('complementary', { name: 'Kiruna' });
  await expect(panel.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Café Metropol' })).toBeVisible();
  // Code loaded on demand is in the cache too: the ranking chart.
  await page.getByRole('button', { name: 'Show ranking' }).click();
  await expect(page.getByTestId('ranking-chart').locator('svg')).toBeVisible();

  expect(cspViolations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

/**
 * A deploy as a rebuild makes it: index.html changes, and so does its revision in the service
 * worker's precache list; the precompressed copies are made again.
 */
async function deployNewIndex(root: string): Promise<void> {
  const indexFile = path.join(root, 'index.html');
  const index = (await readFile(indexFile, 'utf8')).replace(
    '<meta charset="UTF-8" />',
    '<meta charset="UTF-8" />\n    <meta name="build" content="next" />',
  );
  await writeFile(indexFile, index);
  const revision = createHash('md5').update(index).digest('hex');
  const swFile = path.join(root, 'sw.js');
  const sw = await readFile(swFile, 'utf8');
  const entry = /\{url:"index\.html",revision:"([0-9a-f]+)"\}/;
  expect(sw, 'index.html in the precache list of sw.js').toMatch(entry);
  await writeFile(swFile, sw.replace(entry, `{url:"index.html",revision:"${revision}"}`));
  await precompressFile(root, 'index.html');
  await precompressFile(root, 'sw.js');
}

test('a new version is announced, and Reload switches to it whole', async ({ page }) => {
  const root = await mkdtemp(path.join(tmpdir(), 'integrationskartan-deploy-'));
  await cp(DIST, root, { recursive: true, filter: (file) => !file.endsWith('.map') });
  const address = { root, host: '127.0.0.1', port: sidePort(115) };
  let server: RunningServer = await startServer(address);
  try {
    const app = `${server.url}?m=2580`;
    await page.goto(app);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await serviceWorkerReady(page);

    await deployNewIndex(root);
    // The server reads the build at start, as after any deploy.
    await server.close();
    server = await startServer(address);

    // The next visit is served whole from the cache (the old version), while the browser finds
    // the new service worker; the page says so instead of mixing versions.
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'En ny version finns – ladda om' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('meta[name="build"]')).toHaveCount(0);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    const axe = await new AxeBuilder({ page })
      .include('.pwa-notice')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await prompt.getByRole('button', { name: 'Ladda om' }).click();
    await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'next', {
      timeout: 30_000,
    });
    // The same view after the reload (its address in today's form, as the app writes it).
    await expect(page).toHaveURL(`${server.url}?v=1&m=2580`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(page.getByRole('complementary', { name: 'Luleå' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ladda om' })).toHaveCount(0);
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
