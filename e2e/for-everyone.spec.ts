import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Presses Tab until `target` has the focus, at most `most` times. */
async function tabTo(page: Page, target: Locator, most: number): Promise<void> {
  for (
    let i = 0;
    i < most && !(await target.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
}

test('the whole journey works with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // The skip link is the first stop and leads to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
  const combobox = page.getByRole('combobox', { name: 'Kommun' });
  await tabTo(page, combobox, 10);
  await expect(combobox).toBeFocused();
  await page.keyboard.type('pite');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2581');
  const panel = page.getByRole('complementary', { name: 'Piteå' });
  // Focus moved into the panel: its heading.
  await expect(panel.getByRole('heading', { level: 2, name: 'Piteå' })).toBeFocused();
  // Tab to the first project of Piteå and open it.
  const firstProject = panel.locator('[data-project] .link-button').first();
  const title = (await firstProject.innerText()).trim();
  await tabTo(page, firstProject, 40);
  await expect(firstProject).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: title });
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  // Back to the municipality.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Piteå' })).toBeVisible();
  // Open the comparison with the neighbours from the keyboard.
  const compare = page.getByRole('button', { name: 'Jämför med grannar' });
  await tabTo(page, compare, 60);
  await expect(compare).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /Jämför Piteå med grannar/ })).toBeVisible();
  await expect(page).toHaveURL(/cmp=2581/);
  // Close it with Escape: back to Piteå's panel.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /Jämför Piteå/ })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Piteå' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the panel opens as a bottom sheet and the page never scrolls sideways', async ({
    page,
  }) => {
    await openApp(page);
    const noSideScroll = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    expect(await noSideScroll()).toBe(true);
    await page.getByRole('combobox', { name: 'Kommun' }).fill('Luleå');
    await page.getByRole('option', { name: 'Luleå' }).click();
    const sheet = page.getByTestId('sheet');
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(735);
    expect(box.height).toBeLessThan(740 * 0.7);
    const handle = sheet.getByRole('button', { name: 'Visa större panel' });
    const collapsed = box.height;
    await handle.click();
    await expect(sheet.getByRole('button', { name: 'Visa mindre panel' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect
      .poll(async () => (await sheet.boundingBox())!.height)
      .toBeGreaterThan(collapsed * 1.4);
    expect(await noSideScroll()).toBe(true);
    // Touch targets are at least 44 px high.
    const heights = await page
      .locator('button:visible, input:visible, select:visible')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });
});

test.describe('without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
  });

  test('the list mode appears and choosing a municipality still shows its projects', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(
      page.getByText('Kartan kan inte visas i den här webbläsaren (WebGL saknas).'),
    ).toBeVisible();
    await expect(page.getByTestId('project-table')).toBeVisible();
    await page.getByRole('combobox', { name: 'Kommun' }).fill('Kiruna');
    await page.getByRole('option', { name: 'Kiruna' }).click();
    const panel = page.getByRole('complementary', { name: 'Kiruna' });
    await expect(panel.getByRole('button', { name: 'Café Metropol' })).toBeVisible();
  });
});

test('a data request that fails shows the error, and the retry recovers', async ({ page }) => {
  let failing = true;
  await page.route('**/data/catalogue.json', (route) =>
    failing ? route.abort('failed') : route.continue(),
  );
  await page.goto('/?v=1&m=2580');
  const alert = page.getByRole('alert').filter({ hasText: 'Kunde inte läsa in projektkatalogen' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  // The rest keeps working: the map and the municipality's figures.
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
  await expect(page.getByRole('complementary', { name: 'Luleå' })).toBeVisible();
  failing = false;
  await alert.getByRole('button', { name: 'Försök igen' }).click();
  await expect(
    page
      .getByRole('complementary', { name: 'Luleå' })
      .getByRole('button', { name: /Brottning för integration/ }),
  ).toBeVisible();
});

test('a broken data file is refused with a message, never a blank page', async ({ page }) => {
  await page.route('**/data/municipalities.geojson', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}',
    }),
  );
  await page.goto('/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Kunde inte läsa in kommungränserna' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Integrationskartan' })).toBeVisible();
});

test('the page carries a Content-Security-Policy and loads without violating it', async ({
  page,
  consoleErrors,
  cspViolations: violations,
}) => {
  await openApp(page, '?v=1&m=2580&metric=population');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await page.getByRole('button', { name: 'Visa rangordning' }).click();
  await expect(page.getByTestId('ranking-chart').locator('svg')).toBeVisible();
  expect(violations).toEqual([]);
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

test('the language switch gives English everywhere, in the URL and the page language', async ({
  page,
}) => {
  await openApp(page, '?v=1&m=2580');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const panel = page.getByRole('complementary', { name: 'Luleå' });
  await expect(panel.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await expect(panel.getByText('76,770').first()).toBeVisible();
  await expect(panel.getByRole('button', { name: /Wrestling/i })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Municipality' })).toBeVisible();
});
