import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { runEditorCommand } from '../scripts/editor.ts';
import { configFromEnv, createLivingCatalogue } from '../server/api/index.ts';
import { openPglite } from '../server/db/database.ts';
import { startServer, type RunningServer } from '../server/serve.ts';
import { DIST } from './hosting.ts';
import { expect } from './fixtures';

/**
 * The production server with its suggestions API on an embedded database of its own (PGlite in a
 * temporary folder) and one editor account, for the scenarios of the living catalogue.
 */
export const EDITOR = { name: 'greta', password: 'redaktionens långa lösenord' } as const;

export interface LivingCatalogue {
  server: RunningServer;
  close: () => Promise<void>;
}

/**
 * Starts the server on a free port with a fresh database and the editor account. A port of its
 * own per call: with fullyParallel each worker runs the file's beforeAll, and a retry runs it again.
 */
export async function startLivingCatalogue(): Promise<LivingCatalogue> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'integrationskartan-e2e-api-'));
  const code = await runEditorCommand(
    ['add', EDITOR.name],
    { DATA_DIR: dataDir, EDITOR_PASSWORD: EDITOR.password },
    () => {},
  );
  expect(code).toBe(0);
  const api = createLivingCatalogue({
    root: DIST,
    open: () => openPglite(path.join(dataDir, 'pglite')),
    config: configFromEnv({}),
    log: () => {},
  });
  const server = await startServer({ root: DIST, host: '127.0.0.1', port: 0, api });
  await api.ready;
  return {
    server,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const SIGN_IN = {
  sv: { username: 'Användarnamn', password: 'Lösenord', signIn: 'Logga in' },
  en: { username: 'Username', password: 'Password', signIn: 'Sign in' },
} as const;

/** Signs the editor in at /redaktion, in Swedish or English, on `page`. */
export async function signInAsEditor(
  page: Page,
  server: RunningServer,
  language: 'sv' | 'en' = 'sv',
): Promise<void> {
  const labels = SIGN_IN[language];
  await page.goto(`${server.url}redaktion${language === 'en' ? '?lang=en' : ''}`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByLabel(labels.username).fill(EDITOR.name);
  await page.getByLabel(labels.password).fill(EDITOR.password);
  await page.getByRole('button', { name: labels.signIn }).click();
}

/**
 * An editor's own browser (a context of its own, not the reader's), signed in at /redaktion and
 * with the suggestion `reference` opened from the list of new ones.
 */
export async function openForReview(
  browser: Browser,
  server: RunningServer,
  reference: string,
  language: 'sv' | 'en' = 'sv',
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await signInAsEditor(page, server, language);
  await page.getByRole('button', { name: new RegExp(`\\b${reference}\\b`) }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeFocused();
  return { page, close: () => context.close() };
}
