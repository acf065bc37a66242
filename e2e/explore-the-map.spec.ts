import { clickMapAt, expect, openApp, test } from './fixtures';

const LULEA_LABEL: [number, number] = [0, 0];

test('the map of the 29 municipalities loads and becomes ready', async ({
  page,
  consoleErrors,
}) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Integrationskartan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  const canvas = page.getByRole('img', { name: /Karta över kommunerna/ });
  await expect(canvas).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('clicking Luleå on the map shows its panel with its figures', async ({ page }) => {
  await openApp(page);
  const lulea = await page.evaluate(async () => {
    const fc = await (await fetch('/data/municipalities.geojson')).json();
    const f = fc.features.find(
      (x: { properties: { code: string } }) => x.properties.code === '2580',
    );
    return [f.properties.labelLon, f.properties.labelLat] as [number, number];
  });
  expect(lulea).not.toEqual(LULEA_LABEL);
  await clickMapAt(page, lulea);
  const panel = page.getByRole('complementary', { name: 'Luleå' });
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2580');
  await expect(panel.getByText('Norrbottens län')).toBeVisible();
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
  await panel.getByRole('button', { name: 'Piteå' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2581');
  await expect(page.getByRole('complementary', { name: 'Piteå' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByTestId('map')).not.toHaveAttribute('data-selected', /.*/);
});
