import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressBuild } from '../../server/precompress';
import { startServer, type RunningServer } from '../../server/serve';
import { loadPath, residentMegabytes, startNodeServer, type NodeServer } from './load';

/**
 * The short form of `npm run load` (seconds, not minutes): `npm start`'s server answers every
 * request of a few rounds of 100 connections on the app, a script and a data file, and keeps
 * nothing of them: what is left on its heap after a full garbage collection stays where the
 * first round left it. (The resident memory of a process, which `npm run load` reports, is too
 * coarse for seconds: V8 grows its heap lazily.)
 */

/** A full garbage collection, asked of V8 for this test. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const PATHS = ['/', '/assets/main-abc.js', '/data/municipalities.geojson'];

async function makeBuild(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'load-test-'));
  await mkdir(path.join(root, 'assets'));
  await mkdir(path.join(root, 'data'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>'.repeat(50));
  await writeFile(path.join(root, 'assets', 'main-abc.js'), 'console.log(1);\n'.repeat(5_000));
  await writeFile(
    path.join(root, 'data', 'municipalities.geojson'),
    JSON.stringify({ features: Array.from({ length: 2_000 }, (_, i) => ({ id: i })) }),
  );
  await precompressBuild(root);
  return root;
}

describe('the production server under load, in this process', () => {
  let root: string;
  let server: RunningServer;

  beforeAll(async () => {
    root = await makeBuild();
    server = await startServer({ root, host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers every request, and keeps nothing of them on its heap', async () => {
    const heap: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const target of PATHS) {
        const load = await loadPath(server.url, target, { connections: 100, seconds: 1 });
        expect(load.requests, target).toBeGreaterThan(0);
        expect([target, load.errors, load.non2xx, load.errorKinds]).toEqual([target, 0, 0, {}]);
      }
      collectGarbage();
      heap.push(process.memoryUsage().heapUsed / 1e6);
    }
    // From the second round on (the first warms up): not a megabyte more per round.
    expect(heap[3]! - heap[1]!, `heap after each round, MB: ${heap.join(', ')}`).toBeLessThan(2);
  });
});

describe('the production server under load, as its own process (as npm run load runs it)', () => {
  let root: string;
  let server: NodeServer;

  beforeAll(async () => {
    root = await makeBuild();
    server = await startNodeServer(root, 0);
  });

  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it.skipIf(process.platform !== 'linux')(
    'starts, tells its memory and answers 100 connections (memory read from /proc: Linux only)',
    async () => {
      expect(await residentMegabytes(server.pid)).toBeGreaterThan(10);
      const load = await loadPath(server.url, '/', { connections: 100, seconds: 1 });
      expect([load.errors, load.non2xx]).toEqual([0, 0]);
      expect(load.requests).toBeGreaterThan(0);
    },
  );
});
