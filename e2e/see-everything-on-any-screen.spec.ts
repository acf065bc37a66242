import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/**
 * Everything on any screen, in both languages, on a phone (390x844) and a laptop (1280x720):
 * nothing covers anything, no name is cut at the map's edge, every table and select shows what it
 * holds. What the screen shows is read from the DOM's rectangles and the map's placed labels.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };
const SCREENS = [
  ['phone', PHONE],
  ['laptop', LAPTOP],
] as const;
const LANGUAGES = ['sv', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const WORDS = {
  sv: {
    offline: 'Kartan fungerar nu även utan nät.',
    drawer: 'Filter och statistik',
    closeDrawer: 'Stäng filter',
    metric: 'Kartan visar',
    ranking: 'Visa rangordning',
    county: 'Län',
    tagline: 'Integrationsarbete i Norr- och Västerbotten',
  },
  en: {
    offline: 'The map now works offline too.',
    drawer: 'Filters and statistics',
    closeDrawer: 'Close filters',
    metric: 'The map shows',
    ranking: 'Show ranking',
    county: 'County',
    tagline: 'Integration work in northern Sweden',
  },
} as const;

const withLanguage = (query: string, language: Language) =>
  language === 'en' ? `${query}${query.includes('?') ? '&' : '?'}lang=en` : query;

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The rectangles of every visible element that `selector` finds. */
function boxesOf(page: Page, selector: string): Promise<(Box & { what: string })[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      })
      .map((e) => {
        const r = e.getBoundingClientRect();
        const what = `${e.tagName.toLowerCase()}.${e.className} ${e.textContent?.slice(0, 30)}`;
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what };
      });
  }, selector);
}

/** Waits until the map has stopped moving and its labels are placed. */
async function mapAtRest(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.getByTestId('map').evaluate((el) => {
        const map = (el as unknown as { __map: { isMoving(): boolean; loaded(): boolean } }).__map;
        return !map.isMoving() && map.loaded();
      }),
    )
    .toBe(true);
  // The labels' fade-in and the last settle of the camera after a cover's resize.
  await page.waitForTimeout(1_000);
}

/**
 * The municipality names MapLibre has placed, and those whose placed box lies (partly) in each
 * of the given screen rectangles, or within 2 px of the map's edges.
 */
async function labelsIn(
  page: Page,
  covers: (Box & { what: string })[],
): Promise<{ shown: string[]; touching: string[] }> {
  return page.getByTestId('map').evaluate(
    (el, covers) => {
      type Feature = { properties: Record<string, unknown> };
      const map = (
        el as unknown as {
          __map: {
            getCanvas(): HTMLCanvasElement;
            queryRenderedFeatures(
              geometry?: [[number, number], [number, number]] | { layers: string[] },
              options?: { layers: string[] },
            ): Feature[];
          };
        }
      ).__map;
      const layers = ['municipality-labels'];
      const origin = map.getCanvas().getBoundingClientRect();
      const names = (features: Feature[]) => features.map((f) => String(f.properties.name));
      const shown = names(map.queryRenderedFeatures({ layers }));
      const [w, h] = [origin.width, origin.height];
      const zones: [string, [[number, number], [number, number]]][] = [
        [
          'left edge',
          [
            [0, 0],
            [2, h],
          ],
        ],
        [
          'right edge',
          [
            [w - 2, 0],
            [w, h],
          ],
        ],
        [
          'top edge',
          [
            [0, 0],
            [w, 2],
          ],
        ],
        [
          'bottom edge',
          [
            [0, h - 2],
            [w, h],
          ],
        ],
        ...covers.map(
          (c) =>
            [
              c.what,
              [
                [c.left - origin.left, c.top - origin.top],
                [c.right - origin.left, c.bottom - origin.top],
              ],
            ] as [string, [[number, number], [number, number]]],
        ),
      ];
      const touching = zones.flatMap(([what, box]) =>
        names(map.queryRenderedFeatures(box, { layers })).map((n) => `${n} at ${what}`),
      );
      return { shown, touching };
    },
    covers.map((c) => ({ ...c })),
  );
}

