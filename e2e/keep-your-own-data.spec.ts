import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Where an older version kept every metric, in one list (moved to a key per metric on load). */
const LEGACY_KEY = 'integrationskartan.imported-metrics.v1';
const METRIC_KEY = 'integrationskartan.metric:';

/** The saved metrics' records in this browser, by key. */
function savedRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate((prefix) => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(prefix)) out[key] = JSON.parse(localStorage.getItem(key)!);
    }
    return out;
  }, METRIC_KEY);
}

/**
 * Opens the app and waits for its statistics tools, not for the map to draw: importing needs
 * only the data (and drawing with a software WebGL is slow on a busy machine).
 */
async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Lägg till egen data' })).toBeEnabled({
    timeout: 30_000,
  });
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Lägg till egen data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen data' });
  // The dialog is a chunk of its own: wait until it is there before typing into it or closing it.
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Pastes a table, reads it, names it with a year and a source and puts it on the map. */
async function saveMetric(page: Page, table: string, year: string, source: string) {
  const dialog = await openImport(page);
  await dialog.getByRole('textbox', { name: 'eller klistra in tabell' }).fill(table);
  await dialog.getByRole('button', { name: 'Läs in' }).click();
  await expect(dialog.getByTestId('import-result')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'År', exact: true }).fill(year);
  await dialog.getByRole('textbox', { name: 'Källa', exact: true }).fill(source);
  await dialog.getByRole('button', { name: 'Lägg till på kartan' }).click();
  return dialog;
}

async function chooseFile(page: Page, name: string, bytes: Buffer) {
  const dialog = page.getByRole('dialog', { name: 'Egen data' });
  await dialog.getByLabel('CSV-fil').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
}

test('importing an Excel file in Windows-1252 reads Umeå and Överkalix and says which encoding it used', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openImport(page);
  const csv = 'Kommun;Mottagna 2016\r\nUmeå;124\r\nÖverkalix;12\r\nLuleå;3\r\nÄlvsbyn;9\r\n';
  await chooseFile(page, 'excel.csv', Buffer.from(csv, 'latin1'));
  const result = dialog.getByTestId('import-result');
  await expect(result.getByText('4 rader lästa')).toBeVisible();
  await expect(result).toContainText('Läst som Windows-1252 (Excel)');
  await expect(result).not.toContainText('avvisade');
});

test('a metric saved with a long year and source is still there after a reload, with the others', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  for (const [name, year] of [
    ['Mottagna', '2016–2017 (preliminär)'],
    ['Elever i sfi', '2016'],
  ]) {
    const dialog = await saveMetric(
      page,
      `Kommun;${name}\nUmeå;10\nKiruna;4\n`,
      year!,
      'Migrationsverket, '.repeat(10),
    );
    await expect(dialog).toBeHidden();
  }
  await page.reload();
  const legend = page.getByTestId('legend');
  await expect(legend.getByRole('heading', { name: /Elever i sfi/ })).toBeVisible();
  await page.getByRole('button', { name: 'Mottagna', exact: true }).click();
  await expect(legend.getByRole('heading', { name: /Mottagna/ })).toBeVisible();
  await expect(legend).toContainText('2016–2017 (preliminär)');
});

test('the form says the limits and refuses a name that is too long before saving', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openImport(page);
  await dialog
    .getByRole('textbox', { name: 'eller klistra in tabell' })
    .fill('Kommun;Värde\nUmeå;10\n');
  await dialog.getByRole('button', { name: 'Läs in' }).click();
  const name = dialog.getByRole('textbox', { name: 'Namn på måttet' });
  await expect(name).toHaveAccessibleDescription('Högst 120 tecken.');
  await expect(
    dialog.getByRole('textbox', { name: 'År', exact: true }),
  ).toHaveAccessibleDescription('Högst 40 tecken.');
  // A pasted value can get past maxlength (a script, an old browser): the check before saving holds.
  await name.evaluate((input: HTMLInputElement) => input.removeAttribute('maxlength'));
  await name.fill('x'.repeat(130));
  await dialog.getByRole('textbox', { name: 'År', exact: true }).fill('2016');
  await dialog.getByRole('textbox', { name: 'Källa', exact: true }).fill('SCB');
  await dialog.getByRole('button', { name: 'Lägg till på kartan' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Namn på måttet får vara högst 120 tecken (nu 130).',
  );
  await expect(dialog).toBeVisible();
  expect(await savedRecords(page)).toEqual({});
});

