import type { Locator, Page } from '@playwright/test';
import type { RunningServer } from '../server/serve.ts';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openForReview, startLivingCatalogue, type LivingCatalogue } from './living-catalogue';

/**
 * A coordinator suggests in the app, and what an editor accepts is on the map at its next load:
 * a new project from a municipality's panel, a change to a record (prefilled), a project that has
 * ended (then hidden by the filter), a suggestion typed offline and sent when the network
 * returns, script and HTML in every field shown as text, the suggestions API down (the draft
 * kept), and the open form with axe. The production server with its API on an embedded database
 * of its own; phones and laptops, Swedish and English.
 */
// One server for the file's scenarios; each scenario stands on its own.
// Each scenario loads the map, the form, and often the review and the map again.
test.slow();

let living: LivingCatalogue;
let server: RunningServer;

test.beforeAll(async () => {
  living = await startLivingCatalogue();
  server = living.server;
});

test.afterAll(async () => {
  await living?.close();
});

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 720 };

const WORDS = {
  sv: {
    suggestNew: 'Föreslå ett nytt projekt',
    suggestChange: 'Föreslå en ändring',
    ended: 'Projektet har avslutats',
    kind: 'Typ',
    title: 'Namn',
    summary: 'Beskrivning',
    sv: 'svenska',
    en: 'engelska',
    themes: /^Teman/,
    targetGroups: /^Målgrupper/,
    sender: 'Du som föreslår',
    name: 'Ditt namn',
    organisation: 'Organisation',
    email: 'E-post',
    consent: /Jag samtycker/,
    send: 'Skicka förslaget',
    close: 'Stäng',
    receipt: /Ditt förslag har referensen (F-\d+)\./,
    queued: 'Förslaget skickas när nätet är tillbaka',
    leads: /Projekt som kommunen leder \((\d+)\)/,
    updated: /Uppdaterad \d{4}-\d{2}-\d{2}, granskad/,
    map: /Karta över kommunerna/,
    count: /^(\d+) projekt$/,
    hideEnded: 'Dölj avslutade projekt',
    list: 'Lista',
    accept: 'Godkänn och publicera',
    accepted: 'Förslaget är godkänt och publicerat på kartan.',
    correctTitle: 'Rätta titel (svenska)',
    correctSv: 'Svenska',
    correctEn: 'Engelska',
    save: 'Spara rättelsen',
    restored: 'Ditt utkast från förra gången är återställt.',
  },
  en: {
    suggestNew: 'Suggest a new project',
    suggestChange: 'Suggest a change',
    ended: 'The project has ended',
    kind: 'Kind',
    title: 'Name',
    summary: 'Description',
    sv: 'Swedish',
    en: 'English',
    themes: /^Themes/,
    targetGroups: /^Target groups/,
    sender: 'About you',
    name: 'Your name',
    organisation: 'Organisation',
    email: 'Email',
    consent: /I agree/,
    send: 'Send the suggestion',
    close: 'Close',
    receipt: /Your suggestion has the reference (F-\d+)\./,
    queued: 'The suggestion is sent when the network is back',
    leads: /Projects the municipality leads \((\d+)\)/,
    updated: /Updated \d{4}-\d{2}-\d{2}, reviewed/,
    map: /Map of the municipalities/,
    count: /^(\d+) projects?$/,
    hideEnded: 'Hide projects that have ended',
    list: 'List',
    accept: 'Accept and publish',
    accepted: 'The suggestion is accepted and published on the map.',
    correctTitle: 'Correct title (Swedish)',
    correctSv: 'Swedish',
    correctEn: 'English',
    save: 'Save the correction',
    restored: 'Your draft from last time has been restored.',
  },
} as const;
type Language = keyof typeof WORDS;

/** Opens the app of the living catalogue's server and waits for the map. */
async function openMap(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}?v=1&${query}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
    timeout: 30_000,
  });
}

