import type { Page } from '@playwright/test';
import type { RunningServer } from '../server/serve.ts';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { EDITOR, startLivingCatalogue, type LivingCatalogue } from './living-catalogue';

/**
 * An editor publishes a coordinator's correction: signs in at /redaktion, reads the suggestion as a
 * diff against the record, corrects a field in both languages, accepts, and the map shows it at
 * its next load, from the same /data/catalogue.json, without a rebuild. The production server with
 * its API on an embedded database of its own, on a phone and a laptop, in Swedish and English.
 */
test.describe.configure({ mode: 'serial' });
// Each run signs in, reviews, and loads the map twice.
test.slow();

const PASSWORD = EDITOR.password;
let living: LivingCatalogue;
let server: RunningServer;

test.beforeAll(async () => {
  living = await startLivingCatalogue();
  server = living.server;
});

test.afterAll(async () => {
  await living?.close();
});

/** A coordinator's suggestion, as the app's form sends it. */
async function suggest(page: Page, title: string): Promise<string> {
  const response = await page.request.post(`${server.url}api/suggestions`, {
    data: {
      kind: 'change',
      projectId: 'kiruna-cafe-metropol',
      record: { title: { sv: title } },
      message: 'Caféet heter så nu.',
      sender: { name: 'Kim Koordinator', organisation: 'Kiruna kommun', email: 'kim@example.org' },
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

const RUNS = [
  {
    name: 'on a phone in Swedish',
    viewport: { width: 390, height: 844 },
    language: 'sv',
    labels: { username: 'Användarnamn', password: 'Lösenord', signIn: 'Logga in' },
    accept: 'Godkänn och publicera',
    correct: 'Rätta titel (svenska)',
    save: 'Spara rättelsen',
    accepted: 'Förslaget är godkänt och publicerat på kartan.',
    before: 'Café Metropol',
    title: {
      sv: 'Café Metropol – mötesplats i Kiruna',
      en: 'Café Metropol – a meeting place in Kiruna',
    },
  },
  {
    name: 'on a laptop in English',
    viewport: { width: 1280, height: 720 },
    language: 'en',
    labels: { username: 'Username', password: 'Password', signIn: 'Sign in' },
    accept: 'Accept and publish',
    correct: 'Correct title (Swedish)',
    save: 'Save the correction',
    accepted: 'The suggestion is accepted and published on the map.',
    // What the run before published.
    before: 'Café Metropol – mötesplats i Kiruna',
    title: { sv: 'Café Metropol i Kiruna', en: 'Café Metropol in Kiruna' },
  },
] as const;

for (const run of RUNS) {
  test(`an editor corrects and publishes a suggestion ${run.name}`, async ({
    page,
    consoleErrors,
    cspViolations,
  }) => {
    await page.setViewportSize(run.viewport);
    // axe-core compiles its messages with new Function, which the page's policy blocks and
    // reports: those reports are axe's; the page itself must cause none.
    const axe = (what: string) => expectNoAxeViolations(page, what);
    const pageViolations = () => cspViolations.filter((v) => v !== 'script-src eval');
    const reference = await suggest(page, `${run.title.sv} (utkast)`);

    // Without a session the review API answers 401, and the page shows the sign-in form.
    expect((await page.request.get(`${server.url}api/review/suggestions`)).status()).toBe(401);
    await page.goto(`${server.url}redaktion${run.language === 'en' ? '?lang=en' : ''}`);
    await expect(page.locator('html')).toHaveAttribute('lang', run.language);
    await expect(page.getByLabel(run.labels.username)).toBeVisible();
    await axe(`the sign-in form (${run.name})`);
    await page.getByLabel(run.labels.username).fill('greta');
    await page.getByLabel(run.labels.password).fill(PASSWORD);
    await page.getByRole('button', { name: run.labels.signIn }).click();

    // The suggestion in the list of new ones, opened as a diff against the record.
    const item = page.getByRole('button', { name: new RegExp(reference) });
    await item.click();
    const detail = page.getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    // The title now and as proposed, side by side.
    const values = detail.getByRole('definition');
    await expect(values.filter({ hasText: `${run.title.sv} (utkast)` })).toBeVisible();
    await expect(values.filter({ hasText: new RegExp(`^${run.before}$`) })).toBeVisible();
    await expect(detail.getByText('Kim Koordinator, Kiruna kommun,')).toBeVisible();
    await axe(`the review of a suggestion (${run.name})`);

    // Correct the title in both languages.
    await detail.getByRole('button', { name: run.correct }).click();
    const swedish = detail.getByLabel(run.language === 'sv' ? 'Svenska' : 'Swedish');
    await expect(swedish).toBeFocused();
    await swedish.fill(run.title.sv);
    await detail.getByLabel(run.language === 'sv' ? 'Engelska' : 'English').fill(run.title.en);
    await axe(`the correction of a field (${run.name})`);
    await detail.getByRole('button', { name: run.save }).click();
    await expect(values.filter({ hasText: run.title.en })).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath(`review-${run.viewport.width}.png`),
      fullPage: true,
    });

    await detail.getByRole('button', { name: run.accept }).click();
    await expect(page.getByRole('status').filter({ hasText: run.accepted })).toBeVisible();

    // Published at once in the file the app loads, with the record's history.
    const file = (await (await page.request.get(`${server.url}data/catalogue.json`)).json()) as {
      projects: Array<{ id: string; title: { sv: string; en: string }; history?: unknown[] }>;
    };
    const cafe = file.projects.find((p) => p.id === 'kiruna-cafe-metropol')!;
    expect(cafe.title).toEqual(run.title);
    expect(cafe.history?.at(-1)).toMatchObject({ kind: 'change', changes: ['title'], reference });

    // The map shows it, in both languages, without a rebuild.
    for (const language of ['sv', 'en'] as const) {
      await page.goto(`${server.url}?v=1&lang=${language}&m=2584&p=kiruna-cafe-metropol`);
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
        timeout: 30_000,
      });
      await expect(
        page.getByRole('heading', { name: run.title[language], level: 2 }),
      ).toBeVisible();
    }
    expect(pageViolations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('the review is refused without a session, and a forged cross-site accept changes nothing', async ({
  page,
}) => {
  const reference = await suggest(page, 'Förfalskat');
  const list = await page.request.get(`${server.url}api/review/suggestions`);
  expect(list.status()).toBe(401);
  // A page of another site cannot decide: no session cookie goes with it (SameSite=Strict), and
  // even with one, its Origin is refused.
  await page.goto(`${server.url}redaktion`);
  await page.getByLabel('Användarnamn').fill('greta');
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: new RegExp(reference) }).click();
  const listed = (await (
    await page.request.get(`${server.url}api/review/suggestions?state=new`)
  ).json()) as { suggestions: Array<{ id: string; reference: string }> };
  const id = listed.suggestions.find((s) => s.reference === reference)!.id;
  const forged = await page.request.post(`${server.url}api/review/suggestions/${id}/decision`, {
    data: { decision: 'accept' },
    headers: { origin: 'https://evil.example' },
  });
  expect(forged.status()).toBe(403);
  await page.reload();
  await page.getByRole('button', { name: new RegExp(reference) }).click();
  await expect(page.getByRole('button', { name: 'Godkänn och publicera' })).toBeVisible();
});
