import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { expect, openApp, test } from './fixtures';

/**
 * A coordinator takes the table behind the map into Excel: the CSV in the conventions of the
 * interface's language (Swedish Excel reads semicolons and decimal commas), the workbook with
 * numbers as numbers and what they are above the table. Each file is read back as Excel would.
 */

/** Clicks a download button and returns the file's bytes and name. */
async function downloaded(page: Page, button: string): Promise<{ bytes: Buffer; name: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  return { bytes: await readFile((await download.path())!), name: download.suggestedFilename() };
}

/** A CSV's lines after its byte-order mark, which must be there (UTF-8, as Excel knows it by). */
function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
}

test('the Swedish CSV opens in Swedish Excel: semicolons, decimal commas, UTF-8 with a byte-order mark', async ({
  page,
}) => {
  await openApp(page, '?v=1&metric=projectsPer10k');
  const { bytes, name } = await downloaded(page, 'Ladda ner tabell (CSV)');
  expect(name).toBe('integrationskartan-projectsPer10k.csv');
  const lines = csvLines(bytes);
  expect(lines[0]).toBe('kommunkod;kommun;län;Projekt per 10 000 invånare;källa');
  expect(lines).toHaveLength(30);
  for (const line of lines.slice(1)) {
    // Five cells; the figure with a decimal comma (or a whole number), never a point.
    const cells = line.split(';');
    expect(cells, line).toHaveLength(5);
    expect(cells[3], line).toMatch(/^\d+(,\d{1,3})?$/);
  }
  // Vännäs: two projects for 8 695 inhabitants.
  expect(lines.find((l) => l.startsWith('2460;'))).toMatch(/^2460;Vännäs;Västerbottens län;2,3;/);

  await page.getByRole('combobox', { name: 'Kartan visar' }).selectOption('population');
  const population = csvLines((await downloaded(page, 'Ladda ner tabell (CSV)')).bytes);
  expect(population).toContain(
    '2480;Umeå;Västerbottens län;122892;Källa: SCB, folkmängd 2016-12-31',
  );
});

test('the English CSV has commas and decimal points', async ({ page }) => {
  await openApp(page, '?v=1&metric=projectsPer10k&lang=en');
  const lines = csvLines((await downloaded(page, 'Download table (CSV)')).bytes);
  expect(lines[0]).toBe(
    'municipality code,municipality,county,"Projects per 10,000 inhabitants",source',
  );
  expect(lines).toHaveLength(30);
  expect(lines.find((l) => l.startsWith('2460,'))).toMatch(/^2460,Vännäs,Västerbottens län,2\.3,/);
  // The figure with a decimal point (or a whole number); a comma inside a text is quoted.
  for (const line of lines.slice(1))
    expect(line).toMatch(/^\d{4},[^,;"]+,[^,;"]+,\d+(\.\d{1,3})?,"Computed: [^"]+"$/);
});

