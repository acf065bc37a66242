import type { Page } from '@playwright/test';
import { FOCUS_MUNICIPALITY_NAMES } from '../src/domain/focus-municipalities.fixture';
import { expect, openApp, test } from './fixtures';

type Point = { x: number; y: number };
type MapHandle = {
  __map?: {
    queryRenderedFeatures: (
      geometry?: [[number, number], [number, number]] | { layers: string[] },
      options?: { layers: string[] },
    ) => { properties: { code: string; name: string } }[];
    project: (lngLat: [number, number]) => Point;
    getPaintProperty: (layer: string, name: string) => unknown;
    getLayoutProperty: (layer: string, name: string) => unknown;
  };
};

/** The county labels on screen (their county codes) and what they say, as the map holds them. */
async function countyLabels(page: Page): Promise<{ codes: string[]; text: string }> {
  return page.getByTestId('map').evaluate((el) => {
    const map = (el as unknown as MapHandle).__map!;
    const features = map.queryRenderedFeatures({ layers: ['county-labels'] });
    return {
      codes: [...new Set(features.map((f) => f.properties.code))].sort(),
      text: JSON.stringify(map.getLayoutProperty('county-labels', 'text-field')),
    };
  });
}

async function outlineOpacity(page: Page): Promise<unknown> {
  return page
    .getByTestId('map')
    .evaluate((el) =>
      (el as unknown as MapHandle).__map!.getPaintProperty('municipality-outline', 'line-opacity'),
    );
}

/** The names the map has placed on screen in its label layer (what collision detection kept). */
async function placedLabels(page: Page): Promise<string[]> {
  return page.getByTestId('map').evaluate((el) => {
    const map = (el as unknown as MapHandle).__map!;
    const features = map.queryRenderedFeatures({ layers: ['municipality-labels'] });
    return [...new Set(features.map((f) => f.properties.name))].sort();
  });
}

/**
 * A municipality's label point on screen once the camera has settled: a change of metric changes
 * the title and the legend, the covers the start view is framed around, and the camera refits to
 * them a frame or two later (a point read before that lands on a neighbour).
 */
async function settledLabelPoint(page: Page, code: string): Promise<Point> {
  let last: Point | null = null;
  let point: Point | null = null;
  await expect
    .poll(
      async () => {
        last = point;
        point = await labelPointOnScreen(page, code);
        const moving = await page
          .getByTestId('map')
          .evaluate((el) =>
            (el as unknown as { __map: { isMoving: () => boolean } }).__map.isMoving(),
          );
        return !moving && last !== null && JSON.stringify(last) === JSON.stringify(point);
      },
      { intervals: [250] },
    )
    .toBe(true);
  return point!;
}