/** The number of projects the map shows for the selected municipality (keyboard focus). */
async function countOnMap(page: Page, language: Language): Promise<number> {
  await page.getByRole('img', { name: WORDS[language].map }).focus();
  const value = page.locator('.map-tooltip .map-tooltip__value');
  await expect(value).toHaveText(WORDS[language].count);
  return Number(WORDS[language].count.exec((await value.textContent()) ?? '')![1]);
}

/** The number in the heading "Projects the municipality leads (N)" of a panel. */
async function leadsIn(panel: Locator, language: Language): Promise<number> {
  const heading = panel.getByRole('heading', { name: WORDS[language].leads });
  const text = (await heading.textContent()) ?? '';
  return Number(WORDS[language].leads.exec(text)![1]);
}

/** Fills the sender's part of the form and ticks the consent. */
async function fillSender(dialog: Locator, language: Language, name = 'Kim Koordinator') {
  const w = WORDS[language];
  const sender = dialog.getByRole('group', { name: w.sender });
  await sender.getByRole('textbox', { name: new RegExp(`^${w.name}`) }).fill(name);
  await sender.getByRole('textbox', { name: new RegExp(`^${w.organisation}`) }).fill('Kommunen');
  await sender.getByRole('textbox', { name: new RegExp(`^${w.email}`) }).fill('kim@example.org');
  await sender.getByRole('checkbox', { name: w.consent }).check();
}

interface NewProject {
  title: { sv: string; en: string };
  summary: { sv: string; en: string };
}

/** Fills the form of a new project with what a record needs. */
async function fillNewProject(dialog: Locator, language: Language, project: NewProject) {
  const w = WORDS[language];
  await dialog.getByLabel(w.kind).selectOption('project');
  for (const lang of ['sv', 'en'] as const) {
    await dialog.getByLabel(`${w.title} (${w[lang]})`).fill(project.title[lang]);
    await dialog.getByLabel(`${w.summary} (${w[lang]})`).fill(project.summary[lang]);
  }
  await dialog.getByRole('group', { name: w.themes }).getByRole('checkbox').first().check();
  await dialog.getByRole('group', { name: w.targetGroups }).getByRole('checkbox').first().check();
}

/** Sends the form and reads the reference from the receipt. */
async function sendAndReadReceipt(dialog: Locator, language: Language): Promise<string> {
  const w = WORDS[language];
  await dialog.getByRole('button', { name: w.send }).click();
  const receipt = dialog.getByRole('status').filter({ hasText: w.receipt });
  await expect(receipt).toBeVisible();
  return w.receipt.exec((await receipt.textContent()) ?? '')![1]!;
}

/** The editor accepts a suggestion in the review, after correcting its title if asked. */
async function accept(
  page: Page,
  reference: string,
  language: Language,
  title?: { sv: string; en: string },
) {
  const w = WORDS[language];
  const review = await openForReview(page.context().browser()!, server, reference, language);
  const detail = review.page.getByRole('article');
  if (title) {
    await detail.getByRole('button', { name: w.correctTitle }).click();
    await detail.getByLabel(w.correctSv, { exact: true }).fill(title.sv);
    await detail.getByLabel(w.correctEn, { exact: true }).fill(title.en);
    await detail.getByRole('button', { name: w.save }).click();
    await expect(detail.getByRole('definition').filter({ hasText: title.en })).toBeVisible();
  }
  await detail.getByRole('button', { name: w.accept }).click();
  await expect(review.page.getByRole('status').filter({ hasText: w.accepted })).toBeVisible();
  await review.close();
}

const NEW_RUNS = [
  {
    name: 'on a phone in Swedish',
    viewport: PHONE,
    language: 'sv',
    code: '2506',
    place: 'Arjeplog',
  },
  { name: 'on a laptop in English', viewport: LAPTOP, language: 'en', code: '2418', place: 'Malå' },
] as const;

