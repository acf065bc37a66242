import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openLegend, test } from './fixtures';
import { importScbSeries, SCB_SERIES as METRIC } from './import';

const legendTitle = (page: Page) => page.getByTestId('legend').getByRole('heading');
const yearParam = (page: Page) => new URL(page.url()).searchParams.get('year');

test("the map's title names a measure's year and the filters, in both languages", async ({
  page,
}) => {
  test.slow();
  await importScbSeries(page);
  const mapTitle = page.getByTestId('map-title');
  await expect(mapTitle).toHaveText('Folkmängd 2020');
  await page.goto(`/?v=1&metric=${METRIC}&year=2018&theme=transport,sport`);
  await expect(mapTitle).toHaveText('Folkmängd 2018 · Transport, Idrott');
  await page.goto(`/?v=1&lang=en&metric=${METRIC}&year=2017&theme=transport&county=24`);
  await expect(mapTitle).toHaveText('Folkmängd 2017 · Transport, Västerbotten');
});

test('a measure of five years moves through its years by keyboard and by clicks, and Back walks them', async ({
  page,
  consoleErrors,
}) => {
  test.slow();
  await importScbSeries(page);
  const control = page.getByRole('group', { name: 'År på kartan' });
  await expect(control).toBeVisible();
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2020/);
  expect(yearParam(page)).toBeNull();
  // Every year of the record is kept, with its references.
  const stored = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key)!),
    `integrationskartan.metric:${METRIC}`,
  );
  expect(stored).toMatchObject({ version: 2, years: [2016, 2017, 2018, 2019, 2020] });
  expect(Object.keys(stored.references).sort()).toEqual(['00', '24', '25']);

  const slider = control.getByRole('slider', { name: 'År' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2019/);
  expect(yearParam(page)).toBe('2019');
  // The map's title names the year shown.
  await expect(page.getByTestId('map-title')).toHaveText('Folkmängd 2019');
  await expect(slider).toHaveAttribute('aria-valuetext', '2019');
  await expect(control.getByRole('status')).toHaveText('Kartan visar Folkmängd 2019');
  await page.keyboard.press('Home');
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2016/);
  await control.getByRole('button', { name: 'Nästa år' }).click();
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2017/);
  await expect(page).toHaveURL(/year=2017/);
  await expect(page.getByTestId('legend')).toContainText('Källa: SCB, 2017');

  await page.goBack();
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2016/);
  await expect(slider).toHaveAttribute('aria-valuetext', '2016');
  await page.goForward();
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2017/);

  // Play runs to the last year and stops there.
  await control.getByRole('button', { name: 'Spela upp åren' }).click();
  await expect(control.getByRole('button', { name: 'Pausa' })).toBeVisible();
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2020/, { timeout: 15_000 });
  await expect(control.getByRole('button', { name: 'Spela upp åren' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a shared year shows Luleå in that year, one colour scale for all years, and the change from 2016 absolute and in per cent', async ({
  page,
}) => {
  test.slow();
  await importScbSeries(page);
  await page.goto(`/?metric=${METRIC}&m=2580&year=2018`);
  // The panel narrows the map: the legend starts folded.
  await openLegend(page);
  const legend = page.getByTestId('legend');
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2018/);
  await expect(legend).toContainText(/Luleå: 77\s832/);
  const classes2018 = await legend.locator('.legend__label').allTextContents();
  await page
    .getByRole('group', { name: 'År på kartan' })
    .getByRole('button', { name: 'Föregående år' })
    .click();
  await expect(legend).toContainText(/Luleå: 77\s470/);
  // One classification across the years: the same classes in 2017 as in 2018.
  expect(await legend.locator('.legend__label').allTextContents()).toEqual(classes2018);

  // The panel's figure and the ranking read the year the map shows.
  const figure = page
    .getByRole('complementary', { name: 'Luleå' })
    .getByTestId('municipality-statistics')
    .locator(`.figure[data-metric="${METRIC}"]`);
  await expect(figure).toContainText('Folkmängd 2017');
  await expect(figure).toContainText(/77\s470/);
  await page.getByRole('button', { name: 'Visa rangordning' }).click();
  const ranking = page.getByTestId('ranking-chart');
  await expect(ranking.locator('figcaption')).toHaveText(/^Rangordning: Folkmängd 2017/);

  const control = page.getByRole('group', { name: 'År på kartan' });
  await control.getByRole('checkbox', { name: 'Förändring sedan' }).check();
  await expect(page).toHaveURL(/change=2016-abs/);
  await expect(legendTitle(page)).toHaveText(/^Folkmängd, förändring 2016–2017/);
  await expect(legend).toContainText(/Luleå: 700/);
  await expect(figure).toContainText(/Folkmängd, förändring 2016–2017[\s\S]*700/);
  await expect(ranking.locator('figcaption')).toContainText('förändring 2016–2017');
  await control.getByRole('combobox', { name: 'Förändring som' }).selectOption('percent');
  await expect(page).toHaveURL(/change=2016-pct/);
  await expect(legendTitle(page)).toContainText('(%)');
  await expect(legend).toContainText(/Luleå: 0,9/);
  await expect(control.getByRole('status')).toContainText('förändringen av Folkmängd 2016–2017');
  await expectNoAxeViolations(page, 'the year control in change mode');
});

