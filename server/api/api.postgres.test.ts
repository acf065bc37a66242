import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratedCatalogueSchema } from '../../src/data/schemas.ts';
import { runEditorCommand } from '../../scripts/editor.ts';
import { openPostgres, REPO } from '../db/database.ts';
import { migrate, MIGRATIONS } from '../db/migrations.ts';
import { freePort, startPostgres, type PostgresCluster } from '../db/postgres.fixture.ts';
import { apiSuite, signIn, startApi } from './api-suite.fixture.ts';
import { call, makeTestBuild, SUGGESTIONS } from './test-build.fixture.ts';

/**
 * The same suite on a real PostgreSQL server (Debian's, in a cluster of its own), and what only a
 * server allows: two server processes on one database, and a database that goes away and returns.
 */
let cluster: PostgresCluster;
const clusterReady = startPostgres().then((c) => (cluster = c));

afterAll(async () => {
  await (await clusterReady).destroy();
});

async function newDatabase(name: string): Promise<string> {
  const { url } = await clusterReady;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return url.replace(/\/postgres$/, `/${name}`);
}

apiSuite('PostgreSQL', async () => {
  const url = await newDatabase('api_suite');
  return {
    open: async () => openPostgres(url),
    env: { DATABASE_URL: url },
    teardown: async () => {},
  };
});

describe.sequential('on one PostgreSQL server', () => {
  let url: string;
  let root: string;

  beforeAll(async () => {
    url = await newDatabase('shared');
    root = await makeTestBuild();
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('applies the migrations once when several processes start at once', async () => {
    const dbs = Array.from({ length: 4 }, () => openPostgres(url));
    const applied = await Promise.all(dbs.map((db) => migrate(db)));
    expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(dbs[0]!)).toEqual([]);
    const rows = await dbs[0]!.query<{ id: number }>('SELECT id FROM schema_migrations');
    expect(rows.map((r) => Number(r.id))).toEqual(MIGRATIONS.map((m) => m.id));
    await Promise.all(dbs.map((db) => db.close()));
  });

  it('two server processes take, decide and publish consistently', async () => {
    expect(
      await runEditorCommand(
        ['add', 'bo'],
        { DATABASE_URL: url, EDITOR_PASSWORD: 'a long enough password' },
        () => {},
      ),
    ).toBe(0);
    const servers = await Promise.all([startProcess(root, url), startProcess(root, url)]);
    try {
      const [a, b] = servers.map((s) => s.url);
      const posted = await call(a!, 'POST', '/api/suggestions', { body: SUGGESTIONS.ended });
      expect(posted.status, posted.text).toBe(201);
      const editorA = await signIn(a!, 'bo', 'a long enough password', '127.0.0.1');
      const editorB = await signIn(b!, 'bo', 'a long enough password', '127.0.0.1');
      // The suggestion taken by one is seen by the other.
      const seen = await call(b!, 'GET', `/api/review/suggestions/${posted.json.id}`, {
        headers: { cookie: editorB.cookie },
      });
      expect(seen.json.suggestion.state).toBe('new');
      // Both accept at once: one decision wins, the other is told.
      const decide = (base: string, e: { cookie: string; csrf: string }) =>
        call(base, 'POST', `/api/review/suggestions/${posted.json.id}/decision`, {
          body: { decision: 'accept' },
          headers: { cookie: e.cookie, 'x-csrf-token': e.csrf },
        });
      const statuses = (await Promise.all([decide(a!, editorA), decide(b!, editorB)])).map(
        (r) => r.status,
      );
      expect(statuses.sort()).toEqual([200, 409]);
      // Both publish it within their refresh time (5 s), with the same content.
      const published = async (base: string) => {
        const deadline = Date.now() + 30_000;
        for (;;) {
          const reply = await call(base, 'GET', '/data/catalogue.json');
          const project = GeneratedCatalogueSchema.parse(reply.json).projects.find(
            (p) => p.id === 'gallivare-kompetens-och-samverkan',
          )!;
          if (project.status === 'completed' || Date.now() > deadline) return reply;
          await new Promise((r) => setTimeout(r, 500));
        }
      };
      const [fromA, fromB] = await Promise.all([published(a!), published(b!)]);
      expect(fromA.headers.etag).toBe(fromB.headers.etag);
      expect(fromA.json).toEqual(fromB.json);
      const history = GeneratedCatalogueSchema.parse(fromA.json).projects.find(
        (p) => p.id === 'gallivare-kompetens-och-samverkan',
      )!.history;
      // Published once, after what the record's history already held.
      expect(history?.filter((h) => h.reference === posted.json.reference)).toEqual([
        expect.objectContaining({ kind: 'ended' }),
      ]);
      expect(history?.at(-1)?.reference).toBe(posted.json.reference);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  it('says clearly that the database is down (503), serves the map meanwhile, and recovers', async () => {
    const running = await startApi(root, async () => openPostgres(url));
    try {
      const base = running.server.url;
      await cluster.stop();
      const down = await call(base, 'POST', '/api/suggestions', {
        body: SUGGESTIONS.change,
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
      expect(down.status).toBe(503);
      expect(down.json.error).toBe(
        'The suggestion store is not available right now, so nothing was saved. Please try again in a while.',
      );
      expect(down.headers['retry-after']).toBe('30');
      expect((await call(base, 'GET', '/data/catalogue.json')).status).toBe(200);
      expect((await call(base, 'GET', '/')).status).toBe(200);
      await cluster.start();
      const back = await call(base, 'POST', '/api/suggestions', {
        body: SUGGESTIONS.change,
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
      expect(back.status, back.text).toBe(201);
    } finally {
      await running.server.close();
    }
  });
});

/** `npm run serve` as its own process on `root`, with DATABASE_URL. */
async function startProcess(
  root: string,
  databaseUrl: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/serve.ts', root],
    {
      cwd: REPO,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const reply = await call(url, 'GET', '/api/status').catch(() => null);
    if (reply?.status === 200) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not get ready: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
