import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite } from '../db/database.ts';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './auth.ts';
import { apiSuite, startApi } from './api-suite.fixture.ts';
import { call, makeTestBuild, SUGGESTIONS } from './test-build.fixture.ts';

/** The API on the embedded database, as `npm start` runs it by default (DATA_DIR). */
apiSuite('PGlite', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'integrationskartan-pglite-'));
  return {
    open: () => openPglite(path.join(dataDir, 'pglite')),
    env: { DATA_DIR: dataDir },
    teardown: () => rm(dataDir, { recursive: true, force: true }),
  };
});

describe('without its database', () => {
  it('says so clearly (503) and still serves the map and the built catalogue', async () => {
    const root = await makeTestBuild();
    const blocked = path.join(root, 'index.html', 'pglite');
    const running = await startApi(root, () => openPglite(blocked), {}, false);
    try {
      const base = running.server.url;
      const reply = await call(base, 'POST', '/api/suggestions', { body: SUGGESTIONS.change });
      expect(reply.status).toBe(503);
      expect(reply.json.error).toMatch(/not available right now, so nothing was saved/);
      // A session can be checked only in the database: with a cookie, the review says it is away;
      // without one there is nothing to check (401, and the sign-in page asks for a name).
      const cookie = `${SESSION_COOKIE}=${'a'.repeat(43)}`;
      for (const target of ['/api/review/suggestions', '/api/session']) {
        expect((await call(base, 'GET', target, { headers: { cookie } })).status).toBe(503);
      }
      expect((await call(base, 'GET', '/api/review/suggestions')).status).toBe(401);
      expect((await call(base, 'GET', '/data/catalogue.json')).status).toBe(200);
      expect((await call(base, 'GET', '/')).status).toBe(200);
    } finally {
      await running.server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
