import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './pages.ts';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** Key metrics in ms (CLS unitless), as Lighthouse reports them. */
  metrics: Record<string, number | null>;
  /** The LCP's phases (TTFB, load delay, load time, render delay), ms. */
  lcpPhases: Record<string, number>;
  /** Audits that cost points in accessibility and best practices. */
  failing: string[];
}
export type LighthouseRun = LighthouseScores | { error: string };
export type LighthouseResult = Record<'desktop' | 'mobile', LighthouseRun>;

type Table = { items?: { phase?: string; timing?: number }[] };
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * Lighthouse (node API) on `url`, desktop then mobile (its default: a mid-range phone on a slow
 * 4G connection, simulated), performance, accessibility and best practices, in one Chromium that
 * chrome-launcher starts (CHROMIUM_PATH, default /usr/bin/chromium). A failure is returned as an
 * error, never thrown.
 */
export async function runLighthouse(
  url: string,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  let chrome: Awaited<ReturnType<typeof launch>>;
  try {
    chrome = await launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
    });
  } catch (error) {
    const reason = `Chromium for Lighthouse did not start: ${(error as Error).message}`;
    return { desktop: { error: reason }, mobile: { error: reason } };
  }
  const once = async (form: 'desktop' | 'mobile'): Promise<LighthouseRun> => {
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
      const lhr = result?.lhr;
      if (!lhr) return { error: 'Lighthouse returned no result' };
      if (lhr.runtimeError)
        return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
      log(`  lighthouse ${form}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const score = (id: string) => {
        const value = lhr.categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      // The LCP element audit's second table: TTFB, load delay, load time and render delay.
      const lcp = lhr.audits['largest-contentful-paint-element']?.details as { items?: Table[] };
      const phases = lcp?.items?.find((t) => t.items?.some((row) => 'phase' in row))?.items ?? [];
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        metrics: Object.fromEntries(
          METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]),
        ),
        lcpPhases: Object.fromEntries(phases.map((row) => [String(row.phase), row.timing ?? 0])),
        failing: (['accessibility', 'best-practices'] as const).flatMap((category) =>
          (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ''})`),
        ),
      };
    } catch (error) {
      return { error: `Lighthouse ${form} failed: ${(error as Error).message}` };
    }
  };
  try {
    return { desktop: await once('desktop'), mobile: await once('mobile') };
  } finally {
    chrome.kill();
  }
}
