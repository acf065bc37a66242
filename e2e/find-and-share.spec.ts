import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeneratedCatalogue, MunicipalityCollection } from '../src/data/schemas';
import { municipalitiesOf } from '../src/domain/catalogue/catalogue';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';

/** The generated data the app loads (dist/data): what a filter must give is read from it. */
const catalogue = JSON.parse(
  readFileSync('dist/data/catalogue.json', 'utf8'),
) as GeneratedCatalogue;
const names = new Map(
  (
    JSON.parse(readFileSync('dist/data/municipalities.geojson', 'utf8')) as MunicipalityCollection
  ).features.map((f) => [f.properties.code, f.properties.name]),
);

test('choosing the theme transport leaves exactly its projects’ municipalities undimmed (Piteå, Pajala and Norsjö in the report)', async ({
  page,
}) => {
  const transport = catalogue.projects.filter((p) => p.themes.includes('transport'));
  const codes = [...new Set(transport.flatMap(municipalitiesOf))].sort();
  const leads = [...new Set(transport.map((p) => p.lead))];
  // The report's records, whatever else the catalogue holds by now.
  expect(codes).toEqual(expect.arrayContaining(['2417', '2521', '2581']));

  await openApp(page);
  await page.getByRole('button', { name: /^Transport \d+$/ }).click();
  await expect(page).toHaveURL(/[?&]theme=transport/);
  await expect(page.getByTestId('map')).toHaveAttribute('data-undimmed', codes.join(','));
  const results = page.getByTestId('results');
  for (const lead of leads) {
    const name = lead ? names.get(lead)! : 'Regionala arbetssätt';
    await expect(results.getByRole('region', { name })).toBeVisible();
  }
  await expect(results.locator('[data-project]')).toHaveCount(transport.length);
  await expect(
    page.getByRole('status').filter({ hasText: `${transport.length} projekt matchar` }),
  ).toBeAttached();
});

test('typing "alvsbyn" finds the project of Älvsbyn, with the match highlighted', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Sök projekt' }).fill('alvsbyn');
  const results = page.getByTestId('results');
  await expect(results.getByRole('region', { name: 'Älvsbyn' })).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=alvsbyn/);
});

