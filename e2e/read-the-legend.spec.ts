import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, openLegend, test } from './fixtures';

/**
 * Reading the legend: classes that never share an end, units that are never broken, one
 * precision for a figure wherever it is written, and a legend that folds (still saying what the
 * map shows) where the map is narrow, in both languages, on a phone and on a laptop.
 */

type Box = { x: number; y: number; width: number; height: number };
const area = (b: Box) => Math.max(0, b.width) * Math.max(0, b.height);
const overlap = (a: Box, b: Box) =>
  area({
    x: Math.max(a.x, b.x),
    y: Math.max(a.y, b.y),
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  });

/** A number as the language writes it: "1 124,5" or "1,124.5" (and a minus sign). */
const parse = (text: string, lang: string) =>
  Number(
    (lang === 'sv' ? text.replace(/\s/g, '').replace(',', '.') : text.replace(/,/g, ''))
      .replace('−', '-')
      .trim(),
  );

/** Each class label as [lowest, highest]: "0,65 – 1,23" or a single "11,45". */
async function classRanges(page: Page, lang: string): Promise<[number, number][]> {
  const labels = await page.getByTestId('legend').locator('.legend__label').allTextContents();
  return labels
    .filter((l) => /\d/.test(l))
    .map((l) => {
      const [lo, hi = lo] = l.split(/\s[–-]\s|–/);
      return [parse(lo!, lang), parse(hi!, lang)];
    });
}

const TITLE = {
  sv: { per10k: 'Projekt per 10 000 invånare', arrivals: 'Mottagna nyanlända 2016' },
  en: { per10k: 'Projects per 10,000 inhabitants', arrivals: 'Newly arrived persons received' },
} as const;

for (const lang of ['sv', 'en'] as const) {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    test.describe(`${lang} at ${width}x${height}`, () => {
      test.use({ viewport: { width, height } });

      test('the classes read from their lowest to their highest member and never share an end', async ({
        page,
      }) => {
        await openApp(page, `?lang=${lang}&metric=projectsPer10k`);
        await openLegend(page);
        const ranges = await classRanges(page, lang);
        expect(ranges.length).toBeGreaterThan(1);
        for (const [lo, hi] of ranges) expect(hi).toBeGreaterThanOrEqual(lo);
        for (let i = 1; i < ranges.length; i++)
          expect(
            ranges[i]![0],
            `class ${i} starts above the end of class ${i - 1}`,
          ).toBeGreaterThan(ranges[i - 1]![1]);
        // The title names the unit already: it is not written again after it.
        const legend = page.getByTestId('legend');
        await expect(legend.getByRole('heading')).toHaveText(TITLE[lang].per10k);
        await expect(legend.locator('.legend__unit')).toHaveCount(0);
      });

      test('a unit with a number is never broken across lines, even in a narrow legend', async ({
        page,
      }) => {
        await openApp(page, `?lang=${lang}&metric=arrivals`);
        await openLegend(page);
        const unit = page.getByTestId('legend').locator('.legend__unit');
        await expect(unit).toContainText(
          lang === 'sv' ? 'per 1\u00a0000\u00a0inv.' : 'per 1,000\u00a0inh.',
        );
        // Squeeze the legend so that its title must wrap: the unit still takes a single line.
        await page.addStyleTag({ content: '.legend { width: 9rem }' });
        const lines = await unit.evaluate((e) => {
          const tops = new Set([...e.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size;
        });
        expect(lines).toBe(1);
        const titleLines = await page
          .getByTestId('legend')
          .getByRole('heading')
          .evaluate((e) =>
            Math.round(
              e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight || '20'),
            ),
          );
        expect(titleLines).toBeGreaterThan(1);
      });
    });
  }

  test(`${lang}: with a panel open at 1280x720 the legend is folded, says what the map shows, and opens from the keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `?lang=${lang}&m=2580&metric=projectsPer10k&links=1`);
    const toggle = page.locator('.legend-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('legend')).toBeHidden();
    // Folded, the map's title still says what the map shows, and the button's name says it too.
    await expect(page.getByTestId('map-title')).toBeVisible();
    await expect(page.getByTestId('map-title')).toContainText(TITLE[lang].per10k);
    await expect(toggle).toHaveAccessibleName(
      new RegExp(`:\\s${TITLE[lang].per10k.replace(/ /g, '\\s')}$`),
    );
    const map = (await page.locator('.map-area').boundingBox())!;
    const box = (await page.getByTestId('legend-box').boundingBox())!;
    const covered = overlap(map, box) / area(map);
    expect(covered, 'share of the map the folded legend covers').toBeLessThan(0.08);
    // The keyboard opens it, and it says so.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('legend')).toBeVisible();
    await expectNoAxeViolations(page, 'the opened legend beside a panel');
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test(`${lang}: on a wide map without a panel the legend starts open`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, `?lang=${lang}&metric=projectsPer10k`);
    await expect(page.locator('.legend-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('legend')).toBeVisible();
  });

  test(`${lang}: the notice of a measure only on another device stays in sight with the legend folded`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `?lang=${lang}&m=2580&metric=import:not-here`);
    await expect(page.locator('.legend-toggle')).toHaveAttribute('aria-expanded', 'false');
    const notice = page.getByTestId('legend-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('not-here');
  });

  test(`${lang}: projects per 10 000 inhabitants has the same digits in the panel and the comparison`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `?lang=${lang}&m=2580`);
    const panelValue = page
      .getByTestId('municipality-statistics')
      .locator('[data-metric="projectsPer10k"] .figure__value');
    await expect(panelValue).toBeVisible();
    const panel = (await panelValue.textContent())!.match(/[\d\s,.]*\d/)![0].trim();
    await openApp(page, `?lang=${lang}&m=2580&cmp=2580,2581`);
    const cell = page
      .locator('tr[data-row="projectsPer10k"] td')
      .first()
      .locator('.compare-table__value');
    await expect(cell).toHaveText(panel);
    // Two decimals, as the legend writes its classes.
    expect(panel).toMatch(lang === 'sv' ? /^\d+,\d{2}$/ : /^\d+\.\d{2}$/);
  });
}
