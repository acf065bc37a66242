import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A real PostgreSQL server for the tests: Debian's (apt-get install postgresql, which .ci/run does),
 * a cluster of its own in a temporary folder on a free port of 127.0.0.1, run as an unprivileged
 * user (nobody) when the tests run as root, as in CI. Missing binaries fail the test, never skip it.
 */

/** nobody:nogroup on Debian: PostgreSQL refuses to run as root. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      `no PostgreSQL in ${root}: install Debian's postgresql (apt-get install postgresql)`,
    );
  }
  return path.join(root, versions[0]!, 'bin');
}

function run(bin: string, args: string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  return new Promise((resolve, reject) => {
    execFile(
      path.join(postgresBin(), bin),
      args,
      { ...(asRoot ? UNPRIVILEGED : {}), timeout: 120_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${bin}: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PostgresCluster {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Stops the server (fast shutdown), keeping its files: start() brings it back. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it and removes its folder. */
  destroy: () => Promise<void>;
}

export async function startPostgres(): Promise<PostgresCluster> {
  const folder = await mkdtemp(path.join(tmpdir(), 'integrationskartan-pg-'));
  if (process.getuid?.() === 0) chownSync(folder, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  const data = path.join(folder, 'data');
  const log = path.join(folder, 'server.log');
  await run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
    '-N',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    try {
      await run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', '-t', '60', 'start']);
    } catch (error) {
      const text = await readFile(log, 'utf8').catch(() => '');
      throw new Error(`${(error as Error).message}\n${text}`, { cause: error });
    }
  };
  const stop = async () => {
    await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: async () => {
      await stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