/** A municipality's label point (the data build's pole of inaccessibility) on screen. */
async function labelPointOnScreen(page: Page, code: string): Promise<Point> {
  const lngLat = await page.evaluate(async (code) => {
    const fc = await (await fetch('/data/municipalities.geojson')).json();
    const f = fc.features.find((x: { properties: { code: string } }) => x.properties.code === code);
    return [f.properties.labelLon, f.properties.labelLat] as [number, number];
  }, code);
  return page.getByTestId('map').evaluate((el, lngLat) => {
    const p = (el as unknown as MapHandle).__map!.project(lngLat);
    const rect = el.querySelector('canvas')!.getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

// Each scenario opens the map, waits for its labels and moves the pointer: give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

const FOCUS_NAMES = Object.values(FOCUS_MUNICIPALITY_NAMES).sort();

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`every one of the 29 municipalities is named at the start view at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await expect.poll(async () => placedLabels(page)).toEqual(expect.arrayContaining(FOCUS_NAMES));
    const placed = await placedLabels(page);
    for (const name of FOCUS_NAMES) expect(placed, name).toContain(name);

    // Övertorneå reads eastward from its point, off Överkalix to the west: no part of its label
    // lies in the strip just west of its point.
    const overtornea = await labelPointOnScreen(page, '2518');
    const westOfIt = await page.getByTestId('map').evaluate((el, p) => {
      const map = (el as unknown as MapHandle).__map!;
      const rect = el.querySelector('canvas')!.getBoundingClientRect();
      const x = p.x - rect.left;
      const y = p.y - rect.top;
      return map
        .queryRenderedFeatures(
          [
            [x - 40, y - 2],
            [x - 4, y + 2],
          ],
          { layers: ['municipality-labels'] },
        )
        .map((f) => f.properties.name);
    }, overtornea);
    expect(westOfIt).not.toContain('Övertorneå');
  });
}

test('pointing at a municipality shows its name and the value of the metric, with the unit', async ({
  page,
}) => {
  await openApp(page, '?metric=population');
  const umea = await settledLabelPoint(page, '2480');
  await page.mouse.move(umea.x, umea.y);
  const tip = page.locator('.map-tooltip');
  await expect(tip).toContainText('Umeå');
  await expect(tip.locator('.map-tooltip__value')).toHaveText(/^122\s892 invånare$/);

  // A count of zero is a value, written as one; the county-level arrivals say whose figure it is.
  await page.getByRole('combobox', { name: 'Kartan visar' }).selectOption('projects');
  const bjurholm = await settledLabelPoint(page, '2403');
  await page.mouse.move(bjurholm.x, bjurholm.y);
  await expect(tip).toContainText('Bjurholm');
  await expect(tip.locator('.map-tooltip__value')).toHaveText(/^\d+ projekt$/);
  await expect(tip.locator('.no-data')).toHaveCount(0);
});

test('keyboard focus on the map shows the selected municipality with its value', async ({
  page,
}) => {
  await openApp(page, '?lang=en&m=2580');
  await page.getByRole('img', { name: /Map of the municipalities/ }).focus();
  const tip = page.locator('.map-tooltip');
  await expect(tip).toContainText('Luleå');
  await expect(tip.locator('.map-tooltip__value')).toHaveText(/^\d+ projects$/);
});

test('the arrivals of 2016 are read per county: two counties in the legend and the ranking', async ({
  page,
}) => {
  await openApp(page, '?metric=arrivals&m=2584');
  const legend = page.getByTestId('legend');
  const classes = legend.locator('.legend__class');
  await expect(classes).toHaveCount(2);
  await expect(classes.nth(0)).toContainText(/Västerbotten: 1\s068 personer \(4,02 per 1\s000/);
  await expect(classes.nth(1)).toContainText(/Norrbotten: 1\s124 personer \(4,49 per 1\s000/);
  await expect(legend.getByText('uppgift saknas')).toHaveCount(0);

  await page.getByRole('button', { name: 'Visa rangordning' }).click();
  const chart = page.getByTestId('ranking-chart');
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.getByText('Norrbotten', { exact: true })).toBeVisible();
  await expect(chart.getByText('Västerbotten', { exact: true })).toBeVisible();
  await expect(chart.getByText('uppgift saknas')).toHaveCount(0);
  await expect(chart.locator('rect[fill]')).toHaveCount(2);
  // Kiruna is selected: its county's bar stands out.
  await expect(chart.locator('rect[fill="#b3471d"]')).toHaveCount(1);

  const kiruna = await labelPointOnScreen(page, '2584');
  await page.mouse.move(kiruna.x, kiruna.y);
  await expect(page.locator('.map-tooltip__value')).toHaveText(
    // The metric's one precision (two decimals), as the legend and the county label write it.
    /^4,49 per 1\s000\sinv\. \(Norrbotten\)$/,
  );
});

test('the arrivals are drawn as two counties, each labelled with its figure, the municipality outlines faint', async ({
  page,
}) => {
  await openApp(page, '?metric=arrivals');
  await expect.poll(async () => (await countyLabels(page)).codes).toEqual(['24', '25']);
  const { text } = await countyLabels(page);
  expect(text).toMatch(/"Norrbotten",\{\},"\\n",\{\},"4,49 per 1\s000\sinv\."/);
  expect(text).toMatch(/"Västerbotten",\{\},"\\n",\{\},"4,02 per 1\s000\sinv\."/);
  expect(await outlineOpacity(page)).toBeLessThan(0.5);
  // The municipality names make way but stay: most of the 29 are still named.
  expect((await placedLabels(page)).length).toBeGreaterThan(20);

  // A figure per municipality: the outlines come back and the county labels go.
  await page.getByRole('combobox', { name: 'Kartan visar' }).selectOption('population');
  await expect.poll(async () => outlineOpacity(page)).toBe(1);
  await expect.poll(async () => (await countyLabels(page)).codes).toEqual([]);

  await openApp(page, '?lang=en&metric=arrivals');
  await expect.poll(async () => (await countyLabels(page)).codes).toEqual(['24', '25']);
  expect((await countyLabels(page)).text).toMatch(
    /"Norrbotten",\{\},"\\n",\{\},"4\.49 per 1,000\sinh\."/,
  );
});

test('the legend names the cooperation links when they are shown', async ({ page }) => {
  await openApp(page);
  const legend = page.getByTestId('legend');
  await expect(legend.getByTestId('legend-links')).toHaveCount(0);
  await expect(legend.getByRole('heading', { name: 'Antal projekt' })).toHaveText('Antal projekt');
  await page.getByRole('checkbox', { name: 'Visa samarbeten mellan kommuner' }).check();
  await expect(legend.getByTestId('legend-links')).toHaveText(
    'Samarbete mellan kommuner (gemensamt projekt)',
  );
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [width, height] of [
  [390, 844],
  [1280, 720],
] as const) {
  for (const [lang, title] of [
    ['sv', 'Folkmängd · Transport, Idrott, Norrbotten'],
    ['en', 'Population · Transport, Sport, Norrbotten'],
  ] as const) {
    test(`the map's title says what it shows and the filters, whole and clear of the legend, buttons and panel (${lang}, ${width}x${height})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await openApp(
        page,
        `?v=1&lang=${lang}&metric=population&theme=transport,sport&county=25&m=2580`,
      );
      const mapTitle = page.getByTestId('map-title');
      await expect(mapTitle).toHaveText(title);
      // Whole: not cut at the right, inside the map.
      expect(await mapTitle.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      const area = (await page.locator('.map-area').boundingBox())!;
      const titleBox = (await mapTitle.boundingBox())!;
      expect(titleBox.x).toBeGreaterThanOrEqual(area.x);
      expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(area.x + area.width);
      expect(titleBox.y).toBeGreaterThanOrEqual(area.y);
      const clear = async (what: string, selector: string) => {
        for (const box of await page
          .locator(selector)
          .evaluateAll((els) =>
            els
              .filter((e) => getComputedStyle(e).visibility !== 'hidden')
              .map((e) => e.getBoundingClientRect().toJSON() as Box),
          ))
          expect(overlaps(titleBox, box), `title over ${what}`).toBe(false);
      };
      // Folded (the phone's start) and open, the legend stays clear of the title.
      const toggle = page.getByRole('button', {
        name: lang === 'sv' ? 'Teckenförklaring' : 'Legend',
      });
      for (let i = 0; i < 2; i++) {
        await clear('legend', '.map-overlay--legend');
        await toggle.click();
      }
      await clear('zoom buttons', '.map-controls');
      await clear('panel or sheet', '.sheet, .panel');
    });
  }
}

test('an embedded map shows its title with the filters and search that narrow it', async ({
  page,
}) => {
  await openApp(page, '?embed=1&theme=transport');
  await expect(page.getByTestId('map-title')).toHaveText('Antal projekt · Transport');
  await openApp(page, '?embed=1&lang=en&theme=transport,sport&q=buss');
  await expect(page.getByTestId('map-title')).toHaveText(
    'Number of projects · Transport, Sport · search “buss”',
  );
});