test('a fall is drawn below zero, and an unknown year opens the nearest with a warning', async ({
  page,
}) => {
  test.slow();
  await importScbSeries(page);
  // Arjeplog: 2 876 in 2016, 2 796 in 2020.
  await page.goto(`/?metric=${METRIC}&m=2506&year=2020&change=2016-abs`);
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText(/Arjeplog: −80/);
  const selected = legend.locator('.legend__class--selected .legend__label');
  await expect(selected).toHaveText(/^−/);

  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`/?metric=${METRIC}&year=2031`);
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2020/);
  await expect(page).toHaveURL(/year=2020/);
  expect(warnings.join('\n')).toContain('dropped unknown year "2031"');
  await page.goto(`/?metric=${METRIC}&year=20x6`);
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2020/);
  expect(warnings.join('\n')).toContain('ignored year "20x6"');
  expect(yearParam(page)).toBeNull();
});

test('in English the year control and the legend name the year, and axe finds nothing', async ({
  page,
}) => {
  test.slow();
  await importScbSeries(page);
  await page.goto(`/?lang=en&metric=${METRIC}&year=2019&m=2584`);
  // The panel narrows the map: the legend starts folded.
  await openLegend(page);
  const control = page.getByRole('group', { name: 'Year on the map' });
  await expect(control.getByRole('slider', { name: 'Year' })).toHaveAttribute(
    'aria-valuetext',
    '2019',
  );
  await expect(legendTitle(page)).toHaveText(/^Folkmängd 2019/);
  // Kiruna has no figure for 2019 in SCB's table: no data, never zero.
  await expect(page.getByTestId('legend')).toContainText(/Kiruna/);
  await control.getByRole('button', { name: 'Next year' }).click();
  await expect(control.getByRole('status')).toHaveText('The map shows Folkmängd 2020');
  await expectNoAxeViolations(page, 'the year control in English');
});

test("Luleå's panel shows the measure's trend beside Norrbotten and Sweden, with the latest value and year", async ({
  page,
}) => {
  test.slow();
  await importScbSeries(page);
  await page.goto(`/?metric=${METRIC}&m=2580`);
  const panel = page.getByRole('complementary', { name: 'Luleå' });
  const trend = panel.getByTestId('trend-chart');
  await expect(trend.getByRole('img')).toHaveAccessibleName(
    'Folkmängd 2016–2020: Luleå, Norrbottens län, Riket',
  );
  await expect(trend).toContainText(/Luleå: 78\s549 \(2020\)/);
  await expect(trend).toContainText(/Norrbottens län: 249\s677 \(2020\)/);
  await expect(trend).toContainText(/Riket: 10\s379\s295 \(2020\)/);
  // Sweden is a hundred times Luleå: drawn as an index of 2016.
  await expect(trend).toContainText('Index, 2016 = 100');
  await expectNoAxeViolations(page, 'the panel with a trend');
  await page.goto(`/?lang=en&metric=${METRIC}&m=2580`);
  await expect(
    page.getByRole('complementary', { name: 'Luleå' }).getByTestId('trend-chart'),
  ).toContainText(/Norrbotten County: 249,677 \(2020\)|Norrbotten County: 249\s677 \(2020\)/);
});

