import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const VIEWS: { name: string; query: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'map with the municipality panel', query: 'm=2580' },
  { name: 'project detail', query: 'p=kiruna-cafe-metropol' },
  { name: 'filters with results', query: 'theme=transport,sport&q=integration' },
  { name: 'list view', query: 'view=list' },
  {
    name: 'statistics with the ranking chart',
    query: 'metric=population&m=2480',
    ready: async (page) => {
      await page.getByRole('button', { name: /Visa rangordning|Show ranking/ }).click();
      await expect(page.getByTestId('ranking-chart').locator('svg')).toBeVisible();
    },
  },
  { name: 'comparison', query: 'm=2582&cmp=2582,2510,2513,2523,2560,2580,2581' },
  {
    name: 'the region in figures',
    query: 'view=figures',
    ready: async (page) => {
      await expect(page.getByTestId('parliament-chart').locator('svg')).toBeVisible();
    },
  },
];

for (const language of ['sv', 'en'] as const) {
  for (const view of VIEWS) {
    test(`axe finds no violation: ${view.name} (${language})`, async ({ page }) => {
      await openApp(page, `?v=1&lang=${language}&${view.query}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await view.ready?.(page);
      await expectNoAxeViolations(page, `${view.name} (${language})`);
    });
  }
}
