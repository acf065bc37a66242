import { countyNameIn } from '../src/domain/counties';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { projectsOfMunicipality } from '../src/domain/catalogue/catalogue';
import type { GeneratedCatalogue, MunicipalityCollection } from '../src/data/schemas';
import { FOCUS_MUNICIPALITY_NAMES } from '../src/domain/focus-municipalities.fixture';
import { expect, openApp, test } from './fixtures';
import { importScbSeries, SCB_SERIES } from './import';

/*
 * The fact sheet (kommunblad), printed as the browser prints it: page.pdf with print media,
 * read back with poppler's pdfinfo and pdftotext. What it must hold is read from the generated
 * data the app itself loads (dist/data), not from the page.
 */

const municipalities = (
  JSON.parse(readFileSync('dist/data/municipalities.geojson', 'utf8')) as MunicipalityCollection
).features.map((f) => f.properties);
const catalogue = JSON.parse(
  readFileSync('dist/data/catalogue.json', 'utf8'),
) as GeneratedCatalogue;
const byCode = new Map(municipalities.map((m) => [m.code, m]));

type Language = 'sv' | 'en';

/** All whitespace (line breaks, no-break and thin spaces of number formats) as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Stops the print dialog (headless Chromium has none) and counts how often it was asked for. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
}
const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

async function openSheet(page: Page, code: string, language: Language) {
  await page.goto(`/?v=1&lang=${language}&m=${code}&view=sheet`);
  await expect(page.getByTestId('fact-sheet')).toHaveAttribute('data-sheet-ready', 'true', {
    timeout: 30_000,
  });
}

/** The sheet as a PDF: its page count and the text of each page. */
async function printToPdf(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:.*\(([^)]+)\)/m.exec(info)?.[1];
  const textOf = (page: number) =>
    flat(
      execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], {
        encoding: 'utf8',
      }),
    );
  const pageTexts = Array.from({ length: pages }, (_, i) => textOf(i + 1));
  return { pages, size, pageTexts, text: pageTexts.join(' ') };
}

const SHEETS: [string, Language][] = [
  ...Object.keys(FOCUS_MUNICIPALITY_NAMES).map((code): [string, Language] => [code, 'sv']),
  // English: the two with the most to print (projects, ideas), the largest town, one with none.
  ...['2580', '2513', '2521', '2480', '2506'].map((code): [string, Language] => [code, 'en']),
];

for (const [code, language] of SHEETS) {
  const m = byCode.get(code)!;
  test(`printing the fact sheet of ${m.name} (${language}) gives at most two A4 pages with all of it`, async ({
    page,
    consoleErrors,
  }, testInfo) => {
    await openSheet(page, code, language);
    const pdf = await printToPdf(page, testInfo.outputPath(`kommunblad-${code}-${language}.pdf`));

    expect(pdf.size).toBe('A4');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);

    const { text } = pdf;
    expect(text).toContain(m.name);
    expect(text).toContain(countyNameIn(language, m.countyCode, m.countyName));
    const population = flat(
      new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(m.population!),
    );
    expect(text).toContain(population);
    for (const neighbour of m.neighbours) expect(text).toContain(byCode.get(neighbour)!.name);

    // Every project it leads, joins or is included in, each whole on one page, with its source.
    const groups = projectsOfMunicipality(code, catalogue.projects);
    const projects = [...groups.leads, ...groups.partOf, ...groups.regionWide];
    for (const project of projects) {
      const title = flat(project.title[language]);
      expect(
        pdf.pageTexts.filter((t) => t.includes(title)).length,
        `"${title}" whole on a page`,
      ).toBeGreaterThan(0);
    }
    const sourcePage = language === 'sv' ? /Källa: rapport, s\. \d+/g : /Source: report, p\. \d+/g;
    expect((text.match(sourcePage) ?? []).length).toBeGreaterThanOrEqual(projects.length);

    // Every figure with its source and year; the data sources; the link back.
    expect(text).toMatch(/SCB, 2016-12-31/);
    expect(text).toMatch(/SCB, 2015-01-01/);
    expect(text).toContain(catalogue.source.title);
    expect(text).toContain('Lantmäteriet');
    expect(text).toContain(`m=${code}`);
    // No interface on paper.
    const back = language === 'sv' ? 'Tillbaka' : 'Back';
    expect(text).not.toContain(back);
    expect(consoleErrors).toEqual([]);
  });
}

