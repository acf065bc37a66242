import { expect, openApp, test } from './fixtures';

test('selecting Luleå lists its wrestling project and the Swedish course for staff', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Kommun' }).fill('Luleå');
  await page.getByRole('option', { name: 'Luleå' }).click();
  const panel = page.getByRole('complementary', { name: 'Luleå' });
  const leads = panel.getByRole('region', { name: /Projekt som kommunen leder/ });
  await expect(leads.getByRole('button', { name: /Brottning för integration/ })).toBeVisible();
  await expect(leads.getByRole('button', { name: /Svenska för anställda/ })).toBeVisible();
});

test('opening Café Metropol in Kiruna shows its description, source and link', async ({ page }) => {
  await openApp(page, '?m=2584');
  await page
    .getByRole('complementary', { name: 'Kiruna' })
    .getByRole('button', { name: 'Café Metropol' })
    .click();
  const detail = page.getByRole('complementary', { name: 'Café Metropol' });
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/[?&]p=kiruna-cafe-metropol/);
  await expect(detail.getByText(/mötesplats/).first()).toBeVisible();
  const link = detail.getByRole('link', { name: /kiruna\.se/ });
  await expect(link).toHaveAttribute('href', /^https?:\/\/www\.kiruna\.se\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(detail.getByText(/Källa: rapport, s\. \d+/)).toBeVisible();
});

test("Pajala's projects show the contact's email as a mailto link", async ({ page }) => {
  await openApp(page, '?m=2521');
  const panel = page.getByRole('complementary', { name: 'Pajala' });
  await panel.locator('[data-project] .link-button').first().click();
  const detail = page.getByTestId('project-detail');
  const mail = detail.locator('a[href^="mailto:"]').first();
  await expect(mail).toBeVisible();
  await expect(mail).toHaveAttribute('href', /^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
});

test('opening Kompetens och Samverkan highlights Gällivare, Kiruna, Jokkmokk and Pajala', async ({
  page,
}) => {
  await openApp(page, '?m=2523');
  await page
    .getByRole('complementary', { name: 'Gällivare' })
    .getByRole('button', { name: /Kompetens och Samverkan/ })
    .click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-highlighted', '2510,2521,2523,2584');
  const detail = page.getByTestId('project-detail');
  for (const name of ['Kiruna', 'Jokkmokk', 'Pajala']) {
    await expect(detail.getByRole('button', { name })).toBeVisible();
  }
  // A participating municipality in the detail selects it on the map.
  await detail.getByRole('button', { name: 'Jokkmokk' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2510');
});

test('the list view shows every project of the catalogue and sorts by title', async ({ page }) => {
  await openApp(page);
  const total = await page.evaluate(
    async () => (await (await fetch('/data/catalogue.json')).json()).projects.length,
  );
  expect(total).toBeGreaterThan(30);
  await page.getByRole('button', { name: 'Lista' }).click();
  await expect(page).toHaveURL(/[?&]view=list/);
  const rows = page.getByTestId('project-table').locator('tbody tr');
  await expect(rows).toHaveCount(total);
  await page.getByRole('button', { name: /Titel/ }).click();
  const titles = await rows.locator('td:nth-child(2)').allInnerTexts();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'sv')));
});
