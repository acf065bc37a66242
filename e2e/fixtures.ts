import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every scenario runs with a guard: a request to any host but 127.0.0.1 fails the test, and
 * console errors are collected so that a scenario can assert there were none. The guard is on the
 * browser context, so it also sees what a service worker fetches (work-offline.spec.ts).
 */
export const test = base.extend<{
  offlineGuard: string[];
  consoleErrors: string[];
  cspViolations: string[];
}>({
  offlineGuard: [
    async ({ context }, use) => {
      const outside: string[] = [];
      await context.route(
        (url) =>
          !['127.0.0.1'].includes(url.hostname) &&
          url.protocol !== 'data:' &&
          url.protocol !== 'blob:',
        (route) => {
          outside.push(route.request().url());
          return route.abort();
        },
      );
      await use(outside);
      expect(outside, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  /** Content-Security-Policy violations the page reports ("directive blocked-URI"). */
  cspViolations: async ({ page }, use) => {
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await use(violations);
  },
});

export { expect };

export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 30_000,
  });
}

/** Clicks the map at a longitude/latitude, through MapLibre's own projection. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const map = page.getByTestId('map');
  const point = await map.evaluate((el, [lng, lat]) => {
    const canvas = el.querySelector('canvas')!;
    const m = (
      el as unknown as { __map?: { project: (l: [number, number]) => { x: number; y: number } } }
    ).__map;
    if (!m) throw new Error('map not exposed');
    const p = m.project([lng, lat]);
    const rect = canvas.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
  await page.mouse.click(point.x, point.y);
}

/**
 * A port beside the app's test server for a scenario's own server (nginx, a foreign site, a
 * second deployment): `E2E_PORT` + offset, so that two checkouts can run their tests side by side.
 */
export function sidePort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4199) + offset;
}

/**
 * Opens the map's legend if it is folded (on a phone, in an embed, and on a map narrowed by a
 * panel or the comparison beside it), once the map is ready.
 */
export async function openLegend(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 30_000,
  });
  const toggle = page.locator('.legend-toggle');
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
