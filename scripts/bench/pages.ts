import { writeFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { interactionOf, type EventEntry, type Interaction } from './event-timing.ts';
import { HARNESS } from './harness.ts';
import {
  analyseInteraction,
  analyseLoad,
  TRACE_CATEGORIES,
  type FrameResolver,
  type InteractionAnalysis,
  type LoadAnalysis,
} from './trace.ts';

/**
 * The browser half of the benchmark: cold loads of the app and of the bare MapLibre page
 * (bench/baseline.html), alternating, timed to "map ready" in the page and some of them traced;
 * then clicks of one kind, each in the app paired with the same restyle on the baseline, timed by
 * the browser's Event Timing and some of them traced one by one.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const PAGES = ['app', 'baseline'] as const;
export type Which = (typeof PAGES)[number];
const PATHS: Record<Which, string> = { app: '/', baseline: '/bench/baseline.html' };

/** Where and how to measure: the browser, the served build, where the traces go and how to read them. */
export interface Session {
  browser: Browser;
  origin: string;
  /** bench/results/trace-real: traces go to `${prefix}-load-app-1.json`, … */
  prefix: string;
  resolve: FrameResolver;
  log: (line: string) => void;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** A fresh context (empty cache, no service worker: every load is a first visit) with the harness. */
async function openPage(browser: Browser, reducedMotion = false) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: HARNESS });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Starts a trace of the browser through the page's DevTools session; stop() writes and returns it. */
async function startTrace(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async (file: string) => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    await writeFile(file, JSON.stringify({ traceEvents: events }));
    return events;
  };
}

/** Waits in the page: Playwright's waitForFunction needs eval, which the CSP forbids. */
async function waitReady(page: Page, url: string, errors: string[]) {
  const ready = await page.evaluate('__bench.waitFor(() => __bench.readyAt !== null, 60000)');
  if (!ready) throw new Error(`${url}: no map ready within 60 s ${errors.slice(0, 3).join(' | ')}`);
}

export interface Load {
  /** Navigation start → data-map-ready="true", ms. */
  readyMs: number;
  /** WebGL programs linked, style layers and sources, 2D canvas contexts made, at map ready. */
  programs: number;
  layers: number | null;
  sources: number | null;
  canvas2d: number;
}

/** One cold load; with `trace`, traced from before navigation to the ready mark and analysed. */
async function load(
  browser: Browser,
  url: string,
  trace?: { file: string; resolve: FrameResolver },
): Promise<Load & { analysis?: LoadAnalysis }> {
  const { context, page, errors } = await openPage(browser);
  try {
    const stop = trace ? await startTrace(context, page) : null;
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await waitReady(page, url, errors);
    const events = await stop?.(trace!.file);
    const result = (await page.evaluate(
      '({ readyMs: __bench.readyAt, programs: __bench.programs, layers: __bench.layers(), sources: __bench.sources(), canvas2d: __bench.canvas2d })',
    )) as Load;
    return events ? { ...result, analysis: await analyseLoad(events, trace!.resolve) } : result;
  } finally {
    await context.close();
  }
}

export interface Loads {
  app: Load[];
  baseline: Load[];
  /** Traced loads (not in the timing above: the profiler slows them down). */
  traced: Record<Which, (LoadAnalysis & { file: string; readyMs: number })[]>;
  error?: string;
}

/**
 * `runs` cold loads of each page, then `traces` traced ones, alternating (the order flips every
 * round so neither always goes first), after one discarded load of each when `warmUp` (a
 * browser's first loads are slower than any later one).
 */