for (const run of NEW_RUNS) {
  test(`a coordinator suggests a new project, an editor corrects and accepts it, the map shows it ${run.name}`, async ({
    page,
    consoleErrors,
  }) => {
    const w = WORDS[run.language];
    await page.setViewportSize(run.viewport);
    await openMap(page, `lang=${run.language}&m=${run.code}`);
    const before = await countOnMap(page, run.language);
    const panel = page.getByRole('complementary', { name: run.place });
    const leadsBefore = (await panel.getByRole('heading', { name: w.leads }).count())
      ? await leadsIn(panel, run.language)
      : 0;

    await panel.getByRole('button', { name: w.suggestNew }).click();
    const dialog = page.getByRole('dialog', { name: w.suggestNew });
    await expect(dialog).toBeVisible();
    const drafted = {
      title: { sv: `Språkcafé i ${run.place} (utkast)`, en: `Language café in ${run.place}` },
      summary: {
        sv: `Ett språkcafé på biblioteket i ${run.place} varje onsdag.`,
        en: `A language café at the library in ${run.place} every Wednesday.`,
      },
    };
    await fillNewProject(dialog, run.language, drafted);
    await fillSender(dialog, run.language);
    const reference = await sendAndReadReceipt(dialog, run.language);
    await dialog.getByRole('button', { name: w.close }).first().click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('button', { name: w.suggestNew })).toBeFocused();

    const title = { sv: `Språkcafé i ${run.place}`, en: `Language café in ${run.place}` };
    await accept(page, reference, run.language, title);

    // The reader loads the page again: the project is counted on the map and listed in the panel.
    await page.reload();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    expect(await countOnMap(page, run.language)).toBe(before + 1);
    await expect(panel.getByRole('heading', { name: w.leads })).toContainText(
      `(${leadsBefore + 1})`,
    );
    await panel.getByRole('button', { name: title[run.language] }).click();
    const detail = page.getByTestId('project-detail');
    await expect(
      detail.getByRole('heading', { level: 2, name: title[run.language] }),
    ).toBeVisible();
    await expect(detail.getByText(w.updated).first()).toBeVisible();
    await expect(detail.getByText(drafted.summary[run.language])).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}

test('"Suggest a change" opens the record prefilled and sends what changed, on a phone in English', async ({
  page,
  consoleErrors,
}) => {
  const w = WORDS.en;
  await page.setViewportSize(PHONE);
  await openMap(page, 'lang=en&p=pitea-antiryktes');
  const detail = page.getByTestId('project-detail');
  await detail.getByRole('button', { name: w.suggestChange }).click();
  const dialog = page.getByRole('dialog', { name: w.suggestChange });
  const record = (await (await page.request.get(`${server.url}data/catalogue.json`)).json()) as {
    projects: Array<{ id: string; title: { sv: string; en: string }; period: string | null }>;
  };
  const antiryktes = record.projects.find((p) => p.id === 'pitea-antiryktes')!;
  await expect(dialog.getByLabel(`${w.title} (${w.sv})`)).toHaveValue(antiryktes.title.sv);
  await expect(dialog.getByLabel(`${w.title} (${w.en})`)).toHaveValue(antiryktes.title.en);
  await dialog.getByLabel('Period', { exact: true }).fill('2016–2019');
  await fillSender(dialog, 'en');
  const reference = await sendAndReadReceipt(dialog, 'en');

  // The editor sees only the period as changed.
  const review = await openForReview(page.context().browser()!, server, reference, 'en');
  const article = review.page.getByRole('article');
  await expect(article.getByRole('heading', { name: 'period', level: 4 })).toBeVisible();
  await expect(article.getByRole('definition').filter({ hasText: '2016–2019' })).toBeVisible();
  await expect(article.getByRole('heading', { level: 4 })).toHaveCount(1);
  await review.close();
  expect(consoleErrors).toEqual([]);
});

test('an ended project says so, and "Dölj avslutade projekt" hides it until Back, on a laptop in Swedish', async ({
  page,
  consoleErrors,
}) => {
  const w = WORDS.sv;
  await page.setViewportSize(LAPTOP);
  await openMap(page, 'p=boden-klondyke');
  const detail = page.getByTestId('project-detail');
  await detail.getByRole('button', { name: w.ended }).click();
  const dialog = page.getByRole('dialog', { name: w.ended });
  await dialog.getByLabel('När och varför avslutades projektet?').fill('Det slutade 2019.');
  await fillSender(dialog, 'sv');
  const reference = await sendAndReadReceipt(dialog, 'sv');
  await dialog.getByRole('button', { name: w.close }).first().click();
  await accept(page, reference, 'sv');

  await page.reload();
  await expect(detail.getByRole('heading', { level: 2, name: /Klondyke/ })).toBeVisible();
  await expect(detail.getByText(w.ended, { exact: true })).toBeVisible();
  await expect(detail.getByRole('button', { name: w.ended })).toHaveCount(0);
  await expect(detail.getByText(w.updated).first()).toBeVisible();

  // In the list, the filter hides it; Back brings it back.
  await openMap(page, 'view=list');
  const table = page.getByTestId('project-table');
  const row = table.getByRole('row').filter({ hasText: /Klondyke/ });
  await expect(row).toHaveCount(1);
  const hide = page.getByRole('checkbox', { name: w.hideEnded });
  await hide.check();
  await expect(page).toHaveURL(/[?&]ended=hide/);
  await expect(row).toHaveCount(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/ended=hide/);
  await expect(hide).not.toBeChecked();
  await expect(row).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('a suggestion typed offline is queued and sent when the network returns, on a phone in Swedish', async ({
  page,
  context,
}) => {
  const w = WORDS.sv;
  await page.setViewportSize(PHONE);
  await openMap(page, 'm=2421');
  const panel = page.getByRole('complementary', { name: 'Storuman' });
  await panel.getByRole('button', { name: w.suggestNew }).click();
  const dialog = page.getByRole('dialog', { name: w.suggestNew });
  const title = { sv: 'Läxhjälp på fjället', en: 'Homework help in the mountains' };
  await fillNewProject(dialog, 'sv', {
    title,
    summary: { sv: 'Läxhjälp två kvällar i veckan.', en: 'Homework help two evenings a week.' },
  });
  await fillSender(dialog, 'sv', 'Olle Offline');

  await context.setOffline(true);
  await dialog.getByRole('button', { name: w.send }).click();
  await expect(dialog.getByRole('status').filter({ hasText: w.queued })).toBeVisible();

  // Back online: the queue sends it, and the receipt replaces the notice.
  await context.setOffline(false);
  const receipt = dialog.getByRole('status').filter({ hasText: w.receipt });
  await expect(receipt).toBeVisible();
  const reference = w.receipt.exec((await receipt.textContent()) ?? '')![1]!;

  // The API has it: the editor's list names it.
  const review = await openForReview(page.context().browser()!, server, reference, 'sv');
  await expect(review.page.getByRole('article')).toContainText('Olle Offline');
  await review.close();
});

const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>fet</b>`;

test('script and HTML typed in every field show as text in the receipt and the review, on a laptop in English', async ({
  page,
  consoleErrors,
}) => {
  const w = WORDS.en;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize(LAPTOP);
  await openMap(page, 'lang=en&m=2417');
  const panel = page.getByRole('complementary', { name: 'Norsjö' });
  await panel.getByRole('button', { name: w.suggestNew }).click();
  const dialog = page.getByRole('dialog', { name: w.suggestNew });
  await fillNewProject(dialog, 'en', {
    title: { sv: `Titel ${HOSTILE}`, en: `Title ${HOSTILE}` },
    summary: { sv: `Text ${HOSTILE}`, en: `Text ${HOSTILE}` },
  });
  // Every other text field of the form (the address and links keep their formats).
  for (const label of [
    'Project owners',
    'Steering group',
    'Partners',
    'Funding',
    'Period',
    'Figures (Swedish)',
    'Figures (English)',
    'Message to the editors',
  ]) {
    await dialog.getByLabel(label, { exact: true }).fill(`${label} ${HOSTILE}`);
  }
  await dialog.getByLabel('Links', { exact: true }).fill(`https://example.org/ ${HOSTILE}`);
  await dialog.getByRole('button', { name: 'Add a contact person' }).click();
  const contact = dialog.getByRole('group', { name: 'Contact person 1' });
  await contact.getByRole('textbox', { name: /^Name/ }).fill(`Contact ${HOSTILE}`);
  await contact.getByRole('textbox', { name: /^Role/ }).fill(`Role ${HOSTILE}`);
  await contact.getByRole('textbox', { name: /^Organisation/ }).fill(`Org ${HOSTILE}`);
  await fillSender(dialog, 'en', `Sender ${HOSTILE}`);
  const reference = await sendAndReadReceipt(dialog, 'en');
  await expect(dialog.locator('script, img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  const review = await openForReview(page.context().browser()!, server, reference, 'en');
  review.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const article = review.page.getByRole('article');
  for (const text of [
    `Title ${HOSTILE}`,
    `Text ${HOSTILE}`,
    `Partners ${HOSTILE}`,
    `Message to the editors ${HOSTILE}`,
    `Sender ${HOSTILE}`,
  ]) {
    await expect(article.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expect(article.locator('script, img, b')).toHaveCount(0);
  expect(
    await review.page.evaluate(() => (window as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await review.close();
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('with the suggestions API down the form says so and keeps what was typed, on a phone in English', async ({
  page,
}) => {
  const w = WORDS.en;
  await page.setViewportSize(PHONE);
  // The database is down: the API answers 500 (nothing queued), then 503 (queued, sent later).
  await page.route('**/api/suggestions', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'the suggestion store is down' }),
    }),
  );
  await openMap(page, 'lang=en&p=pitea-antiryktes');
  const detail = page.getByTestId('project-detail');
  await detail.getByRole('button', { name: w.suggestChange }).click();
  let dialog = page.getByRole('dialog', { name: w.suggestChange });
  await dialog.getByLabel('Period', { exact: true }).fill('2016–2020');
  await fillSender(dialog, 'en', 'Dana Down');
  await dialog.getByRole('button', { name: w.send }).click();
  await expect(dialog.getByRole('alert')).toContainText('the suggestion store is down');

  await page.reload();
  await detail.getByRole('button', { name: w.suggestChange }).click();
  dialog = page.getByRole('dialog', { name: w.suggestChange });
  await expect(dialog.getByText(w.restored)).toBeVisible();
  await expect(dialog.getByLabel('Period', { exact: true })).toHaveValue('2016–2020');
  await expect(dialog.getByRole('textbox', { name: /^Your name/ })).toHaveValue('Dana Down');

  // Unavailable (503): kept in the browser, said so, and sent at the next start once it is up.
  await page.unroute('**/api/suggestions');
  await page.route('**/api/suggestions', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'unavailable' }),
    }),
  );
  await dialog.getByRole('button', { name: w.send }).click();
  await expect(dialog.getByRole('status').filter({ hasText: w.queued })).toBeVisible();
  await page.unroute('**/api/suggestions');
  await page.reload();
  await detail.getByRole('button', { name: w.suggestChange }).click();
  dialog = page.getByRole('dialog', { name: w.suggestChange });
  await expect(dialog.getByText(/Sent earlier: F-\d+/)).toBeVisible();
});

const AXE_RUNS = [
  { name: 'a new project on a phone in Swedish', viewport: PHONE, language: 'sv', query: 'm=2580' },
  {
    name: 'a change on a laptop in English',
    viewport: LAPTOP,
    language: 'en',
    query: 'lang=en&p=lulea-brottning-for-integration',
  },
] as const;

for (const run of AXE_RUNS) {
  test(`the open suggestion form has no axe violations: ${run.name}`, async ({ page }) => {
    const w = WORDS[run.language];
    await page.setViewportSize(run.viewport);
    await openMap(page, run.query);
    const button = page.getByRole('button', {
      name: run.query.includes('p=') ? w.suggestChange : w.suggestNew,
    });
    await button.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, `the suggestion form (${run.name})`);
    // With the problems of an empty send shown.
    await dialog.getByRole('button', { name: w.send }).click();
    await expect(dialog.locator('[aria-invalid="true"]').first()).toBeFocused();
    await expectNoAxeViolations(page, `the suggestion form with its problems (${run.name})`);
  });
}
