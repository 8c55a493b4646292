import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);
/** Debian's server binaries (`apt-get install postgresql`), newest major version first. */
function postgresBin(): string {
  if (process.env.KIOSK_PG_BIN) return process.env.KIOSK_PG_BIN;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL server binaries not found: apt-get install postgresql (.ci/run does)');
  return join(root, newest, 'bin');
}

/** A PostgreSQL cluster of its own for one test file: real server, temp dir, loopback, stopped afterwards. */
export interface TestPostgres {
  /** `postgres://kiosk@127.0.0.1:PORT/postgres` */
  readonly url: string;
  readonly port: number;
  /** A fresh empty database in this cluster; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Runs a PostgreSQL tool as the `postgres` account: initdb and pg_ctl refuse to run as root. */
async function asPostgres(tool: string, args: readonly string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', join(postgresBin(), tool), ...args]]
    : [join(postgresBin(), tool), [...args]];
  await run(cmd, argv as string[], { timeout: 60_000 });
}

async function psql(url: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(url: string, port: number, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) throw new Error(`bad database name ${name}`);
  await psql(url, `CREATE DATABASE ${name}`);
  return `postgres://kiosk@127.0.0.1:${port}/${name}`;
}

/**
 * Where the run's one PostgreSQL cluster is, when a global setup started one for every worker
 * (tests/support/postgres-global-setup.ts): initdb and a server start once per run instead of
 * once per test file.
 */
export const SHARED_POSTGRES_ENV = 'KIOSK_TEST_PG_URL';

/**
 * A cluster another part of the run started and stops (tests/support/postgres-global-setup.ts),
 * shared by test processes that run at once: each database gets this process's id and a random
 * suffix after the name asked for (the returned URL says which), and stop() leaves the cluster
 * running. Random rather than counted: a file that resets the module registry starts every
 * module-level count again in the same process, and two databases of one name collided.
 */
export function sharedPostgres(url: string): TestPostgres {
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    createDatabase: (name) => createDatabase(url, port, `${name}_${process.pid}_${randomBytes(4).toString('hex')}`),
    stop: async () => undefined,
  };
}

/** `durable`: keep fsync on (benchmarks); tests turn it off, a throwaway cluster needs no crash safety. */
export async function startPostgres(options: Readonly<{ durable?: boolean }> = {}): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'kiosk', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // A free port can be taken between asking and listening: try again with another.
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await asPostgres('pg_ctl', [
        '-D',
        data,
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${options.durable ? '' : ' -c fsync=off'}`,
        '-l',
        join(dir, 'log'),
        'start',
      ]);
      break;
    } catch (err) {
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }
  const url = `postgres://kiosk@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    port,
    createDatabase: (name) => createDatabase(url, port, name),
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