export async function measureLoads(
  { browser, origin, prefix, resolve, log }: Session,
  { runs, traces, warmUp }: { runs: number; traces: number; warmUp: boolean },
): Promise<Loads> {
  const result: Loads = { app: [], baseline: [], traced: { app: [], baseline: [] } };
  try {
    if (warmUp) for (const which of PAGES) await load(browser, origin + PATHS[which]);
    for (let i = 0; i < runs + traces; i++) {
      const line: string[] = [];
      for (const which of i % 2 ? [...PAGES].reverse() : PAGES) {
        const file = `${prefix}-load-${which}-${i - runs + 1}.json`;
        const trace = i >= runs ? { file, resolve } : undefined;
        const { analysis, ...timing } = await load(browser, origin + PATHS[which], trace);
        if (analysis) result.traced[which].push({ ...analysis, file, readyMs: timing.readyMs });
        else result[which].push(timing);
        line.push(`${which} ${Math.round(timing.readyMs)} ms`);
      }
      log(`  ${i < runs ? 'load' : 'traced load'} ${i + 1}: ${line.join(', ')}`);
    }
  } catch (error) {
    result.error = (error as Error).message;
  }
  return result;
}

export interface MunicipalityPoint {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

/** Where to click next on a page, and what the page shows once the click has done its work. */
type Next = () => Promise<{ x: number; y: number; spec: object }>;

export interface Clicks {
  /** Each click's Event Timing (null: every event under 16 ms), in order. */
  app: (Interaction | null)[];
  baseline: (Interaction | null)[];
  /** Clicks traced one by one, after the timed ones. */
  traced: Record<Which, (InteractionAnalysis & { file: string })[]>;
  /** WebGL programs linked and style layers once the clicks are done. */
  programs: Record<Which, number>;
  layers: Record<Which, number | null>;
  error?: string;
}

const THEMES_LEGEND = 'Teman';

/** Theme chips on and off in the app; the baseline's button dims every other municipality. */
async function filterClicks(pages: Record<Which, Page>): Promise<Record<Which, Next>> {
  const point = async (page: Page, spec: object) => {
    const p = (await page.evaluate(
      `__bench.settle(100, 3000).then(() => __bench.point(${JSON.stringify(spec)}))`,
    )) as { x: number; y: number; error?: string };
    if (p.error) throw new Error(`${JSON.stringify(spec)}: ${p.error}`);
    return { ...p, spec };
  };
  const legend = JSON.stringify(THEMES_LEGEND);
  const chips = ((await pages.app.evaluate(
    `__bench.waitFor(() => __bench.chips(${legend}).length && __bench.chips(${legend}), 15000)`,
  )) ?? []) as { index: number; pressed: boolean; disabled: boolean; count: string }[];
  const usable = chips.filter((c) => !c.pressed && !c.disabled && Number(c.count) > 0);
  if (usable.length === 0) throw new Error(`no theme chip with projects among ${chips.length}`);
  let app = 0;
  let baseline = 0;
  return {
    app: () => {
      const chip = usable[Math.floor(app / 2) % usable.length]!;
      const pressed = app++ % 2 === 0;
      const spec = { type: 'filter', legend: THEMES_LEGEND, index: chip.index, pressed };
      return point(pages.app, pressed ? { ...spec, count: chip.count } : spec);
    },
    baseline: () => {
      const spec = { type: 'toggle', testid: 'baseline-filter', pressed: baseline++ % 2 === 0 };
      return point(pages.baseline, spec);
    },
  };
}

/**
 * Map clicks at a municipality's label point: the next in the list that can be clicked in the
 * view the last selection left; when none can, Escape closes the app's panel (not measured).
 */
async function selectClicks(
  pages: Record<Which, Page>,
  municipalities: MunicipalityPoint[],
): Promise<Record<Which, Next>> {
  const next = (which: Which): Next => {
    const page = pages[which];
    let at = 0;
    const pick = async () =>
      (await page.evaluate(
        `__bench.pickMunicipality(${JSON.stringify(municipalities)}, ${at})`,
      )) as MunicipalityPoint & { index: number; x: number; y: number; error?: string };
    return async () => {
      let m = await pick();
      if (m.error && which === 'app') {
        await page.keyboard.press('Escape');
        m = await pick();
      }
      if (m.error) throw new Error(`${which}: ${m.error} (at the label points)`);
      at = m.index + 1;
      // Hover first (tooltip and outline are not the selection), then click.
      await page.mouse.move(m.x, m.y);
      await page.evaluate('__bench.settle(100, 3000)');
      const spec = { type: 'select', code: m.code, name: m.name, panel: which === 'app' };
      return { x: m.x, y: m.y, spec };
    };
  };
  return { app: next('app'), baseline: next('baseline') };
}

/** One click: its Event Timing entries, and with `trace` its own trace, analysed. */
async function click(
  page: Page,
  context: BrowserContext,
  next: Next,
  trace?: { file: string; resolve: FrameResolver },
) {
  const { x, y, spec } = await next();
  await page.bringToFront();
  const stop = trace ? await startTrace(context, page) : null;
  const since = (await page.evaluate('performance.now()')) as number;
  await page.mouse.click(x, y);
  const done = (await page.evaluate(`__bench.clicked(${JSON.stringify(spec)}, ${since})`)) as {
    events?: EventEntry[];
    error?: string;
  };
  const events = await stop?.(trace!.file);
  if (done.error) throw new Error(done.error);
  const analysis = events ? await analyseInteraction(events, trace!.resolve) : undefined;
  return { interaction: interactionOf(done.events ?? []), analysis };
}

/**
 * `count` clicks of one kind on each page (a filter on and off counting as one), then `traces`
 * traced ones, app and bare page alternating which goes first. Both pages are open side by side,
 * loaded to a quiet map with prefers-reduced-motion (a selection frames without animation).
 */
export async function measureClicks(
  { browser, origin, prefix, resolve, log }: Session,
  kind: 'filter' | 'select',
  {
    count,
    traces,
    municipalities,
  }: { count: number; traces: number; municipalities: MunicipalityPoint[] },
): Promise<Clicks> {
  const result: Clicks = {
    app: [],
    baseline: [],
    traced: { app: [], baseline: [] },
    programs: { app: 0, baseline: 0 },
    layers: { app: null, baseline: null },
  };
  const opened: Awaited<ReturnType<typeof openPage>>[] = [];
  try {
    for (const which of PAGES) {
      const open = await openPage(browser, true);
      opened.push(open);
      await open.page.goto(origin + PATHS[which], { timeout: 60_000 });
      await waitReady(open.page, PATHS[which], open.errors);
      await open.page.evaluate('__bench.settle(200, 5000)');
    }
    const pages = { app: opened[0]!.page, baseline: opened[1]!.page };
    const next =
      kind === 'filter' ? await filterClicks(pages) : await selectClicks(pages, municipalities);
    const untraced = kind === 'filter' ? 2 * count : count;
    for (let i = 0; i < untraced + traces; i++) {
      for (const which of i % 2 ? [...PAGES].reverse() : PAGES) {
        const file = `${prefix}-${kind}-${which}-${i - untraced + 1}.json`;
        const { context } = opened[PAGES.indexOf(which)]!;
        const trace = i >= untraced ? { file, resolve } : undefined;
        const { interaction, analysis } = await click(pages[which], context, next[which], trace);
        if (analysis) result.traced[which].push({ ...analysis, file });
        else result[which].push(interaction);
      }
      if ((i + 1) % 10 === 0 || i >= untraced) log(`  ${kind} ${i + 1}/${untraced + traces}`);
    }
    for (const which of PAGES) {
      const counts = (await pages[which].evaluate(
        '({ programs: __bench.programs, layers: __bench.layers() })',
      )) as { programs: number; layers: number | null };
      result.programs[which] = counts.programs;
      result.layers[which] = counts.layers;
    }
  } catch (error) {
    result.error = (error as Error).message;
  } finally {
    for (const { context } of opened) await context.close();
  }
  return result;
}
