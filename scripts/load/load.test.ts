import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressBuild } from '../../server/precompress';
import { residentMegabytes, rounds, startNodeServer, type NodeServer } from './load';
import { MEMORY_GROWTH_LIMIT } from './run';

/**
 * The short form of `npm run load` (seconds, not minutes): `npm start`'s server, as its own
 * process, answers every request of a few rounds of 100 connections on the app, a script and a
 * data file, and its memory stays where the first round left it.
 */
describe('the production server under load', () => {
  let root: string;
  let server: NodeServer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'load-test-'));
    await mkdir(path.join(root, 'assets'));
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>'.repeat(50));
    await writeFile(path.join(root, 'assets', 'main-abc.js'), 'console.log(1);\n'.repeat(5_000));
    await writeFile(
      path.join(root, 'data', 'municipalities.geojson'),
      JSON.stringify({ features: Array.from({ length: 2_000 }, (_, i) => ({ id: i })) }),
    );
    await precompressBuild(root);
    server = await startNodeServer(root, 0);
  });

  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it.skipIf(process.platform !== 'linux')(
    'answers every request, and its memory stays flat across rounds (memory read from /proc: Linux only)',
    async () => {
      expect(await residentMegabytes(server.pid)).toBeGreaterThan(10);
      const paths = ['/', '/assets/main-abc.js', '/data/municipalities.geojson'];
      const done = await rounds(server.url, paths, {
        connections: 100,
        seconds: 1,
        rounds: 4,
        pid: server.pid,
      });
      const loads = done.flatMap((r) => r.loads);
      expect(loads.every((l) => l.requests > 0)).toBe(true);
      expect(loads.map((l) => `${l.path}: ${l.errors} errors, ${l.non2xx} non-2xx`)).toEqual(
        loads.map((l) => `${l.path}: 0 errors, 0 non-2xx`),
      );
      // The first round warms the server up; from the second on, no growth.
      const [, second, , last] = done.map((r) => r.memoryMb!);
      expect(last).toBeLessThanOrEqual(
        second! * (1 + MEMORY_GROWTH_LIMIT.fraction) + MEMORY_GROWTH_LIMIT.mb,
      );
    },
  );
});