test('metrics saved in an older version move to keys of their own; one the browser cannot read is kept and reported', async ({
  page,
}) => {
  const good = {
    id: 'import:mottagna',
    name: 'Mottagna',
    unit: '',
    year: '2016',
    source: 'Migrationsverket',
    values: { '2480': 10 },
  };
  const broken = { ...good, id: 'import:trasig', year: 'x'.repeat(500) };
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [LEGACY_KEY, JSON.stringify([broken, good, 'skräp'])],
  );
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Mottagna', exact: true })).toBeVisible();
  await expect(page.getByText('Sparade mått som inte kunde läsas: 2.')).toBeVisible();
  // Saving another metric keeps what could not be read, as it was.
  await expect(await saveMetric(page, 'Kommun;Ny\nUmeå;1\n', '2017', 'SCB')).toBeHidden();
  const records = await savedRecords(page);
  expect(Object.keys(records).sort()).toEqual([
    `${METRIC_KEY}import:mottagna`,
    `${METRIC_KEY}import:ny`,
  ]);
  expect(records[`${METRIC_KEY}import:mottagna`]).toMatchObject({ ...good, version: 1 });
  const left = await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY);
  expect(JSON.parse(left!)).toEqual([broken, 'skräp']);
});

test('two tabs saving and removing their own metrics never lose each other’s, and each lists the other’s', async ({
  page,
  context,
}) => {
  test.slow();
  const other = await context.newPage();
  await openApp(page);
  await openApp(other);
  await expect(await saveMetric(page, 'Kommun;Mottagna\nUmeå;10\n', '2016', 'SCB')).toBeHidden();
  // The other tab lists it without a reload (the storage event).
  await expect(other.getByRole('button', { name: 'Mottagna', exact: true })).toBeVisible();
  await expect(
    await saveMetric(other, 'Kommun;Elever i sfi\nUmeå;4\n', '2016', 'SCB'),
  ).toBeHidden();
  await expect(page.getByRole('button', { name: 'Elever i sfi', exact: true })).toBeVisible();
  // Both tabs named a metric "Mottagna" at once: the second never takes the first one's key.
  await expect(await saveMetric(other, 'Kommun;Mottagna\nUmeå;11\n', '2017', 'SCB')).toBeHidden();
  expect(Object.keys(await savedRecords(page))).toHaveLength(3);
  // A removal in one tab takes that metric only, in both.
  await page.getByRole('button', { name: 'Ta bort Elever i sfi' }).click();
  await expect(other.getByRole('button', { name: 'Elever i sfi', exact: true })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Mottagna', exact: true })).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mottagna', exact: true })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Elever i sfi', exact: true })).toHaveCount(0);
});

test('when the browser storage is full, saving says so and the metric still shows for the visit', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await saveMetric(page, 'Kommun;Mottagna\nUmeå;10\n', '2016', 'SCB');
  await expect(page.getByRole('alert').filter({ hasText: 'lagring är full' })).toContainText(
    'Webbläsarens lagring är full, så ”Mottagna” kunde inte sparas.',
  );
  await expect(page.getByTestId('legend').getByRole('heading', { name: /Mottagna/ })).toBeVisible();
});

test('a 5 MB file of 480 000 bad rows is read without freezing the page and lists the first 200', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  const rows = Array.from({ length: 480_000 }, (_, i) => `Ingenstans ${i};1`);
  const csv = Buffer.from(`Kommun;Värde\n${rows.join('\n')}\n`, 'utf8');
  expect(csv.length).toBeGreaterThan(5_000_000);
  // The longest task on the main thread while the file is read (drawing every rejected row there
  // froze the page for minutes).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[][] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
    }).observe({ type: 'longtask' });
  });
  const dialog = await openImport(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // From a path, as a user's file: a buffer would be decoded in the page by Playwright itself.
  const file = test.info().outputPath('stor.csv');
  await writeFile(file, csv);
  await dialog.getByLabel('CSV-fil').setInputFiles(file);
  const result = dialog.getByTestId('import-result');
  await expect(result).toContainText(/480\s000 rader avvisade/, { timeout: 60_000 });
  const list = result.getByRole('list', { name: /rader avvisade/ });
  await expect(list.getByRole('listitem')).toHaveCount(201);
  await expect(list.getByRole('listitem').first()).toHaveText(
    'rad 2: okänd kommun: ”Ingenstans 0”',
  );
  await expect(list.getByRole('listitem').last()).toHaveText(/^… och 479\s800 till$/);
  const tasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[][] }).longTasks,
  );
  expect(workers.some((url) => url.includes('import.worker'))).toBe(true);
  const longest = Math.max(0, ...tasks.map(([, d]) => d!));
  test
    .info()
    .annotations.push({ type: 'longest main-thread task (ms)', description: `${longest}` });
  expect(longest).toBeLessThan(5_000);
});

test('the template lists the 29 municipalities with their kommunkod', async ({ page }) => {
  await openApp(page);
  const dialog = await openImport(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ladda ner mall' }).click();
  const download = await downloading;
  const lines = (await readFile((await download.path())!, 'utf8'))
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(30);
  expect(lines.join('\n')).toMatch(/^2480[,;]Umeå/m);
  expect(lines.join('\n')).toMatch(/^2513[,;]Överkalix/m);
});

test('closing the import dialog puts the focus back on the button that opened it', async ({
  page,
}) => {
  await openApp(page);
  const opener = page.getByRole('button', { name: 'Lägg till egen data' });
  let dialog = await openImport(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  dialog = await openImport(page);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
