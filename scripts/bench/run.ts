import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { precompressBuild } from '../../server/precompress.ts';
import { fullBuild } from '../../server/public-build.ts';
import { startServer } from '../../server/serve.ts';
import { writeScaleCatalogue } from './generate-catalogue.ts';
import { runLighthouse } from './lighthouse.ts';
import { launchBrowser, measureClicks, measureLoads, type MunicipalityPoint } from './pages.ts';
import { evaluateTargets, renderMarkdown, type BenchResult, type DataSet } from './report.ts';
import { gzipSize, measureSizes } from '../sizes.ts';
import { loadFrameResolver, type FrameResolver } from './trace.ts';

/**
 * `npm run bench`: builds the production app and measures it in headless Chromium on 127.0.0.1,
 * served by the production server of `npm start`, against a bare MapLibre page of the same
 * polygons (bench/baseline.html): cold loads to "map ready", some traced and broken down; theme
 * filter toggles and map clicks by Event Timing, some traced one by one; the same at the scale of
 * all 290 municipalities and 10 000 generated projects; the transfer sizes; Lighthouse on both
 * pages. Writes bench/results/<date>.md and .json, their copies latest.md and latest.json, and
 * the traces (bench/results/trace-*.json: open them in Chrome DevTools' Performance panel).
 *
 *   --runs N                 cold loads of each page (default 7; scale: --scale-runs, 3)
 *   --traces N               traced loads of each page (default 3; scale: --scale-traces, 1)
 *   --interactions N         clicks of each kind on each page, a filter on and off counting as
 *                            one (default 50; scale: --scale-interactions, 25)
 *   --interaction-traces N   traced clicks of each kind on each page (default 3, both data sets)
 *   --port N                 serve on this port (default: any free one)
 *   --no-build               measure the dist/ there is
 *   --no-scale, --no-lighthouse
 *   --scale-data DIR         generated scale data to use instead of building it
 */

const started = performance.now();
const seconds = () => Math.round((performance.now() - started) / 100) / 10;
const log = (line: string) => console.log(`[bench ${Math.round(seconds())} s] ${line}`);
const RESULTS = 'bench/results';

