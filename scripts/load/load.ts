import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * Load on a server of this app (autocannon: many keep-alive connections, each sending its next
 * request when the last was answered), and the memory of `npm start`'s server across rounds.
 * Shared by `npm run load` (scripts/load/run.ts) and its short form in the tests.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface PathLoad {
  path: string;
  connections: number;
  seconds: number;
  /** Answers per second, mean over the run. */
  requestsPerSecond: number;
  /** Milliseconds. */
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  requests: number;
  /** Connection errors and timeouts (autocannon counts a timeout as an error too). */
  errors: number;
  /** The errors by kind ("ECONNRESET": 3, "request timed out": 1). */
  errorKinds: Record<string, number>;
  /** Answers other than 2xx (a 304 would count: none is asked for). */
  non2xx: number;
}

/** `connections` connections on one path for `seconds`, with the request headers of a browser. */
export async function loadPath(
  base: string,
  target: string,
  options: { connections: number; seconds: number },
): Promise<PathLoad> {
  const errorKinds: Record<string, number> = {};
  const run = autocannon({
    url: new URL(target, base).href,
    connections: options.connections,
    duration: options.seconds,
    headers: { 'accept-encoding': 'br, gzip' },
    // A request still unanswered after 30 s is an error (a browser would have given up by then).
    timeout: 30,
  });
  (run as unknown as NodeJS.EventEmitter).on('reqError', (error: NodeJS.ErrnoException) => {
    const kind = error.code ?? error.message;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  });
  const result = await run;
  return {
    path: target,
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    errorKinds,
    non2xx: result.non2xx,
  };
}

/** The resident memory of a process in MB (Linux: /proc), or null where it cannot be read. */
export async function residentMegabytes(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    return kb ? Math.round(Number(kb[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

export interface NodeServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * `npm start`'s server as its own process, as the systemd unit runs it (node --import tsx), on
 * `port` (0: any free one), serving `root`: its memory is its own, not the load generator's.
 */
export async function startNodeServer(root: string, port: number): Promise<NodeServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'server', 'serve.ts'), root],
    {
      cwd: REPO,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  let started: RegExpExecArray | null;
  while (!(started = / on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output))) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: started[1]!, pid: child.pid!, stop };
}

export interface Round {
  loads: PathLoad[];
  /** The server's resident memory after the round (and a second's rest), MB. */
  memoryMb: number | null;
}

/** Rounds of load on each path in turn, the server's memory after each. */
export async function rounds(
  base: string,
  paths: readonly string[],
  options: { connections: number; seconds: number; rounds: number; pid?: number },
  log: (line: string) => void = () => undefined,
): Promise<Round[]> {
  const out: Round[] = [];
  for (let i = 1; i <= options.rounds; i++) {
    const loads: PathLoad[] = [];
    for (const target of paths) {
      const load = await loadPath(base, target, options);
      log(
        `round ${i} ${target}: ${load.requestsPerSecond} req/s, p99 ${load.latencyP99} ms, ` +
          `${load.errors} errors${load.errors ? ` ${JSON.stringify(load.errorKinds)}` : ''}, ${load.non2xx} non-2xx`,
      );
      loads.push(load);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const memoryMb = options.pid === undefined ? null : await residentMegabytes(options.pid);
    if (memoryMb !== null) log(`round ${i}: server memory ${memoryMb} MB`);
    out.push({ loads, memoryMb });
  }
  return out;
}

/** The paths of a load run: the app, its entry script, a data file. */
export async function loadPaths(base: string): Promise<string[]> {
  const html = await (await fetch(base)).text();
  const script = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error(`${base}: no module script in index.html`);
  return ['/', script, '/data/municipalities.geojson'];
}
