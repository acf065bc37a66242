/**
 * The README's screenshots, taken from the production build as a reader sees it: the server of
 * `npm start` on a free port, Debian's Chromium with SwiftShader (as the e2e scenarios), each view
 * opened by its address and taken once the map says it is ready. `npm run build` first, then
 * `npm run screenshots` (writes docs/screenshot*.png; look at them before committing).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startServer } from '../server/serve.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));

interface Shot {
  file: string;
  query: string;
  viewport: { width: number; height: number };
  /** Waited for after the map is ready (a panel, a table). */
  ready?: (page: Page) => Promise<void>;
}

export const SHOTS: readonly Shot[] = [
  // Luleå chosen on a laptop, in Swedish: the panel, the map's title and legend.
  { file: 'docs/screenshot.png', query: '?v=1&m=2580', viewport: { width: 1440, height: 900 } },
  // The same place on a phone: Luleå framed above the sheet at its peek height.
  {
    file: 'docs/screenshot-phone.png',
    query: '?v=1&m=2580',
    viewport: { width: 390, height: 844 },
  },
  // Skellefteå's neighbours compared, in English: the table beside the map.
  {
    file: 'docs/screenshot-comparison.png',
    query: '?v=1&lang=en&m=2482',
    viewport: { width: 1440, height: 900 },
    ready: async (page) => {
      await page.getByRole('button', { name: 'Compare with neighbours' }).click();
      await page.getByRole('table').first().waitFor({ timeout: 30_000 });
    },
  },
];

async function main(): Promise<number> {
  const server = await startServer({ root: path.join(REPO, 'dist'), host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: shot.viewport,
        serviceWorkers: 'block',
        // A phone as a phone: touch, so the layout is the one a phone gets.
        hasTouch: shot.viewport.width < 600,
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${shot.query}`);
      await page
        .getByTestId('map')
        .and(page.locator('[data-map-ready="true"]'))
        .waitFor({ timeout: 60_000 });
      await shot.ready?.(page);
      // The camera's last move and the labels' fade-in end before the picture.
      await page.waitForTimeout(1_500);
      await page.screenshot({ path: path.join(REPO, shot.file) });
      console.log(`screenshots: ${shot.file} (${shot.viewport.width}x${shot.viewport.height})`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
