import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx } from '../../e2e/hosting.ts';
import { loadPaths, rounds, startNodeServer, type Round } from './load.ts';

/**
 * `npm run load`: the production build under load, from this machine, on 127.0.0.1.
 * `npm start`'s server (as its own process, as the systemd unit runs it) and nginx with the
 * shipped recipe, each with 1 000 connections for 30 s on each of `/`, the entry script and a
 * data file (browser headers: br, gzip), three rounds for the Node server (after a warm-up of
 * 10 s on each: its memory grows to what 1 000 connections need, then stays), one for nginx.
 * Writes bench/results/load.json and prints a table for docs/server.md; fails when any request
 * failed or the server's memory grew from the first round to the last.
 *
 *   --connections N   (1000)   --seconds N (30)   --rounds N (3)   --port N (4190; nginx N+1)
 *   --no-nginx
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(REPO, 'dist');

/** Memory that grows by more than this from the first round to the last is no plateau. */
export const MEMORY_GROWTH_LIMIT = { fraction: 0.1, mb: 10 };

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return value;
}

const table = (server: string, round: Round, index: number) =>
  round.loads.map(
    (l) =>
      `| ${server} | ${index} | \`${l.path.replace(/-[\w-]{8}\.js$/, '-….js')}\` | ${l.requestsPerSecond} | ${l.latencyP99} | ${l.errors + l.non2xx} | ${round.memoryMb ?? '–'} |`,
  );

async function main(argv: string[]): Promise<number> {
  const connections = option(argv, 'connections', 1000);
  const seconds = option(argv, 'seconds', 30);
  const count = option(argv, 'rounds', 3);
  const port = option(argv, 'port', 4190);
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error('load: no build in dist/: run "npm run build" first');
    return 1;
  }
  const log = (line: string) => console.log(`[load] ${line}`);
  const results: Record<string, Round[]> = {};

  const node = await startNodeServer(DIST, port);
  try {
    const paths = await loadPaths(node.url);
    log(
      `npm start's server (pid ${node.pid}): ${count} rounds of ${connections} connections × ${seconds} s on ${paths.join(', ')}`,
    );
    log('warm-up');
    await rounds(
      node.url,
      paths,
      { connections, seconds: Math.min(seconds, 10), rounds: 1, pid: node.pid },
      log,
    );
    results.node = await rounds(
      node.url,
      paths,
      { connections, seconds, rounds: count, pid: node.pid },
      log,
    );
  } finally {
    await node.stop();
  }
  if (!argv.includes('--no-nginx')) {
    const nginx = await startNginx({
      root: DIST,
      port: port + 1,
      workerConnections: connections * 2,
    });
    try {
      const paths = await loadPaths(nginx.url);
      log(`nginx: 1 round of ${connections} connections × ${seconds} s`);
      results.nginx = await rounds(nginx.url, paths, { connections, seconds, rounds: 1 }, log);
    } finally {
      await nginx.stop();
    }
  }

  const lines = [
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
    '',
    '| server | round | path | requests/s | p99 latency (ms) | errors | server memory after the round (MB) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...Object.entries(results).flatMap(([server, rs]) =>
      rs.flatMap((r, i) => table(server, r, i + 1)),
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  await mkdir(path.join(REPO, 'bench', 'results'), { recursive: true });
  await writeFile(
    path.join(REPO, 'bench', 'results', 'load.json'),
    `${JSON.stringify({ date: new Date().toISOString(), connections, seconds, results }, null, 2)}\n`,
  );

  let failed = false;
  for (const [server, rs] of Object.entries(results)) {
    const loads = rs.flatMap((r) => r.loads);
    const failures = loads.reduce((n, l) => n + l.errors + l.non2xx, 0);
    if (failures > 0) {
      const kinds = loads.map((l) => JSON.stringify(l.errorKinds)).join(' ');
      console.error(`load: ${failures} requests to ${server} failed (${kinds})`);
      failed = true;
    }
  }
  const memory = results.node!.map((r) => r.memoryMb);
  const [first, last] = [memory[0], memory.at(-1)];
  if (first != null && last != null) {
    const limit = first * (1 + MEMORY_GROWTH_LIMIT.fraction) + MEMORY_GROWTH_LIMIT.mb;
    if (last > limit) {
      console.error(
        `load: the server's memory grew from ${first} MB to ${last} MB (limit ${limit.toFixed(0)} MB)`,
      );
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
