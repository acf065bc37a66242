import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { MunicipalityCollection } from '../src/data/schemas';
import { countyNameIn } from '../src/domain/counties';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';

/*
 * The meeting pack (view=sheets): the fact sheets of many municipalities printed in one go, to
 * PDF as the browser prints them, read back with pdfinfo and pdftotext. Which municipalities it
 * must hold is read from the generated data the app loads (dist/data), not from the page.
 */

const municipalities = (
  JSON.parse(readFileSync('dist/data/municipalities.geojson', 'utf8')) as MunicipalityCollection
).features.map((f) => f.properties);
const focus = municipalities.filter((m) => m.focus);
const byCode = new Map(municipalities.map((m) => [m.code, m]));
const named = (name: string) => focus.find((m) => m.name === name)!;

type Language = 'sv' | 'en';
const KICKER = { sv: 'Kommunblad · Integrationskartan', en: 'Fact sheet · Integrationskartan' };
const COVER = { sv: 'Mötespaket · Integrationskartan', en: 'Meeting pack · Integrationskartan' };
const CONTENTS = { sv: 'Innehåll', en: 'Contents' };

/** One space for all whitespace, in capitals: the kickers are set in capitals on the page. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleUpperCase('sv');
const up = (text: string) => text.toLocaleUpperCase('sv');

async function countPrints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
}
const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

async function openPack(page: Page, query: string) {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('meeting-pack')).toHaveAttribute('data-pack-ready', 'true', {
    timeout: 60_000,
  });
}

/** The pack as a PDF: its pages' text. */
async function printToPdf(page: Page, path: string) {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:.*\(([^)]+)\)/m.exec(info)?.[1];
  // In reading order, not -layout: the contents' columns would interleave their lines.
  const all = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  const pageTexts = all.split('\f').slice(0, pages).map(flat);
  expect(pageTexts).toHaveLength(pages);
  return { pages, size, pageTexts };
}

/**
 * What a pack must be on paper: one cover, then the contents, then the sheets of `names` in their
 * order, each from the top of a new page and at most two pages long.
 */
function expectPack(pdf: Awaited<ReturnType<typeof printToPdf>>, names: string[], lang: Language) {
  expect(pdf.size).toBe('A4');
  const { pageTexts } = pdf;
  expect(pageTexts.filter((t) => t.includes(up(COVER[lang])))).toHaveLength(1);
  expect(pageTexts[0]).toContain(up(COVER[lang]));
  expect(pageTexts[0]).toContain(up('Lantmäteriet'));
  expect(pageTexts[1]!.startsWith(up(CONTENTS[lang]))).toBe(true);
  // The contents number every municipality in its order, with its county in the pack's language
  // (read by number: the two columns' lines interleave in the text).
  const contents = pageTexts[1]!;
  names.forEach((name, k) => {
    const { countyCode, countyName } = named(name);
    const county = countyNameIn(lang, countyCode, countyName);
    expect(contents, `${name} as entry ${k + 1}`).toContain(up(`${k + 1}. ${name} ${county}`));
  });
  // Each sheet starts a page with its kicker and name; the pages between are its own.
  const starts = pageTexts
    .map((text, i) => ({ text, i }))
    .filter(({ text }) => text.startsWith(up(KICKER[lang])));
  expect(starts.map(({ text }) => text.slice(KICKER[lang].length).trim())).toEqual(
    // A name's end is a space: \\b does not see the end of "Luleå".
    names.map((name) => expect.stringMatching(new RegExp(`^${up(name)}( |$)`))),
  );
  expect(starts[0]!.i).toBe(2);
  const ends = [...starts.slice(1).map((s) => s.i), pdf.pages];
  starts.forEach(({ i }, k) => {
    expect(ends[k]! - i, `pages of ${names[k]}`).toBeGreaterThanOrEqual(1);
    expect(ends[k]! - i, `pages of ${names[k]}`).toBeLessThanOrEqual(2);
  });
}