test('the print button in Luleå’s panel opens the fact sheet and the print dialog; back returns', async ({
  page,
}) => {
  // The WebGL map is drawn twice: before the sheet and after Back.
  test.slow();
  await countPrints(page);
  await openApp(page, '?v=1&m=2580');
  await page
    .getByRole('complementary', { name: 'Luleå' })
    .getByRole('button', { name: 'Skriv ut kommunblad' })
    .click();
  const sheet = page.getByTestId('fact-sheet');
  await expect(sheet).toHaveAttribute('data-sheet-ready', 'true');
  await expect(page).toHaveURL(/[?&]m=2580&view=sheet$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Luleå' })).toBeVisible();
  await expect.poll(() => printCalls(page)).toBe(1);
  await expect(page).toHaveTitle(/Kommunblad Luleå/);

  // The link back and the QR code carry the live view, not the sheet.
  const qrText = await page.getByTestId('sheet-qr').getAttribute('data-text');
  expect(new URL(qrText!).search).toBe('?v=1&m=2580');
  await expect(sheet.getByRole('link', { name: qrText! })).toBeVisible();

  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await expect(page).toHaveURL(/\?v=1&m=2580$/);
  await expect(page.getByRole('complementary', { name: 'Luleå' })).toBeVisible();
  expect(await printCalls(page)).toBe(1);
});

test('a municipality row of the list prints that municipality’s fact sheet, in English', async ({
  page,
}) => {
  await countPrints(page);
  await page.goto('/?v=1&lang=en&view=list');
  await page.getByRole('button', { name: 'Print fact sheet – Piteå' }).first().click();
  await expect(page.getByTestId('fact-sheet')).toHaveAttribute('data-code', '2581');
  await expect(page.getByRole('heading', { level: 1, name: 'Piteå' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en&m=2581&view=sheet$/);
  await expect.poll(() => printCalls(page)).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a link to a fact sheet shows it without opening the print dialog, also after a reload', async ({
  page,
}) => {
  await countPrints(page);
  await openSheet(page, '2584', 'sv');
  await page.reload();
  await expect(page.getByTestId('fact-sheet')).toHaveAttribute('data-sheet-ready', 'true');
  expect(await printCalls(page)).toBe(0);
  // Back from a shared link leads into the app: Kiruna on the map.
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await expect(page).toHaveURL(/\?v=1&m=2584$/);
});

for (const language of ['sv', 'en'] as const) {
  test(`axe finds no violation on the fact sheet (${language}), on screen and in print`, async ({
    page,
  }) => {
    // Two full scans (every rule up to WCAG 2.2 AA and best practice) of a long page.
    test.slow();
    await openSheet(page, '2580', language);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        `${media}`,
      ).toEqual([]);
    }
  });
}

for (const language of ['sv', 'en'] as const) {
  test(`a measure over time prints its trend beside Luleå's key figures, first and last year in words (${language})`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await importScbSeries(page);
    await openSheet(page, '2580', language);
    const row = page.getByTestId('fact-sheet').locator(`[data-trend="${SCB_SERIES}"]`);
    await expect(row.getByTestId('sparkline').locator('svg')).toBeVisible();
    const pdf = await printToPdf(page, testInfo.outputPath(`kommunblad-trend-${language}.pdf`));
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.text).toMatch(language === 'sv' ? /78 549 \(2020\)/ : /78,549 \(2020\)/);
    expect(pdf.text).toMatch(
      language === 'sv' ? /2016: 76 770 · 2020: 78 549/ : /2016: 76,770 · 2020: 78,549/,
    );
    expect(pdf.text).toContain('SCB');
  });
}
