import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { HARNESS } from './harness.ts';
import { summarise, type Summary } from './stats.ts';

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

/** Milliseconds from navigation start to data-map-ready="true", measured in the page. */
async function timeToMapReady(browser: Browser, url: string): Promise<number> {
  const { context, page, errors } = await openPage(browser);
  try {
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
    return (await page.evaluate('window.__bench.readyAt')) as number;
  } finally {
    await context.close();
  }
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
  clickAt: number | null;
  domAt: number | null;
  renderAt: number | null;
  idleAt: number | null;
  paintAt: number | null;
  error: string | null;
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

/** Clicks at (x, y) with a real mouse (the measurement is armed) and returns the timings. */
async function clickAndWait(page: Page, point: { x: number; y: number }): Promise<Measured> {
  await page.mouse.click(point.x, point.y);
  const result = (await page.evaluate('window.__bench.pending')) as Measured;
  if (result.error) throw new Error(result.error);
  return result;
}

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

export interface FilterResult {
  on: InteractionResult;
  off: InteractionResult;
}

/**
 * Theme-filter clicks: a chip on (until the results panel shows the chip's count and the map has
 * repainted), then the same chip off (until the panel is gone and the map has repainted), cycling
 * through the chips that have projects.
 */
export async function measureFilter(
  browser: Browser,
  url: string,
  count: number,
  log: (line: string) => void,
): Promise<FilterResult> {
  const on: Measured[] = [];
  const off: Measured[] = [];
  const fail = (error: string): FilterResult => ({
    on: interactionSummary(on, [], error),
    off: interactionSummary(off, [], error),
  });
  let app;
  try {
    app = await openApp(browser, url);
  } catch (error) {
    return fail(`app did not load: ${(error as Error).message}`);
  }
  try {
    const { page } = app;
    await page.evaluate(
      `window.__bench.waitFor(() => window.__bench.chipButtons(${JSON.stringify(THEMES_LEGEND)}), 15000)`,
    );
    const found = (await page.evaluate(
      `window.__bench.chips(${JSON.stringify(THEMES_LEGEND)})`,
    )) as {
      error?: string;
      chips?: { index: number; pressed: boolean; disabled: boolean; count: string }[];
    };
    if (found.error || !found.chips) return fail(found.error ?? 'no chips');
    const usable = found.chips.filter((c) => !c.pressed && !c.disabled && Number(c.count) > 0);
    if (usable.length === 0) return fail(`no theme chip with projects among ${found.chips.length}`);
    for (let i = 0; i < count; i++) {
      const chip = usable[i % usable.length]!;
      const base = { type: 'filter', legend: THEMES_LEGEND, index: chip.index };
      for (const pressed of [true, false]) {
        const spec = pressed ? { ...base, pressed, count: chip.count } : { ...base, pressed };
        const point = (await page.evaluate(`window.__bench.armChip(${JSON.stringify(spec)})`)) as {
          x: number;
          y: number;
          error?: string;
        };
        if (point.error) return fail(point.error);
        (pressed ? on : off).push(await clickAndWait(page, point));
      }
      if ((i + 1) % 10 === 0) log(`  filter ${i + 1}/${count}`);
    }
  } catch (error) {
    return fail((error as Error).message);
  } finally {
    await app.close();
  }
  return { on: interactionSummary(on), off: interactionSummary(off) };
}

export interface MunicipalityPoint {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * Selections by clicking the map canvas at a municipality's label point (through MapLibre's
 * projection), until data-selected and #panel-title show it and the map has repainted. The next
 * municipality is the next in the list that can be clicked in the view the selection left
 * (often a neighbour); when none can, Escape closes the panel (not measured) and the whole
 * region is in view again.
 */
export async function measureSelection(
  browser: Browser,
  url: string,
  municipalities: MunicipalityPoint[],
  count: number,
  log: (line: string) => void,
): Promise<InteractionResult> {
  const samples: Measured[] = [];
  const failures: string[] = [];
  let app;
  try {
    app = await openApp(browser, url);
  } catch (error) {
    return interactionSummary(samples, [], `app did not load: ${(error as Error).message}`);
  }
  const { page } = app;
  type Pick = { index: number; code: string; name: string; x: number; y: number; error?: string };
  const pick = async (start: number) =>
    (await page.evaluate(`window.__bench.pickMunicipality(${start})`)) as Pick;
  try {
    if (!(await page.evaluate('!!window.__bench.map()'))) {
      return interactionSummary(samples, [], 'no map instance on [data-testid=map] (__map)');
    }
    await page.evaluate(`window.__bench.setMunicipalities(${JSON.stringify(municipalities)})`);
    let next = 0;
    while (samples.length < count) {
      if (failures.length > 5) {
        return interactionSummary(samples, failures, `${failures.length} failed: ${failures[0]}`);
      }
      let m = await pick(next);
      if (
        m.error &&
        (await page.evaluate('window.__bench.mapElement().hasAttribute("data-selected")'))
      ) {
        await page.keyboard.press('Escape');
        m = await pick(next);
      }
      if (m.error) {
        return interactionSummary(samples, failures, `${m.error} (at the label points)`);
      }
      next = m.index + 1;
      // Hover first (the tooltip and outline are not part of the selection), then click.
      await page.mouse.move(m.x, m.y);
      const spec = { type: 'select', code: m.code, name: m.name };
      await page.evaluate(`window.__bench.settleAndArm(${JSON.stringify(spec)})`);
      try {
        samples.push(await clickAndWait(page, m));
        if (samples.length % 10 === 0) log(`  selection ${samples.length}/${count}`);
      } catch (error) {
        failures.push(`${m.name} (${m.code}): ${(error as Error).message}`);
      }
    }
  } catch (error) {
    return interactionSummary(samples, failures, (error as Error).message);
  } finally {
    await app.close();
  }
  return interactionSummary(samples, failures);
}
