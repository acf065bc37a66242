import { createWriteStream } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  interactionOf,
  summariseEventTiming,
  type EventEntry,
  type EventTimingSummary,
  type Interaction,
} from './event-timing.ts';
import { HARNESS } from './harness.ts';
import { summarise, type Summary } from './stats.ts';
import type { TracedLoads } from './trace-sources.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (empty cache) with the in-page harness. */
async function openPage(
  browser: Browser,
  options: { reducedMotion?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    // Every load is a first visit: no service worker precaching the app beside the measured load.
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: HARNESS });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, errors };
}

/**
 * What a performance trace records: the main thread's tasks and their nesting (devtools.timeline,
 * toplevel, blink, v8, v8.execute), user-timing marks (blink.user_timing: navigationStart and the
 * harness's ready mark), garbage collection, the WebGL client's calls that wait for the GPU
 * process (gpu), loading, and the V8 CPU profile (disabled-by-default-v8.cpu_profiler) that
 * attributes script time to functions. See trace.ts for how it is broken down.
 */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink',
  'blink.user_timing',
  'loading',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
  'gpu',
];

/** Starts a CDP trace of the page; the returned function ends it and writes it to `file`. */
async function startTrace(
  context: BrowserContext,
  page: Page,
  file: string,
): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
  });
  return async () => {
    const complete = new Promise<{ stream?: string }>((resolve) =>
      cdp.once('Tracing.tracingComplete', resolve),
    );
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) throw new Error('Tracing ended without a stream');
    const out = createWriteStream(file);
    try {
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
        out.write(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : chunk.data);
        if (chunk.eof) break;
      }
    } finally {
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      await cdp.send('IO.close', { handle: stream }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    }
  };
}

/**
 * Milliseconds from navigation start to data-map-ready="true", measured in the page; with
 * `traceFile`, the load is traced (from before navigation to the ready mark) into that file.
 */
async function timeToMapReady(browser: Browser, url: string, traceFile?: string): Promise<number> {
  const { context, page, errors } = await openPage(browser);
  try {
    const stopTrace = traceFile ? await startTrace(context, page, traceFile) : null;
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    // Waiting happens in the page: Playwright's waitForFunction needs eval, which the CSP forbids.
    const ready = await page.evaluate(
      'window.__bench.waitFor(() => window.__bench.readyAt !== null, 60000)',
    );
    if (!ready) {
      throw new Error(
        `${url}: data-map-ready never became "true" within 60 s` +
          (errors.length ? ` (page errors: ${errors.slice(0, 3).join(' | ')})` : ''),
      );
    }
    await stopTrace?.();
    return (await page.evaluate('window.__bench.readyAt')) as number;
  } finally {
    await context.close();
  }
}

/**
 * `runs` traced cold loads of the app and of the baseline, alternating (the order flips every
 * round), written to `${prefix}-app-N.json` and `${prefix}-baseline-N.json`. A traced load is
 * slower than an untraced one (the CPU profiler samples every ~0.25 ms): these loads are for the
 * breakdown, the untraced medians are the timing.
 */
export async function traceLoads(
  browser: Browser,
  origin: string,
  runs: number,
  prefix: string,
  log: (line: string) => void,
): Promise<TracedLoads> {
  const urls = { app: `${origin}/`, baseline: `${origin}/bench/baseline.html` };
  const result: TracedLoads = { app: [], baseline: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
    for (const which of order) {
      const file = `${prefix}-${which}-${i + 1}.json`;
      const readyMs = await timeToMapReady(browser, urls[which], file);
      result[which].push({ file, readyMs });
    }
    log(
      `  traced load ${i + 1}/${runs}: app ${result.app.at(-1)!.readyMs.toFixed(0)} ms, ` +
        `baseline ${result.baseline.at(-1)!.readyMs.toFixed(0)} ms`,
    );
  }
  return result;
}

export interface LoadResult {
  app: number[];
  baseline: number[];
  appSummary: Summary | null;
  baselineSummary: Summary | null;
  /** median(app) / median(baseline) */
  ratio: number | null;
  error?: string;
}

/**
 * Cold loads in fresh contexts, alternating app and baseline (the order flips every round so
 * neither always goes first), after one discarded warm-up of each when `warmUp` (the browser's
 * first page loads are slower than any later one).
 */
