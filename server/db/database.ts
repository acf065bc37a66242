import { PGlite } from '@electric-sql/pglite';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * The store of the living catalogue: PostgreSQL, either embedded (PGlite, a folder under
 * DATA_DIR, made on first start, so `npm start` needs nothing installed) or a server
 * (DATABASE_URL). Both run the same SQL; nothing else in the server knows which it has.
 */

export interface Queryable {
  /** One statement with $1, $2 … parameters; the rows it returns. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is, for messages: a folder, or host and database (never the password). */
  readonly where: string;
  /** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of the server's own data (the embedded database): DATA_DIR, or var/ in the checkout. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR || path.join(REPO, 'var'));
}

/** The database the environment names: DATABASE_URL, else the embedded one in DATA_DIR. */
export function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  return env.DATABASE_URL
    ? Promise.resolve(openPostgres(env.DATABASE_URL))
    : openPglite(path.join(dataDir(env), 'pglite'));
}

/**
 * The embedded database in `dir`, made on first use. PGlite is one process's: a lock file beside
 * the folder says which process has it, and a second one is refused with a clear message
 * instead of both writing the same files (several processes need DATABASE_URL).
 */
export async function openPglite(dir: string): Promise<Database> {
  await mkdir(path.dirname(dir), { recursive: true });
  const release = await lockFolder(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    await release();
    throw error;
  }
  const run = (q: { query: PGlite['query'] }) =>
    async function query<Row>(sql: string, params?: readonly unknown[]) {
      return (await q.query<Row>(sql, params as unknown[] | undefined)).rows;
    };
  return {
    kind: 'pglite',
    where: dir,
    query: run(db),
    exec: async (sql) => void (await db.exec(sql)),
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: run(tx), exec: async (sql) => void (await tx.exec(sql)) }),
      ),
    close: async () => {
      await db.close();
      await release();
    },
  };
}

/** Takes the folder `dir` for this process (a lock file beside it); refused while a live process holds it (a dead one's is taken over). */
async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DatabaseInUseError(
          `the embedded database ${dir} is open in process ${pid}: ` +
            'stop that process first (for several processes use a PostgreSQL server, DATABASE_URL)',
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new DatabaseInUseError(`cannot lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

/** A PostgreSQL server through a pool of connections (node-postgres). */
export function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A query that hangs (a server that stopped answering) fails instead of holding a request.
    query_timeout: 15_000,
  });
  // An idle connection the server drops must not end the process: the next query reconnects.
  pool.on('error', () => {});
  const where = (() => {
    try {
      const u = new URL(url);
      return `postgresql://${u.host}${u.pathname}`;
    } catch {
      return 'postgresql (DATABASE_URL)';
    }
  })();
  const run = (q: pg.Pool | pg.PoolClient) =>
    async function query<Row>(sql: string, params?: readonly unknown[]) {
      const result = await q.query(sql, params as unknown[] | undefined);
      return result.rows as Row[];
    };
  return {
    kind: 'postgres',
    where,
    query: run(pool),
    exec: async (sql) => void (await pool.query(sql)),
    transaction: async (work) => {
      const client = await pool.connect();
      // A connection the server drops while checked out reports it here (the pool only
      // listens while the connection is idle); the query in progress fails on its own.
      const dropped = () => {};
      client.on('error', dropped);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({
          query: run(client),
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      } finally {
        client.off('error', dropped);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/**
 * True for an error that says the database cannot be reached or is going away (a refused or
 * dropped connection, a timeout, a server shutting down), as opposed to a fault in a query.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseInUseError) return true;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (/^(08|57P|53)/.test(code)) return true;
    if (
      ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'].includes(
        code,
      )
    )
      return true;
  }
  return (
    typeof message === 'string' &&
    /timeout|Connection terminated|not queryable|closed|ECONNREFUSED/i.test(message)
  );
}

/** A timestamp from either driver (a Date, or text) as an ISO string. */
export function isoTime(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}
