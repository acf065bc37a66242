import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { fullBuild } from '../server/public-build.ts';
import { startServer } from '../server/serve.ts';
import { initialFiles, kB, measureSizes } from './sizes.ts';
import { median } from './bench/event-timing.ts';

/**
 * The figures of docs/hosting.md (compression and offline), measured on the build in dist/:
 * `npm run hosting-figures` (after `npm run build`; about a minute).
 *
 * - The app shell's transfer size with brotli and with gzip: the bytes of the .br and .gz copies
 *   the build made, which are what `npm start` and nginx send (woff2 fonts as they are).
 * - The service worker's precache: its files, their size, and what installing it transfers.
 * - The time from navigation to a ready map on a second visit offline, to a link never opened
 *   before (?m=2584&lang=en), against a first visit online; each run in a fresh browser context,
 *   Chromium headless with WebGL on SwiftShader, the server on 127.0.0.1.
 */

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);

interface Transfer {
  raw: number;
  br: number;
  gzip: number;
}

async function transfer(file: string): Promise<Transfer> {
  const absolute = path.join(DIST, file);
  const raw = (await stat(absolute)).size;
  const copy = async (suffix: string) =>
    existsSync(absolute + suffix) ? (await stat(absolute + suffix)).size : raw;
  return { raw, br: await copy('.br'), gzip: await copy('.gz') };
}

async function total(files: string[]): Promise<Transfer> {
  const sum: Transfer = { raw: 0, br: 0, gzip: 0 };
  for (const file of files) {
    const t = await transfer(file);
    sum.raw += t.raw;
    sum.br += t.br;
    sum.gzip += t.gzip;
  }
  return sum;
}

/** The URLs in the precache list of dist/sw.js. */
async function precacheFiles(): Promise<string[]> {
  const sw = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
}

const READY_AT = `
  new MutationObserver((_, observer) => {
    const map = document.querySelector('[data-map-ready="true"]');
    if (map) { window.__readyAt = performance.now(); observer.disconnect(); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
`;

async function timeVisits(browser: Browser, base: string) {
  const online: number[] = [];
  const offline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: READY_AT });
    const page = await context.newPage();
    const readyAt = async () => {
      await page.locator('[data-testid="map"][data-map-ready="true"]').waitFor({ timeout: 60_000 });
      return page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
    };
    await page.goto(base);
    online.push(await readyAt());
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await context.setOffline(true);
    const response = await page.goto(`${base}?m=2584&lang=en`);
    if (!response?.fromServiceWorker())
      throw new Error('the offline visit did not come from the cache');
    offline.push(await readyAt());
    await context.close();
  }
  const spread = (ms: number[]) => ({
    median: median(ms)!,
    min: Math.min(...ms),
    max: Math.max(...ms),
  });
  return { online: spread(online), offline: spread(offline) };
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'sw.js')))
    throw new Error('no build in dist/: run "npm run build"');
  // What the app loads, by Vite's manifest and the source maps, kept outside dist/.
  const full = await mkdtemp(path.join(tmpdir(), 'integrationskartan-hosting-'));
  await fullBuild(DIST, full);
  const { js, css } = await initialFiles(full);
  const sizes = await measureSizes(full);
  await rm(full, { recursive: true, force: true });
  const shellFiles = [
    'index.html',
    'boot.js',
    ...js,
    ...(sizes.worker ? [sizes.worker.file] : []),
    ...css,
    ...sizes.fonts.map((f) => f.file),
  ];
  const shell = await total(shellFiles);
  const data = await total(sizes.data.map((f) => f.file));
  const precache = await precacheFiles();
  const cached = await total(precache);

  const server = await startServer({ root: DIST, host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
  });
  let times;
  try {
    times = await timeVisits(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
  const line = (name: string, t: Transfer) =>
    `| ${name} | ${kB(t.raw)} | ${kB(t.br)} | ${kB(t.gzip)} | ${((1 - t.br / t.gzip) * 100).toFixed(0)} % |`;
  const ms = (s: { median: number; min: number; max: number }) =>
    `${Math.round(s.median)} ms [${Math.round(s.min)}–${Math.round(s.max)}]`;
  console.log(
    [
      `| transfer (kB = 1000 bytes) | raw | brotli | gzip | brotli saves |`,
      `| --- | --- | --- | --- | --- |`,
      line(
        `app shell (index.html, boot.js, ${js.length} JS, MapLibre worker, ${css.length} CSS, fonts)`,
        shell,
      ),
      line(`generated data (${sizes.data.length} files)`, data),
      line('first visit, shell and data', {
        raw: shell.raw + data.raw,
        br: shell.br + data.br,
        gzip: shell.gzip + data.gzip,
      }),
      line(
        `precache (${precache.length} files, what installing the service worker fetches)`,
        cached,
      ),
      '',
      `Ready map, median [min–max] of ${RUNS} fresh contexts: first visit online ${ms(times.online)};`,
      `second visit offline, to ?m=2584&lang=en (never opened before) ${ms(times.offline)}.`,
    ].join('\n'),
  );
}

await main();
