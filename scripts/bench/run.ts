import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  measureFilter,
  measureLoads,
  measureSelection,
  traceLoads,
  type MunicipalityPoint,
} from './browser.ts';
import { writeScaleCatalogue } from './generate-catalogue.ts';
import { runLighthouse } from './lighthouse.ts';
import {
  evaluateTargets,
  renderMarkdown,
  type BenchResult,
  type DataSetResult,
  type Machine,
} from './report.ts';
import { fullBuild } from '../../server/public-build.ts';
import { serveStatic } from './server.ts';
import { gzipSize, measureSizes } from './sizes.ts';
import type { FrameResolver } from './trace.ts';
import { analyseTracedLoads, loadFrameResolver } from './trace-sources.ts';

/**
 * `npm run bench`: builds the production app, then measures in headless Chromium on 127.0.0.1
 * how fast the map is ready (against a bare MapLibre baseline page), where the main thread's
 * time goes while loading (performance traces of both pages, broken down by category), how fast
 * a theme filter and a selection repaint and how the browser's Event Timing rates those clicks
 * against the same restyle on the baseline, the same with all 290 municipalities and 10 000
 * generated projects, the transfer sizes, and Lighthouse. Writes bench/results/latest.json and
 * latest.md, and the traces as bench/results/trace-*.json (open them in Chrome DevTools'
 * Performance panel).
 *
 *   --runs N              cold loads of app and of baseline (default 7)
 *   --scale-runs N        the same for the scale data (default 3, no warm-up)
 *   --traces N            traced loads of each page (default 3; 0: none)
 *   --scale-traces N      the same for the scale data (default 1)
 *   --interactions N      clicks of each kind (default 50)
 *   --scale-interactions N  the same for the scale data (default 25)
 *   --port N              serve the builds on this port (default: any free port)
 *   --reanalyse           only break down again the traces of bench/results/latest.json (with
 *                         the source maps of dist/, which must be the build that was measured)
 *                         and rewrite latest.json and latest.md
 *
 * The scale run does fewer loads and interactions so that the whole run stays within ten minutes
 * on a two-core machine: its every load and click costs two to three times the real data's.
 *   --no-build            measure the dist/ there is
 *   --no-scale, --no-lighthouse
 *   --scale-data DIR      use this folder of generated scale data instead of building it
 */

