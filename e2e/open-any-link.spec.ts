import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Page } from '@playwright/test';
import { FOCUS_MUNICIPALITY_NAMES } from '../src/domain/focus-municipalities.fixture';
import { CRAFTED_PATHS, fuzzedQueries } from '../src/state/url/fuzz.fixture';
import { expect, openApp, test } from './fixtures';

const ids = (file: string, list: string) =>
  (
    JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'))[list] as {
      id: string;
    }[]
  ).map((item) => item.id);

const FOCUS = Object.keys(FOCUS_MUNICIPALITY_NAMES);
const VOCABULARY = {
  municipalities: FOCUS,
  projects: ids('projects.json', 'projects'),
  themes: ids('themes.json', 'items'),
  targetGroups: ids('target-groups.json', 'items'),
};
/** Every value an address of the app may hold once the app has read it, per parameter. */
const KNOWN: Record<string, (value: string) => boolean> = (() => {
  const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
  const listOf = (values: readonly string[]) => (v: string) =>
    v.split(',').every((id) => values.includes(id));
  // The map also draws three neighbours (context municipalities) that can be selected.
  const codes = (v: string) => /^\d{4}$/.test(v);
  return {
    v: oneOf(['1']),
    lang: oneOf(['en']),
    m: codes,
    p: oneOf(VOCABULARY.projects),
    theme: listOf(VOCABULARY.themes),
    tg: listOf(VOCABULARY.targetGroups),
    county: oneOf(['24', '25']),
    kind: listOf(['project', 'service', 'practice', 'network']),
    q: (v) => v.length <= 200,
    view: oneOf(['list', 'figures', 'sheet']),
    metric: oneOf(['population', 'density', 'arrivals', 'perCapita']),
    // A year or a change is kept only when the measure has it (src/features/series).
    year: (v) => /^\d{4}$/.test(v),
    change: (v) => /^\d{4}-(abs|pct)$/.test(v),
    ended: oneOf(['hide']),
    cmp: (v) => v.split(',').every(codes) && v.split(',').length <= 8,
    links: oneOf(['1']),
    embed: oneOf(['1']),
  };
})();

/** The parameters of the address bar that are not known values (empty when all are). */
function unknownInAddress(href: string): string[] {
  return [...new URL(href).searchParams]
    .filter(([key, value]) => !KNOWN[key] || !KNOWN[key](value))
    .map(([key, value]) => `${key}=${value}`);
}

/** Links of the page that lead off this site without being written as a full https address. */
async function linksOffSite(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .map((a) => ({ written: a.getAttribute('href')!, resolved: (a as HTMLAnchorElement).href }))
      .filter(
        ({ written, resolved }) =>
          new URL(resolved).origin !== location.origin &&
          // A link of the catalogue is written in full (http or https); one built from the page's
          // address is relative or protocol-relative (//evil.example/).
          !/^(https?:\/\/[^/\\]|mailto:|tel:)/.test(written),
      )
      .map(({ written }) => written),
  );
}

/** One GET with the request target as given (page.goto and fetch would normalise some). */
function statusOf(baseURL: string, target: string): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('a crafted path like //evil.example/ gets a 404 from our server, never the app', async ({
  page,
  baseURL,
}) => {
  for (const path of CRAFTED_PATHS) {
    expect(await statusOf(baseURL!, `${path}?embed=1&m=2580`), path).toBe(404);
  }
  const response = await page.goto(`${baseURL}//evil.example/?embed=1&m=2580`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('map')).toHaveCount(0);
});

