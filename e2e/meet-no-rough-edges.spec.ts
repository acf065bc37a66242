import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { GeneratedCatalogue, MunicipalityCollection } from '../src/data/schemas';
import { municipalitiesOf } from '../src/domain/catalogue/catalogue';
import { expect, openApp, test } from './fixtures';

/** The generated data the app loads (dist/data): what a screen must say is read from it. */
const catalogue = JSON.parse(
  readFileSync('dist/data/catalogue.json', 'utf8'),
) as GeneratedCatalogue;
const municipalities = (
  JSON.parse(readFileSync('dist/data/municipalities.geojson', 'utf8')) as MunicipalityCollection
).features.map((f) => f.properties);

const countOf = (code: string) =>
  catalogue.projects.filter((p) => municipalitiesOf(p).includes(code)).length;
/** A focus municipality of Norrbotten with exactly one project. */
const withOne = municipalities.find(
  (m) => m.focus && m.code.startsWith('25') && countOf(m.code) === 1,
)!;

const zoomOf = (page: Page) =>
  page
    .getByTestId('map')
    .evaluate((el) => (el as unknown as { __map: { getZoom(): number } }).__map.getZoom());

test.describe('counts are written by the plural rules', () => {
  test('"1 project" in English, in the panel and on the fact sheet', async ({ page }) => {
    expect(withOne, 'a municipality with one project').toBeDefined();
    await openApp(page, `?m=${withOne.code}&lang=en`);
    const figure = page
      .getByTestId('municipality-statistics')
      .locator('[data-metric="projects"] .figure__value');
    await expect(figure).toHaveText('1 project');
    await page.goto(`/?view=sheet&m=${withOne.code}&lang=en`);
    const sheet = page.locator('.sheet-figures, table').first();
    await expect(sheet).toContainText('1 project');
    await expect(page.locator('body')).not.toContainText('1 projects');
  });
});

test.describe('county names in the interface language', () => {
  test('English says "Norrbotten County" in panel, fact sheet and comparison', async ({ page }) => {
    await openApp(page, '?m=2580&lang=en');
    const panel = page.getByRole('complementary', { name: 'Luleå' });
    await expect(panel).toContainText('County: Norrbotten County');
    await expect(panel).not.toContainText('län');
    await openApp(page, '?m=2580&cmp=2580,2480&lang=en');
    const table = page.getByRole('table').first();
    await expect(table).toContainText('Norrbotten County');
    await expect(table).toContainText('Västerbotten County');
    await expect(table).not.toContainText('län');
    await page.goto('/?view=sheet&m=2580&lang=en');
    await expect(page.locator('body')).toContainText('Norrbotten County');
    await expect(page.locator('body')).not.toContainText('Norrbottens län');
    // Swedish keeps the Swedish name.
    await openApp(page, '?m=2580');
    await expect(page.getByRole('complementary', { name: 'Luleå' })).toContainText(
      'Län: Norrbottens län',
    );
  });
});

test.describe('search and theme agree', () => {
  for (const [lang, word, label] of [
    ['sv', 'språk', 'Språk'],
    ['en', 'language', 'Language'],
  ] as const) {
    test(`"${word}" finds every project of the theme ${label} (${lang})`, async ({ page }) => {
      const theme = catalogue.projects.filter((p) => p.themes.includes('language'));
      await openApp(page, `?q=${encodeURIComponent(word)}${lang === 'en' ? '&lang=en' : ''}`);
      const results = page.getByTestId('results');
      for (const p of theme)
        await expect(results.locator(`[data-project="${p.id}"]`)).toHaveCount(1);
    });
  }

  test('"pitea" says how region-wide practices count', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    await page.getByRole('searchbox', { name: 'Sök projekt' }).fill('pitea');
    await expect(page.getByTestId('results').getByRole('heading').first()).toContainText(
      /varav \d+ regional\w* arbetssätt, räkna\w* i alla sina kommuner/,
    );
  });
});