export async function measureLoads(
  browser: Browser,
  origin: string,
  runs: number,
  log: (line: string) => void,
  warmUp = true,
): Promise<LoadResult> {
  const app: number[] = [];
  const baseline: number[] = [];
  const urls = { app: `${origin}/`, baseline: `${origin}/bench/baseline.html` };
  try {
    if (warmUp) {
      await timeToMapReady(browser, urls.app);
      await timeToMapReady(browser, urls.baseline);
    }
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
      for (const which of order) {
        const ms = await timeToMapReady(browser, urls[which]);
        (which === 'app' ? app : baseline).push(ms);
      }
      log(
        `  load ${i + 1}/${runs}: app ${app.at(-1)!.toFixed(0)} ms, baseline ${baseline.at(-1)!.toFixed(0)} ms`,
      );
    }
  } catch (error) {
    return { ...loadSummary(app, baseline), error: (error as Error).message };
  }
  return loadSummary(app, baseline);
}

function loadSummary(app: number[], baseline: number[]): LoadResult {
  const appSummary = summarise(app);
  const baselineSummary = summarise(baseline);
  return {
    app,
    baseline,
    appSummary,
    baselineSummary,
    ratio: appSummary && baselineSummary ? appSummary.median / baselineSummary.median : null,
  };
}

interface Measured {
  armedAt: number;
  clickAt: number | null;
  domAt: number | null;
  renderAt: number | null;
  idleAt: number | null;
  paintAt: number | null;
  error: string | null;
  /** Event Timing entries of the click (none: every event under 16 ms). */
  events?: EventEntry[];
}

export interface InteractionResult {
  /**
   * The latency measured: click → the DOM shows the new state and the map has repainted, i.e. the
   * map's next 'idle' after the DOM update (or two animation frames, if no idle came within 3 s).
   */
  latency: number[];
  summary: Summary | null;
  /** Click → the DOM shows the new state. */
  dom: Summary | null;
  /** Click → the map's first frame after the DOM update. */
  render: Summary | null;
  /** Click → two animation frames after the DOM update (includes a compositor frame). */
  frames: Summary | null;
  /** Clicks that did not reach the expected state (the first reason is in `error`). */
  failures: number;
  error?: string;
}

function interactionSummary(
  samples: Measured[],
  failures: string[] = [],
  error?: string,
): InteractionResult {
  const ok = samples.filter(
    (s) => s.clickAt !== null && s.domAt !== null && (s.idleAt ?? s.paintAt) !== null,
  );
  const since = (at: (s: Measured) => number | null) =>
    summarise(ok.filter((s) => at(s) !== null).map((s) => at(s)! - s.clickAt!));
  const latency = ok.map((s) => Math.max(s.domAt!, (s.idleAt ?? s.paintAt)!) - s.clickAt!);
  const reason = error ?? failures[0];
  return {
    latency,
    summary: summarise(latency),
    dom: since((s) => s.domAt),
    render: since((s) => s.renderAt),
    frames: since((s) => s.paintAt),
    failures: failures.length,
    ...(reason ? { error: reason } : {}),
  };
}

/**
 * How long to wait for a click's Event Timing entries. They come only once the frame after the
 * click has been presented, which on SwiftShader is often a second or more after the page's own
 * work is done (the GPU process draws on the CPU): a short wait would miss them and count the
 * click as under 16 ms. A click that really took less than 16 ms costs this wait.
 */
const EVENT_TIMING_WAIT_MS = 10_000;

/**
 * Clicks at (x, y) with a real mouse (the measurement is armed) and returns the timings, with
 * the Event Timing entries of the click.
 */
async function clickAndWait(page: Page, point: { x: number; y: number }): Promise<Measured> {
  await page.bringToFront();
  await page.mouse.click(point.x, point.y);
  const result = (await page.evaluate('window.__bench.pending')) as Measured;
  if (result.error) throw new Error(result.error);
  result.events = (await page.evaluate(
    `window.__bench.eventTiming(${result.armedAt}, ${EVENT_TIMING_WAIT_MS})`,
  )) as EventEntry[];
  return result;
}

/** A page loaded to a ready, quiet map (prefers-reduced-motion on). */
async function openApp(
  browser: Browser,
  url: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openPage(browser, { reducedMotion: true });
  await page.goto(url, { timeout: 60_000 });
  const ready = await page.evaluate(
    'window.__bench.waitFor(() => window.__bench.readyAt !== null, 60000)',
  );
  if (!ready) throw new Error(`${url}: data-map-ready never became "true" within 60 s`);
  await page.evaluate('window.__bench.settle(200, 5000)');
  return { page, close: () => context.close() };
}

