import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { send as fetchRaw, type Answer as RawResponse } from '../server/request-fuzz.fixture.ts';

/** Helpers of the hosting scenarios: raw HTTP, and Debian's nginx with the shipped recipe. */

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DIST = path.join(REPO, 'dist');

/**
 * One request as sent, path unnormalised (`/../x` stays `/../x`), nothing decompressed: the body
 * as sent (still compressed when Content-Encoding says so).
 */
export { fetchRaw, type RawResponse };

/** The entry script of the build, as index.html names it (/assets/main-<hash>.js). */
export async function entryScript(base: string): Promise<string> {
  const html = (await fetchRaw(base, '/')).body.toString('utf8');
  const match = /<script type="module"[^>]*src="([^"]+)"/.exec(html);
  if (!match) throw new Error('no module script in index.html');
  return match[1]!;
}

async function waitForPort(base: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log()}`);
    try {
      await fetchRaw(base, '/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on ${base}: ${log()}`);
}

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** nobody:nogroup on Debian: nginx never runs as root here. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

/**
 * Runs deploy/nginx.conf with Debian's nginx on 127.0.0.1:`port`, serving `root`: the shipped file
 * with its `listen` and `root` filled in, inside a minimal main configuration whose pid file, logs
 * and temporary folders are in a folder of its own. Started as root (as in CI), it drops to nobody.
 */
export async function startNginx(options: {
  root: string;
  port: number;
  /** Connections nginx takes at once (64: enough for a browser; a load test needs more). */
  workerConnections?: number;
}): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install nginx)`);
  }
  const prefix = await mkdtemp(path.join(tmpdir(), 'integrationskartan-nginx-'));
  const shipped = await readFile(path.join(REPO, 'deploy', 'nginx.conf'), 'utf8');
  const fill = (text: string, line: string, replacement: string) => {
    if (text.split(line).length !== 2) throw new Error(`deploy/nginx.conf: expected one "${line}"`);
    return text.replace(line, replacement);
  };
  let site = fill(shipped, 'listen 80;', `listen 127.0.0.1:${options.port};`);
  site = fill(site, 'root /srv/integrationskartan/dist;', `root ${path.resolve(options.root)};`);
  await writeFile(path.join(prefix, 'site.conf'), site);
  await copyFile('/etc/nginx/mime.types', path.join(prefix, 'mime.types'));
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      'error_log stderr warn;',
      `events { worker_connections ${options.workerConnections ?? 64}; }`,
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${prefix}/client_body;`,
      `  proxy_temp_path ${prefix}/proxy;`,
      `  fastcgi_temp_path ${prefix}/fastcgi;`,
      `  uwsgi_temp_path ${prefix}/uwsgi;`,
      `  scgi_temp_path ${prefix}/scgi;`,
      `  include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(prefix, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  let output = '';
  const child = spawn(
    NGINX,
    ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-e', 'stderr', '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'], ...(asRoot ? UNPRIVILEGED : {}) },
  );
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await waitForPort(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