interface Options {
  runs: number;
  scaleRuns: number;
  traces: number;
  scaleTraces: number;
  port: number;
  interactions: number;
  scaleInteractions: number;
  build: boolean;
  scale: boolean;
  lighthouse: boolean;
  scaleData: string | null;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const int = (name: string, fallback: number, min = 1) => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number ≥ ${min}`);
    return n;
  };
  return {
    runs: int('runs', 7),
    scaleRuns: int('scale-runs', 3),
    traces: int('traces', 3, 0),
    scaleTraces: int('scale-traces', 1, 0),
    port: int('port', 0, 0),
    interactions: int('interactions', 50),
    scaleInteractions: int('scale-interactions', 25),
    build: !argv.includes('--no-build'),
    scale: !argv.includes('--no-scale'),
    lighthouse: !argv.includes('--no-lighthouse'),
    scaleData: value('scale-data') ?? null,
  };
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

/** Runs a command, its output kept; resolves with the exit code and the output's tail. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const tail = (text: string, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');

/** Generates the scale catalogue and builds all of Sweden's data into `dir`/data. */
async function prepareScaleData(dir: string): Promise<string> {
  const catalogueDir = path.join(dir, 'catalogue');
  const outDir = path.join(dir, 'data');
  const { projects } = await writeScaleCatalogue(catalogueDir);
  log(`scale: ${projects} projects generated and validated; building the data of all Sweden`);
  const { code, output } = await run('npx', ['tsx', 'scripts/data/build.ts'], {
    ...process.env,
    FOCUS_COUNTIES: 'all',
    CATALOGUE_DIR: catalogueDir,
    DATA_OUT: outDir,
  });
  if (code !== 0) throw new Error(`the scale data build failed: ${tail(output, 5)}`);
  log(`scale: ${tail(output, 1)}`);
  return outDir;
}

async function municipalityPoints(dist: string): Promise<MunicipalityPoint[]> {
  const fc = JSON.parse(
    await readFile(path.join(dist, 'data', 'municipalities.geojson'), 'utf8'),
  ) as {
    features: {
      properties: {
        code: string;
        name: string;
        focus: boolean;
        labelLon: number;
        labelLat: number;
      };
    }[];
  };
  return fc.features
    .filter((f) => f.properties.focus)
    .map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      lon: f.properties.labelLon,
      lat: f.properties.labelLat,
    }));
}

async function projectCount(dist: string): Promise<number> {
  const catalogue = JSON.parse(
    await readFile(path.join(dist, 'data', 'catalogue.json'), 'utf8'),
  ) as {
    projects: unknown[];
  };
  return catalogue.projects.length;
}

interface DataSetOptions {
  /** Names the data set in the report. */
  label: (municipalities: number, projects: number) => string;
  /** Names its trace files: bench/results/trace-<name>-app-1.json, ... */
  name: string;
  runs: number;
  traces: number;
  interactions: number;
  warmUp: boolean;
  port: number;
  resolve: FrameResolver;
}

/** Loads, traced loads, filter clicks and selections against one served build. */
async function measureDataSet(
  browser: Browser,
  dist: string,
  options: DataSetOptions,
): Promise<DataSetResult> {
  const { runs, traces, interactions } = options;
  const server = await serveStatic(dist, options.port);
  try {
    const points = await municipalityPoints(dist);
    const projects = await projectCount(dist);
    const loads = await measureLoads(browser, server.url, runs, log, options.warmUp);
    let trace: DataSetResult['trace'] = { skipped: 'not asked for (--traces 0)' };
    if (traces > 0) {
      log(`${traces} traced loads each of app and baseline`);
      try {
        const traced = await traceLoads(
          browser,
          server.url,
          traces,
          `bench/results/trace-${options.name}`,
          log,
        );
        trace = await analyseTracedLoads(traced, options.resolve);
      } catch (error) {
        trace = { error: (error as Error).message };
        log(`traces: n/a: ${trace.error}`);
      }
    }
    log(`filter clicks (${interactions} on, ${interactions} off; each paired with the baseline)`);
    const { eventTiming: filterTiming, ...filter } = await measureFilter(
      browser,
      server.url,
      interactions,
      log,
    );
    log(`selections (${interactions}; each paired with the baseline)`);
    // Spread the clicks over the map rather than walking it in code order.
    const spread = points
      .map((p, i) => ({ p, key: (i * 7919) % points.length }))
      .sort((a, b) => a.key - b.key)
      .map(({ p }) => p);
    const selection = await measureSelection(browser, server.url, spread, interactions, log);
    return {
      label: options.label(points.length, projects),
      municipalities: points.length,
      projects,
      loads,
      filter,
      selection: selection.latency,
      eventTiming: { filter: filterTiming, selection: selection.eventTiming },
      trace,
      interactions,
    };
  } finally {
    await server.close();
  }
}

/** Copies a build, again if a file its manifest names is missing (a rebuild under way). */
/**
 * A copy of the whole build (dist/ and the artefacts kept beside it: source maps, Vite's
 * manifest, the baseline page; server/public-build.ts), checked complete.
 */
async function snapshot(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await fullBuild(from, to);
    try {
      const manifest = JSON.parse(
        await readFile(path.join(to, '.vite', 'manifest.json'), 'utf8'),
      ) as Record<string, { file: string }>;
      const missing = Object.values(manifest).filter((c) => !existsSync(path.join(to, c.file)));
      if (missing.length === 0 && existsSync(path.join(to, 'index.html'))) return;
    } catch {
      // no manifest yet: copy again
    }
    if (attempt === 3) throw new Error(`${from} is incomplete (is another build writing it?)`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}

async function machine(chromium: string | null, loadAverageStart: number[]): Promise<Machine> {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    chromium,
    loadAverageStart,
    loadAverageEnd: os.loadavg(),
  };
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const loadAverageStart = os.loadavg();
  const durations: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      durations[name] = Math.round((performance.now() - t0) / 100) / 10;
    }
  };
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'integrationskartan-bench-'));

  // The scale data is prepared while the app builds (nothing is measured before both are done).
  const scaleData: Promise<string> | null = !options.scale
    ? null
    : options.scaleData
      ? Promise.resolve(path.resolve(options.scaleData))
      : phase('scale data', () => prepareScaleData(tmp));
  scaleData?.catch(() => undefined);

  if (options.build) {
    log('npm run build');
    const { code, output } = await phase('build', () => run('npm', ['run', 'build']));
    if (code !== 0) {
      console.error(tail(output, 30));
      console.error('bench: the build failed; nothing was measured');
      await scaleData?.catch(() => undefined);
      await rm(tmp, { recursive: true, force: true });
      return 1;
    }
  }
  // A snapshot of the build: a concurrent "npm run build" (npm test) may rewrite dist/ meanwhile.
  const dist = path.join(tmp, 'dist-real');
  await snapshot(path.resolve('dist'), dist);
  log('sizes');
  const sizes = await phase('sizes', () => measureSizes(dist));
  // Nothing is measured in the browser while the scale data is still being built.
  if (scaleData) {
    log('waiting for the scale data');
    await scaleData.catch(() => undefined);
  }

  let browser: Browser | null = null;
  let real: BenchResult['real'];
  let scale: BenchResult['scale'] = { skipped: 'not asked for (--no-scale)' };
  let chromium: string | null = null;
  // The build's source maps, for the traces (the scale build has the same JavaScript).
  const resolve = await loadFrameResolver(dist);
  await mkdir('bench/results', { recursive: true });
  try {
    browser = await launchBrowser();
    chromium = browser.version();
    log(`real data: ${options.runs} loads each of app and baseline`);
    real = await phase('real data', () =>
      measureDataSet(browser!, dist, {
        label: (m, p) => `Real data (${m} municipalities, ${p} projects)`,
        name: 'real',
        runs: options.runs,
        traces: options.traces,
        interactions: options.interactions,
        warmUp: true,
        port: options.port,
        resolve,
      }),
    );
    if (scaleData) {
      try {
        const data = await scaleData;
        const scaleDist = path.join(tmp, 'dist');
        await cp(dist, scaleDist, { recursive: true });
        await rm(path.join(scaleDist, 'data'), { recursive: true, force: true });
        await cp(data, path.join(scaleDist, 'data'), { recursive: true });
        const files = (await readdir(path.join(scaleDist, 'data'))).sort();
        const dataSizes = await Promise.all(
          files
            .filter((f) => /^(municipalities\.geojson|catalogue\.json)$/.test(f))
            .map(async (f) => {
              const bytes = await readFile(path.join(scaleDist, 'data', f));
              return { file: `scale data/${f}`, bytes: bytes.length, gzip: gzipSize(bytes) };
            }),
        );
        log(`scale: ${options.scaleRuns} loads each of app and baseline`);
        scale = await phase('scale', () =>
          measureDataSet(browser!, scaleDist, {
            label: (m, p) => `Scale (${m} municipalities, ${p} generated projects)`,
            name: 'scale',
            runs: options.scaleRuns,
            traces: options.scaleTraces,
            interactions: options.scaleInteractions,
            // The browser is warm by now.
            warmUp: false,
            port: options.port,
            resolve,
          }),
        );
        scale.data = dataSizes;
      } catch (error) {
        scale = { error: (error as Error).message };
        log(`scale: n/a: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    real = { error: `the browser measurements failed: ${(error as Error).message}` };
    log(real.error);
  } finally {
    await browser?.close();
  }

  let lighthouse: BenchResult['lighthouse'] = { skipped: 'not asked for (--no-lighthouse)' };
  let lighthouseBaseline: BenchResult['lighthouse'] = lighthouse;
  if (options.lighthouse) {
    log('Lighthouse, desktop and mobile, app then baseline');
    const server = await serveStatic(dist, options.port);
    try {
      lighthouse = await phase('lighthouse', () => runLighthouse(`${server.url}/`, log));
      lighthouseBaseline = await phase('lighthouse baseline', () =>
        runLighthouse(`${server.url}/bench/baseline.html`, log),
      );
    } finally {
      await server.close();
    }
  }

  const partial: Omit<BenchResult, 'targets'> = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: await machine(chromium, loadAverageStart),
    options: {
      runs: options.runs,
      scaleRuns: options.scaleRuns,
      interactions: options.interactions,
      scaleInteractions: options.scaleInteractions,
      traces: options.traces,
      scaleTraces: options.scaleTraces,
    },
    durations: { ...durations, total: Math.round((performance.now() - started) / 100) / 10 },
    sizes: { ...sizes, dist: 'dist' },
    real,
    scale,
    lighthouse,
    lighthouseBaseline,
  };
  const result: BenchResult = { ...partial, targets: evaluateTargets(partial) };
  const markdown = renderMarkdown(result);
  await writeFile('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  await writeFile('bench/results/latest.md', markdown);
  await rm(tmp, { recursive: true, force: true });
  console.log(`\n${markdown}`);
  log('wrote bench/results/latest.json and bench/results/latest.md');
  return 0;
}

