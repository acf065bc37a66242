import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from './browser.ts';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** Key metrics in ms (CLS unitless), as Lighthouse reports them. */
  metrics: Record<string, number | null>;
  /** Audits that cost points in accessibility and best practices (id: title). */
  failing: string[];
  warnings: string[];
  error?: string;
}

export interface LighthouseResult {
  desktop: LighthouseScores | { error: string };
  mobile: LighthouseScores | { error: string };
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Starts Chromium with a DevTools port for Lighthouse; the caller stops it by its pid. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    process.env.CHROME_PATH ?? CHROMIUM,
    [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium gave no DevTools port: ${stderr}`)),
      30_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}): ${stderr.slice(-500)}`));
    });
    child.once('error', reject);
  });
  child.stderr!.resume();
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 100);

/**
 * Lighthouse (node API) on `url`, desktop then mobile, performance, accessibility and best
 * practices, in one Chromium started here (CHROME_PATH, default /usr/bin/chromium). Any failure is
 * returned as an error string, never thrown.
 */
export async function runLighthouse(
  url: string,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  let lighthouse: typeof import('lighthouse').default;
  let desktopConfig: typeof import('lighthouse').desktopConfig;
  try {
    const module = await import('lighthouse');
    lighthouse = module.default;
    desktopConfig = module.desktopConfig;
  } catch (error) {
    const reason = `lighthouse cannot be loaded: ${(error as Error).message}`;
    return { desktop: { error: reason }, mobile: { error: reason } };
  }
  let chrome: Awaited<ReturnType<typeof startChromium>>;
  try {
    chrome = await startChromium();
  } catch (error) {
    const reason = `Chromium for Lighthouse did not start: ${(error as Error).message}`;
    return { desktop: { error: reason }, mobile: { error: reason } };
  }
  const once = async (
    form: 'desktop' | 'mobile',
  ): Promise<LighthouseScores | { error: string }> => {
    const started = performance.now();
    try {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          disableFullPageScreenshot: true,
        },
        form === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) return { error: 'Lighthouse returned no result' };
      const { lhr } = result;
      if (lhr.runtimeError)
        return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const failing = (['accessibility', 'best-practices'] as const).flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => {
            const audit = lhr.audits[ref.id];
            const items = (audit?.details as { items?: unknown[] } | undefined)?.items ?? [];
            const shown = items.length
              ? `: ${JSON.stringify(items.slice(0, 3)).slice(0, 400)}`
              : '';
            return `${category}: ${ref.id} (${audit?.title ?? ''})${shown}`;
          }),
      );
      log(`  lighthouse ${form}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
      return {
        performance: score(lhr.categories.performance?.score),
        accessibility: score(lhr.categories.accessibility?.score),
        bestPractices: score(lhr.categories['best-practices']?.score),
        metrics: {
          'first-contentful-paint': metric('first-contentful-paint'),
          'largest-contentful-paint': metric('largest-contentful-paint'),
          'total-blocking-time': metric('total-blocking-time'),
          'cumulative-layout-shift': metric('cumulative-layout-shift'),
          'speed-index': metric('speed-index'),
        },
        failing,
        warnings: lhr.runWarnings,
      };
    } catch (error) {
      return { error: `Lighthouse ${form} failed: ${(error as Error).message}` };
    }
  };
  try {
    const desktop = await once('desktop');
    const mobile = await once('mobile');
    return { desktop, mobile };
  } finally {
    await chrome.stop();
  }
}
