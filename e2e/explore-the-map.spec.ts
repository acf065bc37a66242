import { FOCUS_MUNICIPALITY_NAMES } from '../src/domain/focus-municipalities.fixture';
import { clickMapAt, expect, openApp, test } from './fixtures';

type MapHandle = {
  __map?: {
    queryRenderedFeatures: (options: {
      layers: string[];
    }) => { properties: { code: string; name: string } }[];
  };
};

test('the map of the 29 municipalities loads and becomes ready', async ({
  page,
  consoleErrors,
}) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Integrationskartan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  const canvas = page.getByRole('img', { name: /Karta över kommunerna/ });
  await expect(canvas).toBeVisible();
  // The map draws exactly the 29 municipalities of the two counties in their own layer (the
  // three bordering ones are context, drawn apart), each by its kommunkod and name.
  const drawn = await page.getByTestId('map').evaluate((el) => {
    const features = (el as unknown as MapHandle).__map!.queryRenderedFeatures({
      layers: ['municipality-fill'],
    });
    return Object.fromEntries(features.map((f) => [f.properties.code, f.properties.name]));
  });
  expect(drawn).toEqual(FOCUS_MUNICIPALITY_NAMES);
  await expect(page.locator('#map-summary')).toContainText('för 29 kommuner');
  expect(consoleErrors).toEqual([]);
});

test('clicking Luleå on the map shows its panel with its figures', async ({ page }) => {
  await openApp(page);
  const { lulea, bounds } = await page.evaluate(async () => {
    const fc = await (await fetch('/data/municipalities.geojson')).json();
    const f = fc.features.find(
      (x: { properties: { code: string } }) => x.properties.code === '2580',
    );
    const points = (f.geometry.coordinates as number[][][][]).flat(2);
    const xs = points.map((p) => p[0]!);
    const ys = points.map((p) => p[1]!);
    return {
      lulea: [f.properties.labelLon, f.properties.labelLat] as [number, number],
      bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    };
  });
  // The label point the data build chose lies within Luleå (on the coast of Norrbotten), so
  // that a click there is a click on Luleå.
  const [west, south, east, north] = bounds as [number, number, number, number];
  expect(lulea[0]).toBeGreaterThan(west);
  expect(lulea[0]).toBeLessThan(east);
  expect(lulea[1]).toBeGreaterThan(south);
  expect(lulea[1]).toBeLessThan(north);
  expect([west, south, east, north].map(Math.round)).toEqual([21, 65, 23, 66]);
  await clickMapAt(page, lulea);
  const panel = page.getByRole('complementary', { name: 'Luleå' });
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2580');
  await expect(panel.getByText('Län: Norrbottens län')).toBeVisible();
  await expect(panel.locator('.figures').first().getByText('76 770')).toBeVisible();
  await expect(panel.getByText('Källa: SCB, 2016-12-31').first()).toBeVisible();
});

test('picking Arjeplog in the municipality combobox selects it', async ({ page }) => {
  await openApp(page);
  const combobox = page.getByRole('combobox', { name: 'Kommun' });
  await combobox.fill('arjep');
  await page.getByRole('option', { name: 'Arjeplog' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2506');
  await expect(page.getByRole('complementary', { name: 'Arjeplog' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]m=2506/);
});

test('typing without accents and choosing with the keyboard selects Piteå', async ({ page }) => {
  await openApp(page);
  const combobox = page.getByRole('combobox', { name: 'Kommun' });
  await combobox.fill('pitea');
  await expect(page.getByRole('option', { name: 'Piteå' })).toBeVisible();
  await combobox.press('Enter');
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2581');
});

test('a neighbour button moves the selection, and Escape closes the panel', async ({ page }) => {
  await openApp(page, '?m=2582');
  const panel = page.getByRole('complementary', { name: 'Boden' });
  await expect(panel).toBeVisible();
  // The neighbours come first; Piteå is also among Boden's municipalities similar by size.
  await panel.getByRole('button', { name: 'Piteå' }).first().click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2581');
  await expect(page.getByRole('complementary', { name: 'Piteå' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByTestId('map')).not.toHaveAttribute('data-selected', /.*/);
});