/** Breaks down the traces of the last run again (after a change to trace.ts, say). */
async function reanalyse(): Promise<number> {
  const result = JSON.parse(await readFile('bench/results/latest.json', 'utf8')) as BenchResult;
  const full = await mkdtemp(path.join(os.tmpdir(), 'integrationskartan-reanalyse-'));
  await fullBuild('dist', full);
  const resolve = await loadFrameResolver(full);
  await rm(full, { recursive: true, force: true });
  for (const set of [result.real, result.scale]) {
    if (!('trace' in set) || !('files' in set.trace)) continue;
    const { files, appReadyMs, baselineReadyMs } = set.trace;
    const loads = {
      app: appReadyMs.map((readyMs, i) => ({ file: files[i]!, readyMs })),
      baseline: baselineReadyMs.map((readyMs, i) => ({
        file: files[appReadyMs.length + i]!,
        readyMs,
      })),
    };
    log(`breaking down ${files.length} traces of ${set.label}`);
    set.trace = await analyseTracedLoads(loads, resolve);
  }
  const updated: BenchResult = { ...result, targets: evaluateTargets(result) };
  const markdown = renderMarkdown(updated);
  await writeFile('bench/results/latest.json', `${JSON.stringify(updated, null, 2)}\n`);
  await writeFile('bench/results/latest.md', markdown);
  console.log(`\n${markdown}`);
  return 0;
}

const args = process.argv.slice(2);
process.exitCode = await (args.includes('--reanalyse') ? reanalyse() : main(args));