function parseArgs(argv: string[]) {
  const value = (name: string) => argv[argv.indexOf(`--${name}`) + 1] ?? '';
  const int = (name: string, fallback: number) => {
    const n = argv.includes(`--${name}`) ? Number(value(name)) : fallback;
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number ≥ 0`);
    return n;
  };
  const counts = {
    runs: int('runs', 7),
    traces: int('traces', 3),
    interactions: int('interactions', 50),
    scaleRuns: int('scale-runs', 3),
    scaleTraces: int('scale-traces', 1),
    scaleInteractions: int('scale-interactions', 25),
    interactionTraces: int('interaction-traces', 3),
  };
  const scaleData = argv.includes('--scale-data') ? path.resolve(value('scale-data')) : null;
  return { counts, port: int('port', 0), scaleData, has: (flag: string) => argv.includes(flag) };
}

/** Runs a command; resolves with its exit code and the tail of its output. */
function run(command: string, args: string[], env = process.env) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Generates the scale catalogue, builds all of Sweden's data and compresses it as the build does. */
async function prepareScaleData(dir: string): Promise<string> {
  const catalogue = path.join(dir, 'catalogue');
  const out = path.join(dir, 'data');
  const { projects } = await writeScaleCatalogue(catalogue);
  log(`scale: ${projects} projects generated and validated; building the data of all Sweden`);
  const env = { ...process.env, FOCUS_COUNTIES: 'all', CATALOGUE_DIR: catalogue, DATA_OUT: out };
  const { code, output } = await run('npx', ['tsx', 'scripts/data/build.ts'], env);
  if (code !== 0) throw new Error(`the scale data build failed: ${output.slice(-1000)}`);
  await precompressBuild(out);
  return out;
}

/** The focus municipalities at their label points, spread over the map (not in code order). */
async function municipalityPoints(dist: string): Promise<MunicipalityPoint[]> {
  type Props = { code: string; name: string; focus: boolean; labelLon: number; labelLat: number };
  const file = path.join(dist, 'data', 'municipalities.geojson');
  const { features } = JSON.parse(await readFile(file, 'utf8')) as {
    features: { properties: Props }[];
  };
  const points = features.map((f) => f.properties).filter((p) => p.focus);
  return points
    .map((p, i) => ({ p, key: (i * 7919) % points.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ p }) => ({ code: p.code, name: p.name, lon: p.labelLon, lat: p.labelLat }));
}

/** Loads, then filter toggles and map clicks, against one build served by the production server. */
async function measureDataSet(
  browser: Browser,
  dist: string,
  name: string,
  counts: { runs: number; traces: number; interactions: number; interactionTraces: number },
  options: { port: number; warmUp: boolean; resolve: FrameResolver },
): Promise<DataSet> {
  const server = await startServer({ root: dist, host: '127.0.0.1', port: options.port });
  try {
    const origin = server.url.replace(/\/$/, '');
    const session = { browser, origin, prefix: `${RESULTS}/trace-${name}`, ...options, log };
    const municipalities = await municipalityPoints(dist);
    const catalogue = path.join(dist, 'data', 'catalogue.json');
    const { projects } = JSON.parse(await readFile(catalogue, 'utf8')) as { projects: unknown[] };
    const label = `${municipalities.length} municipalities, ${projects.length} projects`;
    log(`${label}: ${counts.runs} loads and ${counts.traces} traced loads of each page`);
    const loads = await measureLoads(session, { ...counts, warmUp: options.warmUp });
    const clicks = (kind: 'filter' | 'select') => {
      log(`${kind}: ${counts.interactions} on each page, then ${counts.interactionTraces} traced`);
      const { interactions: count, interactionTraces: traces } = counts;
      return measureClicks(session, kind, { count, traces, municipalities });
    };
    return {
      label,
      loads,
      clicks: { filter: await clicks('filter'), select: await clicks('select') },
    };
  } finally {
    await server.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { counts, port, scaleData: given, has } = parseArgs(argv);
  const loadAverage = () => os.loadavg().map((x) => Math.round(x * 10) / 10);
  const loadAverageStart = loadAverage();
  const durations: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = seconds();
    try {
      return await work();
    } finally {
      durations[name] = Math.round((seconds() - t0) * 10) / 10;
    }
  };
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'integrationskartan-bench-'));
  try {
    // The scale data is prepared while the app builds; nothing is measured before both are done.
    const scaleData = has('--no-scale')
      ? null
      : given
        ? Promise.resolve(given)
        : phase('scale data', () => prepareScaleData(tmp));
    scaleData?.catch(() => undefined);
    if (!has('--no-build')) {
      log('npm run build');
      const { code, output } = await phase('build', () => run('npm', ['run', 'build']));
      if (code !== 0) throw new Error(`the build failed; nothing was measured\n${output}`);
    }
    // A copy (a concurrent "npm run build" may rewrite dist/ meanwhile) of the whole build: dist/
    // with the artefacts kept beside it (source maps, the baseline page; server/public-build.ts).
    const dist = path.join(tmp, 'dist');
    await fullBuild('dist', dist);
    const sizes = await measureSizes(dist);
    await scaleData?.catch(() => undefined);
    const resolve = await loadFrameResolver(dist);
    await mkdir(RESULTS, { recursive: true });

    const browser = await launchBrowser();
    let real: BenchResult['real'];
    let scale: BenchResult['scale'] = { skipped: 'not asked for (--no-scale)' };
    try {
      real = await phase('real data', () =>
        measureDataSet(browser, dist, 'real', counts, { port, warmUp: true, resolve }),
      );
      if (scaleData) {
        try {
          const scaleDist = path.join(tmp, 'dist-scale');
          await cp(dist, scaleDist, { recursive: true });
          await rm(path.join(scaleDist, 'data'), { recursive: true });
          await cp(await scaleData, path.join(scaleDist, 'data'), { recursive: true });
          const data = await Promise.all(
            ['catalogue.json', 'municipalities.geojson'].map(async (f) => {
              const bytes = await readFile(path.join(scaleDist, 'data', f));
              return { file: `scale data/${f}`, bytes: bytes.length, gzip: gzipSize(bytes) };
            }),
          );
          const scaleCounts = {
            runs: counts.scaleRuns,
            traces: counts.scaleTraces,
            interactions: counts.scaleInteractions,
            interactionTraces: counts.interactionTraces,
          };
          // The browser is warm by now.
          const options = { port, warmUp: false, resolve };
          const set = await phase('scale', () =>
            measureDataSet(browser, scaleDist, 'scale', scaleCounts, options),
          );
          scale = { ...set, data };
        } catch (error) {
          scale = { error: (error as Error).message };
        }
      }
    } catch (error) {
      real = { error: (error as Error).message };
    }
    const chromium = browser.version();
    await browser.close();

    let lighthouse: BenchResult['lighthouse'] = { skipped: 'not asked for (--no-lighthouse)' };
    if (!has('--no-lighthouse')) {
      log('Lighthouse, desktop and mobile, app then bare page');
      const server = await startServer({ root: dist, host: '127.0.0.1', port });
      try {
        const app = await phase('lighthouse', () => runLighthouse(server.url, log));
        const baseline = await phase('lighthouse bare page', () =>
          runLighthouse(`${server.url}bench/baseline.html`, log),
        );
        lighthouse = { app, baseline };
      } finally {
        await server.close();
      }
    }

    const cpus = os.cpus();
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const partial: Omit<BenchResult, 'targets'> = {
      date,
      machine: {
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        cpu: cpus[0]?.model.trim() ?? '?',
        cores: cpus.length,
        memoryGb: Math.round(os.totalmem() / 1e9),
        node: process.version,
        chromium,
        loadAverageStart,
        loadAverageEnd: loadAverage(),
      },
      options: counts,
      durations: { ...durations, total: seconds() },
      sizes: { ...sizes, dist: 'dist' },
      real,
      scale,
      lighthouse,
    };
    const result: BenchResult = { ...partial, targets: evaluateTargets(partial) };
    const markdown = renderMarkdown(result);
    const stamp = date.replace(/:/g, '-');
    for (const name of [stamp, 'latest']) {
      await writeFile(`${RESULTS}/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
      await writeFile(`${RESULTS}/${name}.md`, markdown);
    }
    console.log(`\n${markdown}`);
    log(`wrote ${RESULTS}/${stamp}.md and .json (and latest.md, latest.json)`);
    return 0;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