test('opened at a crafted path on a host that serves the app anywhere, links and clicks stay on this site', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  // A host with a catch-all fallback to index.html (many static hosts and CDNs do this).
  await page.route(
    (url) => url.pathname.startsWith('//') && !url.pathname.startsWith('//assets'),
    async (route) => {
      const app = await route.fetch({ url: `${baseURL}/` });
      await route.fulfill({ response: app });
    },
  );
  await page.goto(`${baseURL}//evil.example/?embed=1&m=2580`);
  // Links and history, not the drawing of the map, are under test: no wait for the map.
  const link = page.getByRole('link', { name: 'Öppna i Integrationskartan' });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const href = (await link.getAttribute('href'))!;
  expect(new URL(href).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(href).pathname).toBe('/');
  expect(href).toContain('m=2580');

  await page.goto(`${baseURL}//evil.example/%2e%2e/?m=2580`);
  await expect(page.getByRole('button', { name: /^Transport \d+$/ })).toBeVisible({
    timeout: 30_000,
  });
  // The address bar was set to the app's own address at once, and every click writes there.
  await expect(page).toHaveURL(`${baseURL}/?v=1&m=2580`);
  await page.getByRole('button', { name: /^Transport \d+$/ }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/\?.*theme=transport/);
  await expect(page.getByRole('button', { name: /^Transport \d+$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/?v=1&m=2580`);
  expect(await linksOffSite(page)).toEqual([]);
  expect(consoleErrors.filter((e) => /SecurityError|pushState/.test(e))).toEqual([]);
});

test('a link with an unknown theme shows the whole map unfiltered and drops the theme from the address', async ({
  page,
}) => {
  await openApp(page, '?v=1&theme=nonexistent');
  await expect(page).not.toHaveURL(/theme=/);
  await expect(page.getByText(/aktiva/)).toHaveCount(0);
  await expect
    .poll(async () => (await page.getByTestId('map').getAttribute('data-undimmed'))?.split(','))
    .toEqual(expect.arrayContaining(FOCUS));
  await openApp(page, '?v=1&theme=nonexistent,transport');
  await expect(page).toHaveURL(/[?&]theme=transport$/);
  await expect(page.getByTestId('map')).toHaveAttribute('data-undimmed', '2417,2521,2581');
});

test('a link with unknown ids in every parameter drops them, and cmp keeps the known ones before its cut', async ({
  page,
}) => {
  const good = ['2580', '2581', '2582', '2584', '2480', '2482', '2513', '2514'];
  await openApp(
    page,
    `?v=1&m=9999&p=no-such-project&tg=martians&metric=import:not-here&cmp=9998,9997,${good.join(',')}`,
  );
  await expect(page).toHaveURL(new RegExp(`[?&]cmp=${good.join('(%2C|,)')}$`));
  await expect(page).not.toHaveURL(/[?&](m|p|tg|metric)=/);
  await expect(page.getByText(/data finns bara på den enhet där det lades till/)).toBeVisible();
});

test('a fact sheet link of a municipality the map does not have opens the map, and the next pick shows the map', async ({
  page,
}) => {
  await openApp(page, '?v=1&view=sheet&m=9999');
  await expect(page).not.toHaveURL(/[?&](m|view)=/);
  // The map with its tools, not an empty main area.
  await expect(page.getByRole('button', { name: 'Lägg till egen data' })).toBeVisible();
  await expect(page.getByTestId('map')).toBeVisible();
  await page.getByRole('combobox', { name: 'Kommun' }).fill('Kiruna');
  await page.getByRole('option', { name: 'Kiruna' }).click();
  await expect(page).toHaveURL(/[?&]m=2584$/);
  await expect(page.getByTestId('map')).toHaveAttribute('data-selected', '2584');
  await expect(page.getByRole('complementary', { name: 'Kiruna' })).toBeVisible();
});

test('a search over 200 characters is cut between characters, never inside an emoji', async ({
  page,
}) => {
  const query = `${'a'.repeat(199)}😀😀`;
  await openApp(page, `?v=1&q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(`${'a'.repeat(199)}😀`);
  await expect(page).toHaveURL(new RegExp(`[?&]q=a{199}${encodeURIComponent('😀')}$`));
  expect(page.url()).not.toContain('%EF%BF%BD');
});

test('with the report figures failing, the arrivals legend shows the error with a retry', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/data/region-figures.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'down' }) : route.continue(),
  );
  await openApp(page, '?v=1&metric=arrivals');
  const notice = page.getByRole('alert').filter({ hasText: 'rapportens siffror om regionen' });
  await expect(notice).toContainText('Kunde inte läsa in rapportens siffror om regionen.');
  await expect(page.getByTestId('legend')).toHaveCount(0);
  fail = false;
  await notice.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByTestId('legend').getByText(/Norrbotten: 1\s124 personer/)).toBeVisible();
});

