import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite } from '../db/database.ts';
import { apiSuite } from './api-suite.fixture.ts';

/** The API on the embedded database, as `npm start` runs it by default (DATA_DIR). */
apiSuite('PGlite', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'integrationskartan-pglite-'));
  return {
    open: () => openPglite(path.join(dataDir, 'pglite')),
    env: { DATA_DIR: dataDir },
    teardown: () => rm(dataDir, { recursive: true, force: true }),
  };
});