const countyNames = (county: string) =>
  focus
    .filter((m) => m.countyCode === county)
    .map((m) => m.name)
    .sort((a, b) => a.localeCompare(b, 'sv'));

for (const lang of ['sv', 'en'] as const) {
  test(`the meeting pack of all municipalities (${lang}): cover, contents, every sheet from a new page`, async ({
    page,
    consoleErrors,
  }, testInfo) => {
    test.setTimeout(240_000);
    await openPack(page, `?v=1&lang=${lang}&view=sheets`);
    await expect(page.getByTestId('fact-sheet')).toHaveCount(focus.length);
    const pdf = await printToPdf(page, testInfo.outputPath(`pack-all-${lang}.pdf`));
    mkdirSync('/tmp/shots-pack', { recursive: true });
    execFileSync('cp', [
      testInfo.outputPath(`pack-all-${lang}.pdf`),
      `/tmp/shots-pack/pack-all-${lang}.pdf`,
    ]);
    expectPack(pdf, [...countyNames('25'), ...countyNames('24')], lang);
    expect(consoleErrors).toEqual([]);
  });
}

test('a county pack holds that county’s municipalities only (Västerbotten, sv)', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openPack(page, '?v=1&county=24&view=sheets');
  await expect(page.getByText('Västerbottens län:')).toBeVisible();
  const pdf = await printToPdf(page, testInfo.outputPath('pack-24.pdf'));
  expectPack(pdf, countyNames('24'), 'sv');
  for (const name of countyNames('25')) {
    expect(pdf.pageTexts.some((t) => t.startsWith(up(`${KICKER.sv} ${name} `)))).toBe(false);
  }
});

test('an m= list pack keeps its order, and says which codes it left out (en)', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const codes = ['2584', '2580', '2482'];
  const asked = ['2584', '9999', '2580', 'abc', '2584', '2283', '2482'];
  await openPack(page, `?v=1&lang=en&view=sheets&m=${asked.join(',')}`);
  // Unknown, malformed and outside the report: named, not printed; the duplicate once.
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toHaveText(
    /left out: 9999, abc, 2283\./,
  );
  // The address drops what is no municipality code and the duplicate; 2283 (Sollefteå) is a
  // code the address codec knows, outside the report: named in the notice, kept in the address.
  await expect(page).toHaveURL(/[?&]view=sheets&m=2584%2C2580%2C2283%2C2482$/);
  const pdf = await printToPdf(page, testInfo.outputPath('pack-list-en.pdf'));
  expectPack(
    pdf,
    codes.map((c) => byCode.get(c)!.name),
    'en',
  );
  expect(pdf.pageTexts.join(' ')).not.toContain(up('left out'));
});

test('hostile m= lists: 1 000 codes, garbage only', async ({ page }) => {
  test.setTimeout(180_000);
  // 1 000 codes (5 000 characters): a link of 10 000 is longer than the server takes in a
  // request line (it answers with an error before the app), so it never reaches the pack.
  const many = Array.from({ length: 1_000 }, (_, i) => String(1000 + i * 9)).join(',');
  await openPack(page, `?v=1&view=sheets&m=${many}`);
  await expect(page.getByTestId('fact-sheet').first()).toBeVisible();
  // The address is cut before the list is read; what it names is all the report covers, once.
  const shown = await page
    .getByTestId('fact-sheet')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(new Set(shown).size).toBe(shown.length);
  for (const code of shown) expect(byCode.get(code!)?.focus).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'hoppades över' })).toContainText('och');

  await openPack(page, `?v=1&view=sheets&m=${encodeURIComponent('<script>,%ZZ,javascript:x')}`);
  await expect(page.getByRole('status').filter({ hasText: 'hoppades över' })).toContainText(
    '<script>',
  );
  // Nothing usable: the pack of all, and the address without the garbage.
  await expect(page.getByTestId('fact-sheet')).toHaveCount(focus.length);
  await expect(page).toHaveURL(/\?v=1&view=sheets$/);
});