test('when the county borders fail to load, the error names them', async ({ page }) => {
  await page.route('**/data/counties.json', (route) => route.fulfill({ status: 500 }));
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'länsgränserna' })).toContainText(
    'Kunde inte läsa in länsgränserna.',
  );
});

test('a data request that hangs ends in the error with a retry', async ({ page }) => {
  await page.addInitScript(() => {
    (globalThis as { integrationskartanDataTimeoutMs?: number }).integrationskartanDataTimeoutMs =
      1_500;
  });
  let hang = true;
  await page.route('**/data/catalogue.json', async (route) => {
    if (!hang) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    return route.abort().catch(() => {});
  });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'projektkatalogen' });
  await expect(notice).toContainText('Kunde inte läsa in projektkatalogen.', { timeout: 8_000 });
  hang = false;
  await notice.getByRole('button', { name: 'Försök igen' }).first().click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Transport \d+$/ })).toBeVisible();
});

test('the PNG button becomes usable when the map arrives after the tools', async ({ page }) => {
  // The map's borders come late: the tools render first, the map after.
  await page.route('**/data/municipalities.geojson', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/?v=1&metric=population');
  await expect(page.getByRole('button', { name: 'Ladda ner karta (PNG)' })).toBeEnabled({
    timeout: 30_000,
  });
});

test('100 seeded random links over every parameter never crash, never link off the site, and leave only known values', async ({
  page,
  consoleErrors,
}) => {
  test.slow();
  await openApp(page);
  // 600 more go through the codec in src/state/url/fuzz.test.ts.
  const queries = fuzzedQueries(2026, 100, VOCABULARY);
  for (const query of queries) {
    // As Back/Forward to that address would: the app reads it, then the address bar is rewritten.
    await page.evaluate((q) => {
      history.pushState(null, '', `/${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const href = page.url();
    expect(unknownInAddress(href), `${query} → ${href}`).toEqual([]);
    expect(new URL(href).pathname, query).toBe('/');
    expect(await linksOffSite(page), query).toEqual([]);
    // Never a blank page: the map or the list is there, or the embed's map.
    await expect(
      page.getByTestId('map').or(page.getByTestId('results')).first(),
      query,
    ).toBeAttached();
  }
  expect(consoleErrors).toEqual([]);
});

test('links opened at crafted paths, on a host that serves the app anywhere, load the app on its own address', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  test.slow();
  await page.route(
    (url) => url.pathname.startsWith('//') && !url.pathname.startsWith('//assets'),
    async (route) => route.fulfill({ response: await route.fetch({ url: `${baseURL}/` }) }),
  );
  // The two of the test above aside: each full load takes seconds.
  const paths = CRAFTED_PATHS.filter(
    (p) => !['//evil.example/', '//evil.example/%2e%2e/'].includes(p),
  );
  const queries = fuzzedQueries(17, paths.length, VOCABULARY);
  for (const [i, path] of paths.entries()) {
    const address = `${baseURL}${path}${queries[i]}`;
    await page.goto(address);
    await expect(page.getByTestId('map'), address).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect.poll(() => new URL(page.url()).pathname, address).toBe('/');
    expect(new URL(page.url()).origin, address).toBe(new URL(baseURL!).origin);
    expect(unknownInAddress(page.url()), address).toEqual([]);
    expect(await linksOffSite(page), address).toEqual([]);
  }
  expect(consoleErrors).toEqual([]);
});