test('a filtered, selected view reloaded from its URL is identical', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Idrott \d+$/ }).click();
  await page.getByRole('combobox', { name: 'Kommun' }).fill('Vilhelmina');
  await page.getByRole('option', { name: 'Vilhelmina' }).click();
  await page
    .getByRole('complementary', { name: 'Vilhelmina' })
    .getByRole('button', { name: /Idrott för alla/ })
    .click();
  await expect(page.getByTestId('project-detail')).toBeVisible();
  const url = page.url();
  const undimmed = await page.getByTestId('map').getAttribute('data-undimmed');
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
  expect(page.url()).toBe(url);
  await expect(page.getByRole('complementary', { name: /Idrott för alla/ })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2462');
  await expect(page.getByTestId('map')).toHaveAttribute('data-undimmed', undimmed!);
  await expect(page.getByRole('button', { name: /^Idrott \d+$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('Back returns to the previous filter, Forward to the next', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^Transport \d+$/ }).click();
  await expect(page).toHaveURL(/theme=transport$/);
  await page.getByRole('button', { name: /^Idrott \d+$/ }).click();
  await expect(page).toHaveURL(/theme=transport%2Csport|theme=transport,sport/);
  await page.goBack();
  await expect(page).toHaveURL(/theme=transport$/);
  await expect(page.getByRole('button', { name: /^Idrott \d+$/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByTestId('map')).toHaveAttribute('data-undimmed', '2417,2521,2581');
  await page.goForward();
  await expect(page.getByRole('button', { name: /^Idrott \d+$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await openApp(page, '?v=1&theme=transport&q=brottning');
  const results = page.getByTestId('results');
  await expect(results.getByText('Inga projekt matchar filtren.')).toBeVisible();
  await results.getByRole('button', { name: 'Rensa alla filter' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the share button copies the link of this view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?v=1&m=2581&theme=transport');
  await page.getByRole('button', { name: 'Dela länk' }).click();
  await expect(page.getByText('Länken är kopierad')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('an embed URL shows only the map and its legend, with a link to the full view', async ({
  page,
}) => {
  await openApp(page, '?v=1&embed=1&theme=sport');
  // The map is small in an embed: the legend starts folded, one click away.
  const legendToggle = page.getByRole('button', { name: 'Teckenförklaring' });
  await expect(legendToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('legend')).toBeHidden();
  await legendToggle.click();
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'Öppna i Integrationskartan' });
  await expect(link).toHaveAttribute('href', /theme=sport/);
  await expect(link).not.toHaveAttribute('href', /embed/);
});

for (const [lang, words] of [
  [
    'sv',
    {
      open: 'Bädda in karta',
      dialog: 'Bädda in kartan',
      size: '800 × 600',
      code: 'Kod att klistra in',
      copy: 'Kopiera koden',
      copied: 'Koden är kopierad',
      title: 'Antal projekt · Transport · sökning ”"><b>&”',
    },
  ],
  [
    'en',
    {
      open: 'Embed map',
      dialog: 'Embed the map',
      size: '800 × 600',
      code: 'Code to paste',
      copy: 'Copy the code',
      copied: 'Code copied',
      title: 'Number of projects · Transport · search “"><b>&”',
    },
  ],
] as const) {
  test(`the embed builder gives iframe code that shows the map on another site (${lang})`, async ({
    page,
    context,
  }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // A search with quotes and markup: it must stay text in the code's title.
    await openApp(page, `?v=1&lang=${lang}&theme=transport&q=${encodeURIComponent('"><b>&')}`);
    await expect(page.getByTestId('map-title')).toHaveText(words.title);
    await page.getByRole('button', { name: words.open }).click();
    const dialog = page.getByRole('dialog', { name: words.dialog });
    await expect(dialog).toBeVisible();
    await dialog.getByText(words.size).click();
    // The live preview is the embed itself, at the chosen size.
    const preview = dialog.getByTestId('embed-preview');
    await expect(preview).toHaveAttribute('width', '800');
    await expect(
      page.frameLocator('[data-testid=embed-preview]').getByTestId('map-title'),
    ).toHaveText(words.title, { timeout: 30_000 });
    await expectNoAxeViolations(page, `the embed dialog (${lang})`);
    const code = await dialog.getByRole('textbox', { name: words.code }).inputValue();
    await dialog.getByRole('button', { name: words.copy }).click();
    await expect(dialog.getByRole('status')).toHaveText(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(code).toMatch(/^<iframe [^<]*><\/iframe>$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: words.open })).toBeFocused();

    // The copied code in a page of another origin (another port), as a municipality's site.
    const html = `<!doctype html><html lang="sv"><title>Kommunens sida</title><main>${code}</main>`;
    const site = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
    );
    // A free port of its own: the sv and en runs of this scenario run side by side.
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const { port } = site.address() as AddressInfo;
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const frameElement = page.locator('iframe');
      await expect(frameElement).toHaveAttribute('title', `Integrationskartan: ${words.title}`);
      await expect(frameElement).toHaveAttribute('width', '800');
      const frame = page.frameLocator('iframe');
      await expect(frame.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
        timeout: 30_000,
      });
      await expect(frame.getByTestId('map-title')).toHaveText(words.title);
      // The legend can be opened inside the frame.
      await frame.locator('.legend-toggle').click();
      await expect(frame.getByTestId('legend')).toBeVisible();
    } finally {
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  });
}

test('a URL with garbage parameters loads the normal view', async ({ page, consoleErrors }) => {
  await openApp(
    page,
    '?v=99&m=abc&theme=%3Cscript%3E&county=77&view=sideways&zzz=1&q=' + 'x'.repeat(5000),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Integrationskartan' })).toBeVisible();
  await expect(
    page.getByRole('complementary', { name: /.+/ }).filter({ has: page.locator('#panel-title') }),
  ).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('a shared English link is English from the first paint, and Back returns to Swedish', async ({
  page,
}) => {
  // Everything the page ever shows, recorded from before the app runs: no Swedish for a moment
  // while the English messages (loaded on demand) arrive.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenTexts: string[] }).seenTexts = seen;
    new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await openApp(page, '?v=1&m=2584&lang=en');
  const panel = page.getByRole('complementary', { name: 'Kiruna' });
  await expect(panel.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts);
  expect(seen.length).toBeGreaterThan(0);
  for (const swedish of ['In English', 'Nyckeltal'])
    expect(
      seen.filter((text) => text.includes(swedish)),
      swedish,
    ).toEqual([]);

  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(panel.getByRole('heading', { name: 'Nyckeltal' })).toBeVisible();
  await expect(page).not.toHaveURL(/lang=en/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(panel.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