test.describe('the "works offline" notice: once, small, over nothing', () => {
  test.use({ serviceWorkers: 'allow' });
  test.slow();
  for (const [screen, viewport] of SCREENS) {
    for (const language of LANGUAGES) {
      test(`${screen}, ${language}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ viewport, baseURL, serviceWorkers: 'allow' });
        const page = await context.newPage();
        await openApp(page, withLanguage('?m=2580', language));
        const notice = page.getByRole('status').filter({ hasText: WORDS[language].offline });
        await expect(notice).toBeVisible({ timeout: 30_000 });
        const [box] = await boxesOf(page, '.offline-notice');
        expect(box, 'the notice').toBeDefined();
        // Small: one line of small text.
        expect(box!.bottom - box!.top).toBeLessThanOrEqual(28);
        const others = await boxesOf(
          page,
          '.map-overlay, .map-title, .map-controls, .sheet, .panel, .sidebar, button:not(.offline-notice__close), input, select',
        );
        expect(others.length).toBeGreaterThan(3);
        for (const other of others) {
          expect(overlaps(box!, other), `the notice over ${other.what}`).toBe(false);
        }
        // A second visit (a new session of the same browser: its storage, no service worker
        // yet, so the offline copy is made again) does not say it again.
        const state = await context.storageState();
        await context.close();
        const again = await browser.newContext({
          viewport,
          baseURL,
          serviceWorkers: 'allow',
          storageState: state,
        });
        const second = await again.newPage();
        await openApp(second, withLanguage('?m=2580', language));
        await second.evaluate(async () => navigator.serviceWorker.ready);
        await second.waitForTimeout(1_500);
        await expect(second.getByText(WORDS[language].offline)).toHaveCount(0);
        await again.close();
      });
    }
  }
});

test.describe('the comparison table scrolls in its own box, its first column held', () => {
  for (const language of LANGUAGES) {
    test(`laptop with the panel, ${language}`, async ({ page }) => {
      await page.setViewportSize(LAPTOP);
      await openApp(page, withLanguage('?m=2482&cmp=2482,2480,2460,2481,2409,2421,2462', language));
      const table = page.getByTestId('comparison').getByRole('table').first();
      await expect(table).toBeVisible();
      const box = page.locator('.compare-scroll').first();
      // A named, focusable region.
      await expect(box).toHaveAttribute('role', 'region');
      await expect(box).toHaveAttribute('tabindex', '0');
      expect(await box.getAttribute('aria-label')).toBeTruthy();
      const pane = await page.getByTestId('comparison').boundingBox();
      const scroller = (await box.boundingBox())!;
      expect(scroller.x + scroller.width).toBeLessThanOrEqual(pane!.x + pane!.width + 1);
      const overflow = await box.evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(overflow, 'the table is wider than its box here').toBeGreaterThan(0);
      const corner = table.locator('thead th').first();
      const cornerBefore = (await corner.boundingBox())!.x;
      // The keyboard scrolls it.
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
      // To the end: the last municipality's header whole inside the box, the first column put.
      await box.evaluate((e) => (e.scrollLeft = e.scrollWidth));
      await page.waitForTimeout(200);
      const last = (await table.locator('thead th').last().boundingBox())!;
      const inside = (await box.boundingBox())!;
      expect(last.x).toBeGreaterThanOrEqual(inside.x - 1);
      expect(last.x + last.width).toBeLessThanOrEqual(inside.x + inside.width + 1);
      expect((await corner.boundingBox())!.x).toBeCloseTo(cornerBefore, 0);
    });
  }
});

test.describe('every municipality name whole in the first view', () => {
  for (const [screen, viewport] of SCREENS) {
    for (const language of LANGUAGES) {
      test(`${screen}, ${language}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await openApp(page, withLanguage('', language));
        await mapAtRest(page);
        const covers = await boxesOf(page, '.map-controls, .map-overlay--legend, .map-title');
        expect(covers.length).toBeGreaterThanOrEqual(3);
        const { shown, touching } = await labelsIn(page, covers);
        expect(shown).toEqual(expect.arrayContaining(['Haparanda', 'Övertorneå', 'Kiruna']));
        expect(touching).toEqual([]);
        if (screen === 'phone') {
          // The zoom buttons at the bottom right; a line says what the app is.
          const controls = (await page.locator('.map-controls').boundingBox())!;
          expect(controls.y + controls.height).toBeGreaterThan(viewport.height - 80);
          expect(controls.x + controls.width).toBeGreaterThan(viewport.width - 24);
          const tagline = page.locator('.header__tagline');
          await expect(tagline).toBeVisible();
          expect(await tagline.innerText()).toBe(WORDS[language].tagline);
          const lines = await tagline.evaluate((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          });
          expect(lines).toBe(1);
          // Whole, not cut by an ellipsis.
          expect(await tagline.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
        }
      });
    }
  }
});

test.describe('the embedded map keeps its names whole', () => {
  for (const language of LANGUAGES) {
    test(`390 wide, ${language}`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 520 });
      await openApp(page, withLanguage('?embed=1', language));
      await mapAtRest(page);
      const covers = await boxesOf(page, '.map-controls, .map-overlay--legend, .map-title');
      const { shown, touching } = await labelsIn(page, covers);
      expect(shown).toEqual(expect.arrayContaining(['Haparanda', 'Arvidsjaur']));
      expect(touching).toEqual([]);
      // The map's buttons, its title, legend and the link to the whole app: none over another.
      const overlays = await boxesOf(
        page,
        '.map-controls, .map-overlay--legend, .map-title, .embed-link',
      );
      expect(overlays.length).toBeGreaterThanOrEqual(4);
      for (const [i, a] of overlays.entries())
        for (const b of overlays.slice(i + 1))
          expect(overlaps(a, b), `${a.what} over ${b.what}`).toBe(false);
    });
  }
});

