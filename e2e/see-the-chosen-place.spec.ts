import { expectNoAxeViolations } from './axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Whatever the user asks the map for (a municipality, a theme, a comparison) ends up in the part
 * of the map they can see, on a laptop and on a phone. The test measures that part itself, from
 * the page as the browser lays it out: the map's canvas minus the rectangles of everything that
 * lies over it (side panel or sheet, sidebar drawer, legend, map buttons). The municipalities'
 * boxes come from MapLibre's projection of their bounds. Nothing here uses the app's own
 * padding logic.
 */

type Box = { left: number; top: number; right: number; bottom: number };

/** Everything that may lie over the map, by what it is on the page (not by the app's registry). */
const COVERS = [
  '#sidebar',
  '[data-testid="sheet"]',
  '.panel',
  '.map-overlay',
  '.map-controls',
  '.embed-link',
];

const LULEA = '2580';

/**
 * Opens the app and waits for the map to be drawn. Each scenario renders the map at three sizes
 * with a software GPU: on a shared, busy machine the first draw can take longer than openApp's
 * 30 s, so this waits longer (the assertions below do not wait any less for that).
 */
async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 90_000,
  });
}

const TRANSPORT_THEME = 'transport';

/**
 * What is wrong with the framing of `codes` now: empty when every one of them lies within the
 * canvas and clear of every cover (and the camera is at rest).
 */
async function framingProblems(page: Page, codes: readonly string[]): Promise<string[]> {
  return page.evaluate(
    async ({ codes, covers }) => {
      const container = document.querySelector('[data-testid="map"]') as HTMLElement & {
        __map?: {
          project: (l: [number, number]) => { x: number; y: number };
          isMoving: () => boolean;
        };
      };
      const map = container.__map!;
      if (map.isMoving()) return ['the camera is still moving'];
      const canvas = container.querySelector('canvas')!.getBoundingClientRect();
      const fc = (await (await fetch('/data/municipalities.geojson')).json()) as {
        features: {
          properties: { code: string; name: string };
          geometry: { coordinates: number[][][][] };
        }[];
      };
      const coverBoxes: { what: string; box: Box }[] = [];
      for (const selector of covers) {
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (r.width < 1 || r.height < 1 || style.visibility === 'hidden') continue;
          if (el.contains(container)) continue;
          coverBoxes.push({ what: selector, box: r });
        }
      }
      const problems: string[] = [];
      for (const code of codes) {
        const f = fc.features.find((x) => x.properties.code === code)!;
        const points = f.geometry.coordinates.flat(2);
        const xs = points.map((p) => p[0]!);
        const ys = points.map((p) => p[1]!);
        const nw = map.project([Math.min(...xs), Math.max(...ys)]);
        const se = map.project([Math.max(...xs), Math.min(...ys)]);
        const box = {
          left: canvas.left + nw.x,
          top: canvas.top + nw.y,
          right: canvas.left + se.x,
          bottom: canvas.top + se.y,
        };
        const name = f.properties.name;
        const e = 1;
        if (
          box.left < canvas.left - e ||
          box.top < canvas.top - e ||
          box.right > canvas.right + e ||
          box.bottom > canvas.bottom + e
        ) {
          problems.push(`${name} reaches outside the map`);
        }
        for (const { what, box: c } of coverBoxes) {
          const w = Math.min(box.right, c.right) - Math.max(box.left, c.left);
          const h = Math.min(box.bottom, c.bottom) - Math.max(box.top, c.top);
          if (w > e && h > e) problems.push(`${name} is under ${what}`);
        }
      }
      return problems;
    },
    { codes, covers: COVERS },
  );
}

async function expectFramed(page: Page, codes: readonly string[], what: string) {
  await expect
    .poll(() => framingProblems(page, codes), { message: what, timeout: 20_000 })
    .toEqual([]);
}

/** The focus municipalities with a project of the theme (lead or partner), from the catalogue. */
async function municipalitiesWithTheme(page: Page, theme: string): Promise<string[]> {
  return page.evaluate(async (theme) => {
    const catalogue = (await (await fetch('/data/catalogue.json')).json()) as {
      projects: { themes: string[]; lead: string | null; municipalities: string[] }[];
    };
    const codes = new Set<string>();
    for (const p of catalogue.projects) {
      if (!p.themes.includes(theme)) continue;
      if (p.lead) codes.add(p.lead);
      for (const c of p.municipalities) codes.add(c);
    }
    return [...codes].sort();
  }, theme);
}

/** The municipalities of the comparison, from the table or cards it shows. */
async function comparedCodes(page: Page): Promise<string[]> {
  const url = new URL(page.url());
  return (url.searchParams.get('cmp') ?? '').split(',').filter(Boolean);
}

/** Elements of the sidebar wider than it, or cut by their own box: nothing may stick out. */
async function sidebarOverflow(page: Page): Promise<string[]> {
  return page.locator('#sidebar').evaluate((sidebar) => {
    const edge = sidebar.getBoundingClientRect();
    const out: string[] = [];
    for (const el of sidebar.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      // Visually hidden names are 1 px and clipped on purpose.
      if (style.clipPath === 'inset(50%)' || style.position === 'absolute') continue;
      const label = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (r.left < edge.left - 0.5 || r.right > edge.right + 0.5) out.push(`${label} sticks out`);
      else if (
        el.scrollWidth > el.clientWidth + 1 &&
        style.overflowX !== 'auto' &&
        style.overflowX !== 'scroll'
      ) {
        out.push(`${label} cuts its content`);
      }
    }
    return out;
  });
}

