import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

test("Kiruna's panel proposes the municipalities like it in size, says why, and compares them", async ({
  page,
}) => {
  test.slow();
  await page.goto('/?m=2584');
  const panel = page.getByRole('complementary', { name: 'Kiruna' });
  const section = panel.getByRole('region', { name: 'Kommuner som liknar Kiruna' });
  const list = section.getByTestId('similar-municipalities');
  await expect(list.getByRole('listitem')).toHaveCount(4, { timeout: 30_000 });
  await expect(list.getByRole('listitem').first()).toContainText('Gällivare');
  await expect(list).toContainText('liknande folkmängd och täthet');
  await expectNoAxeViolations(page, 'the panel with similar municipalities');
  await section.getByRole('button', { name: 'Jämför med liknande kommuner' }).click();
  await expect(page).toHaveURL(/cmp=2584%2C2523%2C|cmp=2584,2523,/);
  const cmp = new URL(page.url()).searchParams.get('cmp')!.split(',');
  expect(cmp).toEqual(['2584', '2523', '2481', '2462', '2505']);

  await page.goto('/?m=2580&lang=en');
  await expect(page.getByRole('heading', { name: 'Municipalities similar to Luleå' })).toBeVisible({
    timeout: 30_000,
  });
});
