import path from 'node:path';
import { workbook } from '../src/domain/metrics/workbook.fixture';
import { expect, test } from './fixtures';
import { FIXTURES, openImport } from './import';

test("dropping Kolada's JSON of 2016–2020 reads its genders, sets aside Stockholm and puts 2020 on the map", async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog
    .getByLabel('CSV-fil, Excel eller JSON')
    .setInputFiles(path.join(FIXTURES, 'kolada-n01951-2016-2020.json'));
  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText('5 rader utanför kartan');
  const measure = dialog.getByRole('combobox', { name: 'Kolumn' });
  await expect(measure.getByRole('option')).toHaveText([
    'N01951 (totalt)',
    'N01951 (kvinnor)',
    'N01951 (män)',
  ]);
  await expect(dialog.getByRole('textbox', { name: 'År', exact: true })).toHaveValue('2020');
  await expect(dialog.getByRole('textbox', { name: 'Källa', exact: true })).toHaveValue('Kolada');
  await dialog.getByRole('textbox', { name: 'Namn på måttet' }).fill('Invånare');
  await dialog.getByRole('button', { name: 'Lägg till på kartan' }).click();
  const legend = page.getByTestId('legend');
  await expect(legend.getByRole('heading', { name: /Invånare/ })).toBeVisible();
  await expect(legend.getByText(/Kolada, 2020/)).toBeVisible();
});

test('dropping SCB\'s CSV as exported (title line, "2580 Luleå", "..") reads Folkmängd by year', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog
    .getByLabel('CSV-fil, Excel eller JSON')
    .setInputFiles(path.join(FIXTURES, 'scb-folkmangd-2016-2020.csv'));
  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText('7 rader lästa');
  await expect(result).toContainText('1 rader utanför kartan');
  await expect(result).not.toContainText('avvisade');
  await expect(dialog.getByRole('textbox', { name: 'Namn på måttet' })).toHaveValue('Folkmängd');
  await expect(dialog.getByRole('textbox', { name: 'År', exact: true })).toHaveValue('2020');
});

test('dropping an Excel workbook reads its first sheet in the worker, and says so', async ({
  page,
}) => {
  // The Excel reader is a chunk of its own, fetched for an Excel file only.
  const excelReader: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/universal-[\w-]+\.js$/.test(request.url())) excelReader.push(request.url());
  });
  const dialog = await openImport(page);
  await dialog
    .getByLabel('CSV-fil, Excel eller JSON')
    .setInputFiles(path.join(FIXTURES, 'scb-folkmangd-2016-2020.csv'));
  await expect(dialog.getByTestId('import-result')).toBeVisible();
  expect(excelReader).toEqual([]);
  const bytes = workbook(
    [
      ['Folkmängd efter region och år'],
      ['region', '2019', '2020'],
      ['2580 Luleå', 78105, 78549],
      ['25 Norrbottens län', 249693, 249677],
      ['2584 Kiruna', 22944, '..'],
    ],
    2,
  );
  await dialog.getByLabel('CSV-fil, Excel eller JSON').setInputFiles({
    name: 'folkmangd.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  // Luleå alone has a value in 2020, the year proposed: Kiruna's is "..".
  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText('1 rader lästa');
  await expect(dialog).toContainText('Bara första bladet (”Blad1”) av 2 lästes.');
  await expect(dialog.getByRole('textbox', { name: 'År', exact: true })).toHaveValue('2020');
  expect(excelReader).toHaveLength(1);
});

test('a Kolada answer of 10 000 years is refused with its reason, and nothing is saved', async ({
  page,
}) => {
  const dialog = await openImport(page);
  const values = Array.from({ length: 10_000 }, (_, i) => ({
    kpi: 'N01951',
    municipality: '2580',
    period: 1000 + i,
    values: [{ gender: 'T', value: i }],
  }));
  await dialog.getByLabel('CSV-fil, Excel eller JSON').setInputFiles({
    name: 'kolada.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ count: values.length, values })),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Tabellen kunde inte läsas: filen har fler än 100 år.',
  );
  await expect(dialog.getByRole('button', { name: 'Lägg till på kartan' })).toBeDisabled();
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored.filter((key) => key.includes('imported'))).toEqual([]);
});

const LAYOUTS = [
  { language: 'sv', width: 390, height: 844 },
  { language: 'en', width: 390, height: 844 },
  { language: 'sv', width: 1280, height: 720 },
  { language: 'en', width: 1280, height: 720 },
] as const;

const WORDS = {
  sv: {
    file: 'CSV-fil, Excel eller JSON',
    outside: '5 rader utanför kartan',
    read: '7 rader lästa',
    name: 'Namn på måttet',
    year: 'År',
    save: 'Lägg till på kartan',
  },
  en: {
    file: 'CSV file, Excel or JSON',
    outside: '5 rows outside the map',
    read: '7 rows read',
    name: 'Name of the measure',
    year: 'Year',
    save: 'Add to the map',
  },
} as const;

for (const { language, width, height } of LAYOUTS) {
  test.describe(`${language} at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test("Kolada's JSON and SCB's CSV as exported are read, and the first goes on the map", async ({
      page,
    }) => {
      test.slow();
      const words = WORDS[language];
      const dialog = await openImport(page, language);
      const file = dialog.getByLabel(words.file);
      await file.setInputFiles(path.join(FIXTURES, 'scb-folkmangd-2016-2020.csv'));
      await expect(dialog.getByTestId('import-result')).toContainText(words.read);
      await expect(dialog.getByRole('textbox', { name: words.name })).toHaveValue('Folkmängd');
      await file.setInputFiles(path.join(FIXTURES, 'kolada-n01951-2016-2020.json'));
      await expect(dialog.getByTestId('import-result')).toContainText(words.outside);
      await expect(dialog.getByRole('textbox', { name: words.year, exact: true })).toHaveValue(
        '2020',
      );
      await dialog.getByRole('textbox', { name: words.name }).fill('Invånare');
      const save = dialog.getByRole('button', { name: words.save });
      const box = (await save.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await save.click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/metric=import/);
      await expect(page.getByTestId('map-title')).toContainText('Invånare');
    });
  });
}