test('the workbook names the measure, its unit, year and source, and holds numbers as numbers', async ({
  page,
}) => {
  await openApp(page, '?v=1&metric=population');
  const { bytes, name } = await downloaded(page, 'Ladda ner tabell (Excel)');
  expect(name).toBe('integrationskartan-population.xlsx');
  const [sheet, ...others] = await readXlsxFile(bytes);
  expect(others).toEqual([]);
  expect(sheet!.sheet).toBe('Tabell');
  const rows = sheet!.data;
  expect(rows.slice(0, 6)).toEqual([
    ['Folkmängd', null, null, null, null],
    ['Enhet', 'invånare', null, null, null],
    ['År', '2016-12-31', null, null, null],
    ['källa', 'Källa: SCB, folkmängd 2016-12-31', null, null, null],
    [null, null, null, null, null],
    ['kommunkod', 'kommun', 'län', 'Folkmängd', 'källa'],
  ]);
  const body = rows.slice(6);
  expect(body).toHaveLength(29);
  expect(body).toContainEqual([
    '2480',
    'Umeå',
    'Västerbottens län',
    122892,
    'Källa: SCB, folkmängd 2016-12-31',
  ]);
  for (const row of body) expect(typeof row[3], String(row[1])).toBe('number');

  // In English, with the decimals of a rate kept whole.
  await page.getByRole('button', { name: 'In English' }).click();
  const english = (
    await readXlsxFile((await downloaded(page, 'Download table (Excel)')).bytes)
  )[0]!;
  expect(english.sheet).toBe('Table');
  expect(english.data.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([
    ['Population', null],
    ['Unit', 'inhabitants'],
    ['Year', '2016-12-31'],
    ['source', 'Source: SCB (Statistics Sweden), population 2016-12-31'],
  ]);
});

test('text that a spreadsheet would run as a formula is defused in the CSV and the workbook', async ({
  page,
}) => {
  // A metric of the user's own, saved in this browser with hostile texts.
  await page.addInitScript(() => {
    localStorage.setItem(
      'integrationskartan.metric:import:x',
      JSON.stringify({
        id: 'import:x',
        name: '=HYPERLINK("http://evil.example","x")',
        unit: '+1',
        year: '-2016',
        source: '@SUM(A1)',
        values: { '2480': 1.5, '2580': -2 },
        version: 1,
        savedAt: 1,
      }),
    );
  });
  await openApp(page, '?v=1&metric=import%3Ax');
  const lines = csvLines((await downloaded(page, 'Ladda ner tabell (CSV)')).bytes);
  expect(lines[0]).toBe(`kommunkod;kommun;län;"'=HYPERLINK(""http://evil.example"",""x"")";källa`);
  // The figures stay numbers (-2 is a number, not text), the source line is guarded.
  expect(lines).toContain(
    '2480;Umeå;Västerbottens län;1,5;Källa: @SUM(A1), -2016 (egen data, sparad i denna webbläsare)',
  );
  expect(lines).toContain(
    '2580;Luleå;Norrbottens län;-2;Källa: @SUM(A1), -2016 (egen data, sparad i denna webbläsare)',
  );

  const [sheet] = await readXlsxFile((await downloaded(page, 'Ladda ner tabell (Excel)')).bytes);
  const rows = sheet!.data;
  expect(rows[0]![0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  expect(rows[1]!.slice(0, 2)).toEqual(['Enhet', "'+1"]);
  expect(rows[2]!.slice(0, 2)).toEqual(['År', "'-2016"]);
  expect(rows[5]![3]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  expect(rows.find((r) => r[1] === 'Luleå')![3]).toBe(-2);
  expect(rows.find((r) => r[1] === 'Umeå')![3]).toBe(1.5);
  const texts = rows.flat().filter((cell): cell is string => typeof cell === 'string');
  expect(texts.filter((text) => /^[=+\-@\t\r]/.test(text))).toEqual([]);
});

// Waits for the stored measure over time to reach the metric (ImportedMetric.seriesRecord, set
// by the saved metrics' reader of the figures-over-time work): until then the export has one
// column. Unit tests cover the layout (src/domain/metrics/export.test.ts).
test('a measure over time is exported with a column per year, in the CSV and the workbook', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'integrationskartan.metric:import:mottagna',
      JSON.stringify({
        version: 2,
        id: 'import:mottagna',
        name: 'Mottagna',
        unit: 'personer',
        year: '2016',
        source: 'Kolada',
        values: { '2480': 14.5, '2580': 3 },
        code: null,
        gender: null,
        years: [2014, 2015, 2016],
        municipalities: { '2480': [10, 12, 14.5], '2580': [1, null, 3] },
        references: {},
        savedAt: 1,
      }),
    );
  });
  await openApp(page, '?v=1&metric=import%3Amottagna');
  const lines = csvLines((await downloaded(page, 'Ladda ner tabell (CSV)')).bytes);
  expect(lines[0]).toBe('kommunkod;kommun;län;Mottagna 2014;Mottagna 2015;Mottagna 2016;källa');
  expect(lines.find((l) => l.startsWith('2480;'))).toMatch(
    /^2480;Umeå;Västerbottens län;10;12;14,5;/,
  );
  expect(lines.find((l) => l.startsWith('2580;'))).toMatch(/^2580;Luleå;Norrbottens län;1;;3;/);
  const [sheet] = await readXlsxFile((await downloaded(page, 'Ladda ner tabell (Excel)')).bytes);
  expect(sheet!.data[2]!.slice(0, 2)).toEqual(['År', '2014–2016']);
  expect(sheet!.data.find((r) => r[1] === 'Umeå')!.slice(3, 6)).toEqual([10, 12, 14.5]);
});