const THEMES_LEGEND = 'Teman';
const BASELINE_FILTER = 'baseline-filter';

/** Event Timing of one kind of click, in the app and on the baseline doing the same restyle. */
export interface EventTimingComparison {
  app: EventTimingSummary;
  baseline: EventTimingSummary;
  /** The baseline's click → repainted latency, measured as the app's is. */
  baselineLatency: Summary | null;
  /** Every click (null: no entry, under 16 ms), in order. */
  appClicks: (Interaction | null)[];
  baselineClicks: (Interaction | null)[];
  error?: string;
}

function eventTimingOf(
  app: Measured[],
  baseline: Measured[],
  error?: string,
): EventTimingComparison {
  const appClicks = app.map((s) => interactionOf(s.events ?? []));
  const baselineClicks = baseline.map((s) => interactionOf(s.events ?? []));
  return {
    app: summariseEventTiming(appClicks),
    baseline: summariseEventTiming(baselineClicks),
    baselineLatency: interactionSummary(baseline).summary,
    appClicks,
    baselineClicks,
    ...(error ? { error } : {}),
  };
}

/** The app and the baseline page, open side by side: each click alternates between them. */
async function openBoth(
  browser: Browser,
  origin: string,
): Promise<{ app: Page; baseline: Page; close: () => Promise<void> }> {
  const app = await openApp(browser, `${origin}/`);
  try {
    const baseline = await openApp(browser, `${origin}/bench/baseline.html`);
    return {
      app: app.page,
      baseline: baseline.page,
      close: async () => {
        await app.close();
        await baseline.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

export interface FilterResult {
  on: InteractionResult;
  off: InteractionResult;
  /** Filter toggles (on and off together) against the baseline's feature-state dimming. */
  eventTiming: EventTimingComparison;
}

/**
 * Theme-filter clicks: a chip on (until the results panel shows the chip's count and the map has
 * repainted), then the same chip off (until the panel is gone and the map has repainted), cycling
 * through the chips that have projects. Each click in the app is paired with a click on the
 * baseline's button that dims (then undims) every other municipality by feature-state; the
 * pairs alternate which page goes first.
 */
export async function measureFilter(
  browser: Browser,
  origin: string,
  count: number,
  log: (line: string) => void,
): Promise<FilterResult> {
  const on: Measured[] = [];
  const off: Measured[] = [];
  const base: Measured[] = [];
  const fail = (error: string): FilterResult => ({
    on: interactionSummary(on, [], error),
    off: interactionSummary(off, [], error),
    eventTiming: eventTimingOf([...on, ...off], base, error),
  });
  let pages;
  try {
    pages = await openBoth(browser, origin);
  } catch (error) {
    return fail(`a page did not load: ${(error as Error).message}`);
  }
  try {
    const { app, baseline } = pages;
    await app.evaluate(
      `window.__bench.waitFor(() => window.__bench.chipButtons(${JSON.stringify(THEMES_LEGEND)}), 15000)`,
    );
    const found = (await app.evaluate(
      `window.__bench.chips(${JSON.stringify(THEMES_LEGEND)})`,
    )) as {
      error?: string;
      chips?: { index: number; pressed: boolean; disabled: boolean; count: string }[];
    };
    if (found.error || !found.chips) return fail(found.error ?? 'no chips');
    const usable = found.chips.filter((c) => !c.pressed && !c.disabled && Number(c.count) > 0);
    if (usable.length === 0) return fail(`no theme chip with projects among ${found.chips.length}`);
    type Point = { x: number; y: number; error?: string };
    for (let i = 0; i < count; i++) {
      const chip = usable[i % usable.length]!;
      const spec = { type: 'filter', legend: THEMES_LEGEND, index: chip.index };
      for (const pressed of [true, false]) {
        const clickApp = async () => {
          const full = pressed ? { ...spec, pressed, count: chip.count } : { ...spec, pressed };
          const point = (await app.evaluate(
            `window.__bench.armChip(${JSON.stringify(full)})`,
          )) as Point;
          if (point.error) throw new Error(`app: ${point.error}`);
          (pressed ? on : off).push(await clickAndWait(app, point));
        };
        const clickBaseline = async () => {
          const toggle = { type: 'toggle', testid: BASELINE_FILTER, pressed };
          const point = (await baseline.evaluate(
            `window.__bench.settle(100, 3000).then(() => window.__bench.armToggle(${JSON.stringify(toggle)}))`,
          )) as Point;
          if (point.error) throw new Error(`baseline: ${point.error}`);
          base.push(await clickAndWait(baseline, point));
        };
        const order = i % 2 === 0 ? [clickApp, clickBaseline] : [clickBaseline, clickApp];
        for (const click of order) await click();
      }
      if ((i + 1) % 10 === 0) log(`  filter ${i + 1}/${count} (app and baseline)`);
    }
  } catch (error) {
    return fail((error as Error).message);
  } finally {
    await pages.close();
  }
  return {
    on: interactionSummary(on),
    off: interactionSummary(off),
    eventTiming: eventTimingOf([...on, ...off], base),
  };
}

export interface MunicipalityPoint {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

export interface SelectionResult {
  /** The app's click → repainted latency. */
  latency: InteractionResult;
  /** Map clicks against the baseline marking the clicked municipality selected (feature-state). */
  eventTiming: EventTimingComparison;
}

type Pick = { index: number; code: string; name: string; x: number; y: number; error?: string };

/**
 * Selections by clicking the map canvas at a municipality's label point (through MapLibre's
 * projection), until data-selected (and, in the app, #panel-title) show it and the map has
 * repainted; each app click is paired with one on the baseline (which marks the clicked
 * municipality selected by feature-state), alternating which goes first. The next municipality
 * is the next in the list that can be clicked in the view the selection left (often a
 * neighbour); when none can, Escape closes the app's panel (not measured) and the whole region
 * is in view again.
 */
export async function measureSelection(
  browser: Browser,
  origin: string,
  municipalities: MunicipalityPoint[],
  count: number,
  log: (line: string) => void,
): Promise<SelectionResult> {
  const samples: Measured[] = [];
  const base: Measured[] = [];
  const failures: string[] = [];
  const result = (error?: string): SelectionResult => ({
    latency: interactionSummary(samples, failures, error),
    eventTiming: eventTimingOf(samples, base, error),
  });
  let pages;
  try {
    pages = await openBoth(browser, origin);
  } catch (error) {
    return result(`a page did not load: ${(error as Error).message}`);
  }
  const { app, baseline } = pages;
  const pick = async (page: Page, start: number) =>
    (await page.evaluate(`window.__bench.pickMunicipality(${start})`)) as Pick;
  try {
    for (const page of [app, baseline]) {
      if (!(await page.evaluate('!!window.__bench.map()'))) {
        return result('no map instance on [data-testid=map] (__map)');
      }
      await page.evaluate(`window.__bench.setMunicipalities(${JSON.stringify(municipalities)})`);
    }
    let next = 0;
    let nextBaseline = 0;
    while (samples.length < count) {
      if (failures.length > 5) return result(`${failures.length} failed: ${failures[0]}`);
      const clickApp = async () => {
        let m = await pick(app, next);
        if (
          m.error &&
          (await app.evaluate('window.__bench.mapElement().hasAttribute("data-selected")'))
        ) {
          await app.keyboard.press('Escape');
          m = await pick(app, next);
        }
        if (m.error) throw new Error(`${m.error} (at the label points)`);
        next = m.index + 1;
        // Hover first (the tooltip and outline are not part of the selection), then click.
        await app.mouse.move(m.x, m.y);
        const spec = { type: 'select', code: m.code, name: m.name };
        await app.evaluate(`window.__bench.settleAndArm(${JSON.stringify(spec)})`);
        try {
          samples.push(await clickAndWait(app, m));
        } catch (error) {
          failures.push(`${m.name} (${m.code}): ${(error as Error).message}`);
        }
      };
      const clickBaseline = async () => {
        const m = await pick(baseline, nextBaseline);
        if (m.error) throw new Error(`baseline: ${m.error} (at the label points)`);
        nextBaseline = m.index + 1;
        await baseline.mouse.move(m.x, m.y);
        const spec = { type: 'select', code: m.code, name: m.name, panel: false };
        await baseline.evaluate(`window.__bench.settleAndArm(${JSON.stringify(spec)})`);
        base.push(await clickAndWait(baseline, m));
      };
      const order =
        samples.length % 2 === 0 ? [clickApp, clickBaseline] : [clickBaseline, clickApp];
      for (const click of order) await click();
      if (samples.length % 10 === 0)
        log(`  selection ${samples.length}/${count} (app and baseline)`);
    }
  } catch (error) {
    return result((error as Error).message);
  } finally {
    await pages.close();
  }
  return result();
}