test.describe('"Regionen i siffror" without the project filters, in the sidebar\'s width', () => {
  for (const [screen, viewport] of SCREENS) {
    for (const language of LANGUAGES) {
      test(`${screen}, ${language}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(withLanguage('/?view=figures&m=2580', language));
        const main = page.locator('.list-area');
        await expect(main.getByRole('heading', { level: 2 }).first()).toBeVisible({
          timeout: 30_000,
        });
        await expect(page.locator('.chip--filter')).toHaveCount(0);
        await expect(page.getByRole('button', { name: WORDS[language].drawer })).toHaveCount(0);
        const width = (await main.boundingBox())!.width;
        // The laptop: all but the panel (26rem); the phone: the whole width.
        expect(width).toBeGreaterThanOrEqual(screen === 'laptop' ? 800 : 380);
      });
    }
  }
});

/** Opens the phone's drawer of filters and tools. */
async function openDrawer(page: Page, language: Language): Promise<Locator> {
  await page.getByRole('button', { name: WORDS[language].drawer }).click();
  const sidebar = page.locator('#sidebar');
  await expect(sidebar).toBeVisible();
  return sidebar;
}

/** The start view at a screen size with the sidebar in sight: on a phone, its drawer opened. */
async function openSidebar(
  page: Page,
  screen: string,
  viewport: { width: number; height: number },
  language: Language,
): Promise<void> {
  await page.setViewportSize(viewport);
  await openApp(page, withLanguage('', language));
  if (screen === 'phone') await openDrawer(page, language);
}

test.describe('the county choice is a segmented control', () => {
  for (const [screen, viewport] of SCREENS) {
    for (const language of LANGUAGES) {
      test(`${screen}, ${language}`, async ({ page }) => {
        await openSidebar(page, screen, viewport, language);
        const group = page.getByRole('group', { name: WORDS[language].county, exact: true });
        const radios = group.getByRole('radio');
        await expect(radios).toHaveCount(3);
        const options = group.locator('.segmented__option');
        for (let i = 0; i < 3; i++) {
          const option = options.nth(i);
          await option.scrollIntoViewIfNeeded();
          const { lines, height } = await option.evaluate((e) => ({
            lines: e.querySelector(':scope > span')!.getClientRects().length,
            height: e.getBoundingClientRect().height,
          }));
          expect(lines, `option ${i} on one line`).toBe(1);
          if (screen === 'phone') expect(height).toBeGreaterThanOrEqual(44);
        }
        // Whole, within the control, and the control within the drawer or sidebar.
        const groupBox = (await group.locator('.segmented').boundingBox())!;
        const side = (await page.locator('#sidebar').boundingBox())!;
        expect(groupBox.x + groupBox.width).toBeLessThanOrEqual(side.x + side.width);
        for (let i = 0; i < 3; i++) {
          const option = (await options.nth(i).boundingBox())!;
          expect(option.x + option.width, `option ${i} inside`).toBeLessThanOrEqual(
            groupBox.x + groupBox.width + 0.5,
          );
        }
        // Still radio buttons: a click chooses.
        await options.nth(1).click();
        await expect(radios.nth(1)).toBeChecked();
      });
    }
  }
});

test.describe("the phone's drawer: what the map shows first, then the filters", () => {
  for (const language of LANGUAGES) {
    test(`390, ${language}`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await openApp(page, withLanguage('', language));
      const drawer = await openDrawer(page, language);
      const metric = drawer.getByLabel(WORDS[language].metric);
      const chip = drawer.locator('.chip--filter').first();
      await expect(chip).toBeAttached();
      const metricTop = (await metric.boundingBox())!.y;
      const chipTop = await chip.evaluate((e) => e.getBoundingClientRect().top);
      expect(metricTop).toBeLessThan(chipTop);
      // The ranking, opened, stays open when the drawer is closed and opened again.
      await drawer.getByRole('button', { name: WORDS[language].ranking }).click();
      await expect(drawer.getByTestId('ranking-chart')).toBeVisible();
      await page.getByRole('button', { name: WORDS[language].closeDrawer }).click();
      await expect(drawer).toBeHidden();
      await openDrawer(page, language);
      await expect(drawer.getByTestId('ranking-chart')).toBeVisible();
    });
  }
});

test.describe('the metric select shows every option whole, on white', () => {
  for (const [screen, viewport] of SCREENS) {
    for (const language of LANGUAGES) {
      test(`${screen}, ${language}`, async ({ page }) => {
        await openSidebar(page, screen, viewport, language);
        const select = page.getByLabel(WORDS[language].metric);
        await expect(select).toBeVisible();
        const measured = await select.evaluate((e) => {
          const s = getComputedStyle(e);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
          // The content box less the drop-down arrow that Chromium draws inside it.
          const room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 24;
          const options = [...(e as HTMLSelectElement).options].map((o) => ({
            text: o.text,
            width: context.measureText(o.text).width,
          }));
          return { room, options, background: s.backgroundColor };
        });
        expect(measured.options.length).toBeGreaterThanOrEqual(4);
        for (const o of measured.options) {
          expect(o.width, `"${o.text}" fits in ${measured.room} px`).toBeLessThanOrEqual(
            measured.room,
          );
        }
        expect(measured.background).toBe('rgb(255, 255, 255)');
      });
    }
  }
});