const LAYOUTS = [
  { language: 'sv', width: 390, height: 844 },
  { language: 'en', width: 390, height: 844 },
  { language: 'sv', width: 1280, height: 720 },
  { language: 'en', width: 1280, height: 720 },
] as const;

const WORDS = {
  sv: {
    control: 'År på kartan',
    year: 'År',
    trend: 'Utveckling Folkmängd',
    noData: 'uppgift saknas',
  },
  en: { control: 'Year on the map', year: 'Year', trend: 'Trend of Folkmängd', noData: 'no data' },
} as const;

for (const { language, width, height } of LAYOUTS) {
  test.describe(`${language} at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the year by keyboard moves the map, the address and the panel; the comparison has a trend per municipality', async ({
      page,
    }) => {
      test.slow();
      // The import's button is in the filter drawer on a phone: the file is dropped at the
      // desktop size (bring-figures-from-kolada-and-scb.spec.ts imports on the phone itself).
      await page.setViewportSize({ width: 1280, height: 720 });
      await importScbSeries(page);
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${language}&metric=${METRIC}&m=2580&year=2018`);
      // The legend is folded on a phone: the map's title names the year.
      await expect(page.getByTestId('map-title')).toHaveText(/^Folkmängd 2018/);
      const figure = page
        .getByTestId('municipality-statistics')
        .locator(`.figure[data-metric="${METRIC}"]`);
      await expect(figure).toContainText(/77[\s,]832/);
      const slider = page
        .getByRole('group', { name: WORDS[language].control })
        .getByRole('slider', { name: WORDS[language].year, exact: true });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/year=2019/);
      await expect(page.getByTestId('map-title')).toHaveText(/^Folkmängd 2019/);
      await expect(figure).toContainText(/78[\s,]105/);
      // The built-in population (2016-12-31) beside Norrbotten and Sweden (sums of SCB's table).
      await expect(
        page.getByTestId('municipality-statistics').locator('[data-metric="population"]'),
      ).toContainText(
        /(Norrbottens län|Norrbotten County): 250[\s,]570 · (Riket|Sweden): 9[\s,]995[\s,]153/,
      );

      await page.goto(`/?lang=${language}&metric=${METRIC}&cmp=2580,2584,2506,2583`);
      const row = page.locator(`[data-row="trend:${METRIC}"]`);
      await expect(row.first()).toBeVisible({ timeout: 30_000 });
      await expect(row.first()).toContainText(WORDS[language].trend);
      const comparison = page.getByTestId('comparison');
      // Kiruna lacks 2019, Arjeplog 2018: their lines span the years they have.
      await expect(comparison).toContainText(/2016: 76[\s,]770 · 2020: 78[\s,]549/);
      await expect(comparison).toContainText(/2016: 23[\s,]167 · 2020: 22[\s,]841/);
      await expect(comparison).toContainText(/2016: 2[\s,]876 · 2020: 2[\s,]796/);
      // Haparanda is not in the file: no data, no line.
      await expect(comparison.getByTestId('sparkline')).toHaveCount(3);
      await expect(row.last()).toContainText(WORDS[language].noData);
      await expectNoAxeViolations(page, `the comparison with a trend (${language}, ${width})`);
    });
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first visit, a shared year of the measure and its trend open without a network', async ({
    page,
    context,
  }) => {
    test.slow();
    await importScbSeries(page);
    // The service worker has precached the app, the year control and the trend chart among it.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
        timeout: 60_000,
      })
      .toBe('activated');
    await context.setOffline(true);
    const response = await page.goto(`/?metric=${METRIC}&year=2017&m=2580`);
    expect(response?.fromServiceWorker()).toBe(true);
    await openLegend(page);
    await expect(legendTitle(page)).toHaveText(/^Folkmängd 2017/);
    await expect(page.getByRole('group', { name: 'År på kartan' })).toBeVisible();
    await expect(
      page
        .getByRole('complementary', { name: 'Luleå' })
        .getByTestId('trend-chart')
        .getByRole('img'),
    ).toBeVisible();
  });
});
