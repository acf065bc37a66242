import type { Locator, Page } from '@playwright/test';
import { BODEN_AND_NEIGHBOURS } from '../src/domain/focus-municipalities.fixture';
import { expect, openApp, test } from './fixtures';

/** The municipalities in the comparison's figure table, in column order. */
async function columns(comparison: Locator): Promise<string[]> {
  return comparison
    .getByTestId('comparison-figures')
    .locator('thead th[data-code] .compare-table__name')
    .allInnerTexts();
}

/** The cmp= parameter of the address, decoded. */
function cmpOf(page: Page): string[] {
  return (new URL(page.url()).searchParams.get('cmp') ?? '').split(',').filter(Boolean);
}

async function compareFromPanel(page: Page, name: string, code: string) {
  await openApp(page, `?v=1&m=${code}`);
  await page
    .getByRole('complementary', { name })
    .getByRole('button', { name: 'Jämför med grannar' })
    .click();
  const comparison = page.getByRole('region', { name: `Jämför ${name} med grannar` });
  await expect(comparison).toBeVisible();
  return comparison;
}

test('comparing Boden with its neighbours shows Boden and its six neighbours', async ({
  page,
  consoleErrors,
}) => {
  const comparison = await compareFromPanel(page, 'Boden', '2582');
  await expect.poll(() => columns(comparison)).toEqual(BODEN_AND_NEIGHBOURS);
  expect(cmpOf(page)[0]).toBe('2582');
  expect(cmpOf(page)).toHaveLength(7);

  // Row headers name the figures; the highest and lowest are marked in words.
  const figures = comparison.getByTestId('comparison-figures');
  const population = figures.getByRole('row', { name: /^Folkmängd/ });
  await expect(population.getByRole('rowheader')).toContainText('Källa: SCB, 2016-12-31');
  const lulea = population.getByRole('cell').nth(BODEN_AND_NEIGHBOURS.indexOf('Luleå'));
  await expect(lulea).toContainText('högst');
  await expect(population.getByRole('cell').filter({ hasText: 'lägst' })).toHaveCount(1);

  // The themes matrix opens a project from its mark, named by title and role.
  await comparison
    .getByTestId('comparison-themes')
    .locator('tr[data-theme="sport"]')
    .getByRole('button', { name: /^Brottning för integration.*\(Luleå leder\)$/ })
    .click();
  await expect(page.getByTestId('project-detail')).toBeVisible();
  await expect(page).toHaveURL(/[?&]p=lulea-brottning-for-integration/);
  // Back from the project returns to the comparison.
  await page.getByRole('button', { name: /Tillbaka/ }).click();
  await expect(page.getByRole('region', { name: 'Jämför Boden med grannar' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('adding Umeå and removing Piteå changes the table and the URL', async ({ page }) => {
  const comparison = await compareFromPanel(page, 'Boden', '2582');
  await comparison.getByRole('combobox', { name: 'Lägg till kommun' }).selectOption({
    label: 'Umeå',
  });
  await expect.poll(() => columns(comparison)).toEqual([...BODEN_AND_NEIGHBOURS, 'Umeå']);
  await expect.poll(() => cmpOf(page)).toContain('2480');
  // Umeå is not a neighbour of Boden, and says so.
  await expect(comparison.locator('thead th[data-code="2480"]').first()).toContainText('tillagd');

  await comparison.getByRole('button', { name: 'Ta bort Piteå' }).click();
  const expected = [...BODEN_AND_NEIGHBOURS.filter((n) => n !== 'Piteå'), 'Umeå'];
  await expect.poll(() => columns(comparison)).toEqual(expected);
  await expect.poll(() => cmpOf(page)).not.toContain('2581');
  // Focus stays in the table: on the next column's remove button.
  await expect(comparison.getByRole('button', { name: 'Ta bort Älvsbyn' })).toBeFocused();
  // The base cannot be removed, only the comparison closed.
  await expect(comparison.getByRole('button', { name: 'Ta bort Boden' })).toHaveCount(0);

  // Pointing at a column header highlights that municipality on the map.
  await comparison.locator('thead th[data-code="2480"]').first().hover();
  await expect(page.getByTestId('map')).toHaveAttribute('data-highlighted', '2480');

  await comparison.getByRole('button', { name: 'Stäng jämförelsen' }).click();
  await expect(comparison).toBeHidden();
  expect(cmpOf(page)).toEqual([]);
  // The municipality stays selected: its panel is back.
  await expect(page.getByRole('complementary', { name: 'Boden' })).toBeVisible();
});

test('the ideas for Umeå, which has no sport project, include Robertsfors’ with its contact', async ({
  page,
}) => {
  const comparison = await compareFromPanel(page, 'Umeå', '2480');
  const ideas = comparison.getByRole('region', { name: 'Idéer från grannarna' });
  const sport = ideas.getByRole('article', { name: 'Idrott' });
  await expect(sport).toBeVisible();
  await expect(sport).toContainText('Robertsfors');
  const project = sport.locator('[data-project="robertsfors-sommarlovsaktiviteter"]');
  await expect(project.getByRole('button', { name: 'Sommarlovsaktiviteter' })).toBeVisible();
  await expect(project).toContainText('Clarence Coulton Andersson');
  await expect(
    project.getByRole('link', { name: 'clarence.coulton@robertsfors.org' }),
  ).toHaveAttribute('href', 'mailto:clarence.coulton@robertsfors.org');
  await expect(project.getByRole('link', { name: /70 270 36 75/ })).toHaveAttribute(
    'href',
    'tel:+46702703675',
  );
  // A theme Umeå already works on is no idea.
  await expect(ideas.getByRole('article', { name: 'Mötesplatser' })).toHaveCount(0);

  await project.getByRole('button', { name: 'Sommarlovsaktiviteter' }).click();
  await expect(page.getByRole('complementary', { name: 'Sommarlovsaktiviteter' })).toBeVisible();
});

test('a comparison URL restores the comparison, also after a reload and in English', async ({
  page,
}) => {
  await openApp(page, '?v=1&cmp=2582,2510,2513,2523,2560,2580,2581');
  const comparison = page.getByRole('region', { name: 'Jämför Boden med grannar' });
  await expect(comparison).toBeVisible();
  await expect
    .poll(() => columns(comparison))
    .toEqual(['Boden', 'Jokkmokk', 'Överkalix', 'Gällivare', 'Älvsbyn', 'Luleå', 'Piteå']);

  await comparison.getByRole('combobox', { name: 'Lägg till kommun' }).selectOption({
    label: 'Umeå',
  });
  await expect.poll(() => cmpOf(page)).toContain('2480');
  const url = page.url();
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
  expect(page.url()).toBe(url);
  await expect(page.getByRole('region', { name: 'Jämför Boden med grannar' })).toBeVisible();
  await expect
    .poll(() => columns(page.getByRole('region', { name: 'Jämför Boden med grannar' })))
    .toEqual(['Boden', 'Jokkmokk', 'Överkalix', 'Gällivare', 'Älvsbyn', 'Luleå', 'Piteå', 'Umeå']);

  // Nordmaling's neighbour Örnsköldsvik, outside the counties: flagged, with no project count.
  await openApp(page, '?v=1&lang=en&cmp=2401,2284,2403,2460,2480');
  const english = page.getByRole('region', { name: 'Compare Nordmaling with neighbours' });
  await expect(english).toBeVisible();
  const ovik = english.getByTestId('comparison-figures').locator('thead th[data-code="2284"]');
  await expect(ovik).toContainText('outside the counties');
  const projects = english.getByRole('row', { name: /^Number of projects/ });
  await expect(projects.getByRole('cell').nth(1)).toContainText('no data');
  await expect(english.getByRole('region', { name: 'Ideas from next door' })).toBeVisible();
});