const SCREENS = [
  { name: 'desktop 1440x900', width: 1440, height: 900, phone: false },
  { name: 'laptop 1280x720', width: 1280, height: 720, phone: false },
  { name: 'phone 390x844', width: 390, height: 844, phone: true },
] as const;

test.describe.configure({ timeout: 180_000 });

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name}`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: screen.phone,
      isMobile: screen.phone,
    });

    test('picking Luleå shows Luleå clear of the panel, legend and buttons', async ({ page }) => {
      await openMap(page);
      await page.getByRole('combobox', { name: 'Kommun' }).fill('Luleå');
      await page.getByRole('option', { name: 'Luleå' }).click();
      await expect(page.getByRole('complementary', { name: 'Luleå' })).toBeVisible();
      await expectFramed(page, [LULEA], `Luleå at ${screen.name}`);
      await expectNoAxeViolations(page, `Luleå at ${screen.name}`);
    });

    test('the Transport filter shows every matching municipality', async ({ page }) => {
      await openMap(page);
      const matching = await municipalitiesWithTheme(page, TRANSPORT_THEME);
      expect(matching.length).toBeGreaterThan(1);
      if (screen.phone) {
        await page.getByRole('button', { name: 'Filter och statistik' }).click();
      }
      await page.getByRole('button', { name: /^Transport \d+$/ }).click();
      if (screen.phone) {
        // The drawer says how many match and closes on the way to the map.
        await page.getByRole('button', { name: /^Visa \d+ träff/ }).click();
        await expect(page.locator('#sidebar')).toBeHidden();
      }
      await expect(page).toHaveURL(/theme=transport/);
      await expectFramed(page, matching, `Transport at ${screen.name}`);
      await expectNoAxeViolations(page, `Transport at ${screen.name}`);
    });

    test('comparing Luleå with its neighbours keeps the map with the whole set', async ({
      page,
    }) => {
      await openMap(page, `?m=${LULEA}`);
      await page.getByRole('button', { name: 'Jämför med grannar' }).first().click();
      await expect(page.getByRole('region', { name: /Jämför Luleå med grannar/ })).toBeVisible();
      const codes = await comparedCodes(page);
      expect(codes).toContain(LULEA);
      expect(codes.length).toBeGreaterThan(2);
      await expectFramed(page, codes, `the comparison at ${screen.name}`);
      if (screen.phone) {
        // One card per municipality, not a table of seven columns.
        await expect(page.getByTestId('comparison-figures').locator('.compare-card')).toHaveCount(
          codes.length,
        );
      } else {
        // The first column stays in place when the table scrolls sideways.
        const table = page.getByTestId('comparison-figures');
        const label = table.locator('tbody th').first();
        const before = (await label.boundingBox())!.x;
        await table.evaluate((t) => {
          const box = t.closest('.compare-scroll')!;
          box.scrollLeft = box.scrollWidth;
        });
        await expect.poll(async () => (await label.boundingBox())!.x).toBeCloseTo(before, 0);
      }
      await expectNoAxeViolations(page, `the comparison at ${screen.name}`);
    });
  });
}

test.describe('the sidebar at every width', () => {
  for (const width of [360, 390, 1280, 1440]) {
    test(`nothing in the sidebar sticks out at ${width} px, in Swedish and English`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const language of ['sv', 'en'] as const) {
        await openMap(page, `?v=1&lang=${language}&theme=transport`);
        const sidebar = page.locator('#sidebar');
        if (width <= 900) {
          await page.locator('.drawer-toggle').click();
        }
        await expect(sidebar.locator('.chip--filter').first()).toBeVisible();
        expect(await sidebarOverflow(page), `${width} px, ${language}`).toEqual([]);
      }
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header is one row and the copied note moves nothing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openMap(page);
    const bar = page.locator('.header__bar');
    const barBox = (await bar.boundingBox())!;
    // Title, share and language share one row.
    for (const name of [/Dela länk/, /In English/]) {
      const b = (await page.getByRole('button', { name }).boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(barBox.y);
      expect(b.y + b.height).toBeLessThanOrEqual(barBox.y + barBox.height + 0.5);
    }
    expect(barBox.height).toBeLessThan(64);
    const language = page.getByRole('button', { name: /In English/ });
    const before = (await language.boundingBox())!;
    await page.getByRole('button', { name: /Dela länk/ }).click();
    await expect(page.getByText('Länken är kopierad')).toBeVisible();
    expect(await language.boundingBox()).toEqual(before);
  });

  test('keyboard focus is never hidden behind the sheet', async ({ page }) => {
    await openMap(page, `?m=${LULEA}`);
    const sheet = page.getByTestId('sheet');
    await expect(sheet).toBeVisible();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const sheet = document.querySelector('[data-testid="sheet"]');
        if (!el || !sheet || sheet.contains(el) || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const s = sheet.getBoundingClientRect();
        const within =
          r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom;
        return within ? `${el.tagName} "${el.getAttribute('aria-label') ?? el.textContent}"` : null;
      });
      expect(hidden, `focus stop ${i + 1}`).toBeNull();
    }
  });
});
