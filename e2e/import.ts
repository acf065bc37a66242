import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The exporters' files as exported (see fixtures/README.md). */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The metric SCB's population table of 2016–2020 is saved as. */
export const SCB_SERIES = 'import:folkmangd';

const WORDS = {
  sv: {
    open: 'Lägg till egen data',
    dialog: 'Egen data',
    file: 'CSV-fil, Excel eller JSON',
    drawer: 'Filter och statistik',
  },
  en: {
    open: 'Add your own data',
    dialog: 'Your own data',
    file: 'CSV file, Excel or JSON',
    drawer: 'Filters and statistics',
  },
} as const;

/**
 * Opens the app (in `language`) and the import dialog (a chunk of its own), without waiting for
 * the map; returns the dialog.
 */
export async function openImport(page: Page, language: 'sv' | 'en' = 'sv') {
  await page.goto(language === 'sv' ? '/' : '/?lang=en');
  const open = page.getByRole('button', { name: WORDS[language].open });
  // On a phone the button is in the filter drawer: opened first, as a user would.
  const drawer = page.getByRole('button', { name: WORDS[language].drawer });
  await expect(open.or(drawer).first()).toBeVisible({ timeout: 30_000 });
  if (!(await open.isVisible())) await drawer.click();
  await expect(open).toBeEnabled({ timeout: 30_000 });
  await open.click();
  const dialog = page.getByRole('dialog', { name: WORDS[language].dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * SCB's population table of 2016–2020 as exported (Sweden, both counties, seven municipalities,
 * Kiruna without 2019), dropped into the dialog, summed up and saved with all its years.
 */
export async function importScbSeries(page: Page) {
  const dialog = await openImport(page);
  await dialog
    .getByLabel(WORDS.sv.file)
    .setInputFiles(path.join(FIXTURES, 'scb-folkmangd-2016-2020.csv'));
  const summary = dialog.getByTestId('import-summary');
  await expect(summary).toContainText('Folkmängd');
  await expect(summary).toContainText('2016–2020 (5 år)');
  await expect(summary).toContainText(/Kommuner på kartan med uppgifter\s*7/);
  await expect(summary).toContainText('Riket, Västerbottens län, Norrbottens län');
  await dialog.getByRole('textbox', { name: 'Källa', exact: true }).fill('SCB');
  await dialog.getByRole('button', { name: 'Lägg till på kartan' }).click();
  await expect(dialog).toBeHidden();
}