test.describe('the phone drawer', () => {
  for (const lang of ['sv', 'en'] as const) {
    test(`the filter button counts the filters that are on; the drawer closes to the map (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openApp(page, lang === 'en' ? '?lang=en' : '');
      const toggle = page.getByRole('button', {
        name: lang === 'sv' ? 'Filter och statistik' : 'Filters and statistics',
      });
      await expect(page.getByTestId('active-filters')).toHaveCount(0);
      await toggle.click();
      const show = page.locator('.sidebar__show');
      await expect(show).toHaveText(lang === 'sv' ? 'Visa kartan' : 'Show the map');
      await page
        .getByRole('button', { name: lang === 'sv' ? /^Transport \d+$/ : /^Transport \d+$/ })
        .click();
      await page
        .getByRole('button', { name: lang === 'sv' ? /^Idrott \d+$/ : /^Sport \d+$/ })
        .click();
      await expect(show).toHaveText(lang === 'sv' ? /^Visa \d+ träffar$/ : /^Show \d+ results$/);
      await show.click();
      await expect(page.getByTestId('active-filters')).toHaveText(
        lang === 'sv' ? '2 (2 aktiva)' : '2 (2 active)',
      );
    });
  }
});

test.describe('closing and going back', () => {
  test('Back to the start address shows the start view again; Escape empties the Kommun box', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page);
    const start = await zoomOf(page);
    const box = page.getByRole('combobox', { name: 'Kommun' });
    await box.fill('Luleå');
    await page.getByRole('option', { name: 'Luleå' }).click();
    await expect(page).toHaveURL(/m=2580/);
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(start + 0.5);
    await page.goBack();
    await expect(page).not.toHaveURL(/m=2580/);
    await expect.poll(() => zoomOf(page)).toBeCloseTo(start, 1);

    await box.fill('Kiruna');
    await page.getByRole('option', { name: 'Kiruna' }).click();
    await expect(page.getByRole('complementary', { name: 'Kiruna' })).toBeVisible();
    await expect(box).toHaveValue('Kiruna');
    await page.getByRole('complementary', { name: 'Kiruna' }).getByRole('heading').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(box).toHaveValue('');
  });
});

test.describe('the list view', () => {
  for (const lang of ['sv', 'en'] as const) {
    test(`a filtered list says so; cards use the phone's width; print comes after the themes (${lang})`, async ({
      page,
    }) => {
      const theme = catalogue.projects.filter((p) => p.themes.includes('language'));
      await page.setViewportSize({ width: 390, height: 844 });
      await openApp(page, `?view=list&theme=language${lang === 'en' ? '&lang=en' : ''}`);
      const title = page.locator('#project-list-title');
      await expect(title).toHaveText(
        lang === 'sv'
          ? `Projekt som matchar filtren (${theme.length} av ${catalogue.projects.length})`
          : `Projects matching the filters (${theme.length} of ${catalogue.projects.length})`,
      );
      const list = await page.getByTestId('project-cards').boundingBox();
      const card = await page.locator('.list-card').first().boundingBox();
      expect(card!.x - list!.x, 'cards are not indented').toBeLessThan(2);
      expect(card!.width).toBeGreaterThan(340);
      // In each card with a print button, it comes after the theme tags.
      const orders = await page.locator('.list-card').evaluateAll((cards) =>
        cards.map((c) => {
          const tags = c.querySelector('.tag-list');
          const print = [...c.querySelectorAll('button')].find((b) =>
            /kommunblad|fact sheet/i.test(b.textContent ?? ''),
          );
          if (!tags || !print) return true;
          return Boolean(tags.compareDocumentPosition(print) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      );
      expect(orders.every(Boolean)).toBe(true);
      await openApp(page, `?view=list${lang === 'en' ? '&lang=en' : ''}`);
      await expect(title).toHaveText(
        lang === 'sv'
          ? `Alla projekt (${catalogue.projects.length} projekt)`
          : `All projects (${catalogue.projects.length} projects)`,
      );
    });
  }
});