for (const size of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  for (const lang of ['sv', 'en'] as const) {
    test(`the region in figures prints a county's meeting pack (${size.width}x${size.height}, ${lang})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await countPrints(page);
      await openApp(page, `?v=1${lang === 'en' ? '&lang=en' : ''}&view=figures`);
      const entry = page.getByTestId('pack-entry');
      await entry.scrollIntoViewIfNeeded();
      const select = entry.getByLabel(lang === 'sv' ? 'Vilka kommuner' : 'Which municipalities');
      await select.selectOption('25');
      const button = entry.getByRole('button', {
        name: lang === 'sv' ? 'Skriv ut mötespaket' : 'Print meeting pack',
      });
      const box = (await button.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      await button.click();
      await expect(page).toHaveURL(/county=25&view=sheets$/);
      await expect(page.getByTestId('meeting-pack')).toHaveAttribute('data-pack-ready', 'true', {
        timeout: 60_000,
      });
      await expect(page.getByTestId('fact-sheet')).toHaveCount(countyNames('25').length);
      await expect.poll(() => printCalls(page)).toBe(1);
      await expect(page).toHaveTitle(lang === 'sv' ? /Mötespaket/ : /Meeting pack/);
      // Back returns to the figures.
      await page.getByRole('button', { name: lang === 'sv' ? 'Tillbaka' : 'Back' }).click();
      await expect(page.getByTestId('region-figures')).toBeVisible();
    });
  }
}

test('the comparison prints its meeting pack', async ({ page }) => {
  test.setTimeout(120_000);
  await countPrints(page);
  await openApp(page, '?v=1&m=2580&cmp=2580,2582,2584');
  await page.getByRole('button', { name: 'Skriv ut mötespaket för jämförelsen' }).click();
  await expect(page).toHaveURL(/view=sheets&m=2580%2C2582%2C2584$/);
  await expect(page.getByTestId('meeting-pack')).toHaveAttribute('data-pack-ready', 'true', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('fact-sheet')).toHaveCount(3);
  await expect.poll(() => printCalls(page)).toBe(1);
});

for (const lang of ['sv', 'en'] as const) {
  test(`axe finds no violation on the meeting pack (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await openPack(page, `?v=1&lang=${lang}&view=sheets&m=2580,2584,2482`);
    await expectNoAxeViolations(page, `the meeting pack (${lang})`);
  });
}

test('on paper a theme of the ideas never leaves its heading at the foot of a column', async ({
  page,
}) => {
  // The sheet's width on A4 (210 mm less 24 mm of margins).
  await page.setViewportSize({ width: 703, height: 1000 });
  await openPack(page, '?v=1&view=sheets');
  await page.emulateMedia({ media: 'print' });
  const split = await page.locator('.fact-sheet .compare-idea').evaluateAll((ideas) =>
    ideas
      .map((idea) => {
        const heading = idea.querySelector('.compare-idea__theme')!.getBoundingClientRect();
        const first = idea.querySelector('.compare-idea__project')?.getBoundingClientRect();
        return first && Math.abs(first.left - heading.left) > 4
          ? idea.closest('.fact-sheet')!.getAttribute('data-code') +
              ' ' +
              idea.getAttribute('data-theme')
          : null;
      })
      .filter(Boolean),
  );
  expect(split).toEqual([]);
  // Nothing printed larger than the text: the unit of a figure, the report's year, "(also: …)".
  const larger = await page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.querySelector('.fact-sheet')!).fontSize);
    return [
      ...document.querySelectorAll(
        '.fact-sheet .figure__unit, .fact-sheet .record-year, .fact-sheet .compare-idea__also',
      ),
    ]
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) > body + 0.01)
      .map((e) => e.className);
  });
  expect(larger).toEqual([]);
  const underlined = await page.evaluate(
    () =>
      [...document.querySelectorAll('.fact-sheet .link-button')].filter(
        (e) => getComputedStyle(e).textDecorationLine !== 'none',
      ).length,
  );
  expect(underlined).toBe(0);
});
