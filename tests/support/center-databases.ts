import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { SHARED_POSTGRES_ENV, sharedPostgres, startPostgres, type TestPostgres } from './postgres';

/** The two engines every center integration test runs against. */
export const CENTER_ENGINES = ['sqlite', 'postgres'] as const;
export type CenterEngineKind = (typeof CENTER_ENGINES)[number];

let cluster: Promise<TestPostgres> | null = null;
let counter = 0;
const dirs: string[] = [];

/** Stops this file's cluster and removes its SQLite dirs; safe to call twice. */
export async function releaseCenterDatabases(): Promise<void> {
  const started = cluster;
  cluster = null;
  if (started) await (await started).stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Once per file where each file has a process of its own (e2e). Where files share a worker and its
// modules (the integration project), this line runs for the first file only: the project's setup
// file tests/support/center-databases-release.ts registers the release for every file.
afterAll(releaseCenterDatabases);

/**
 * A fresh, empty database URL for the engine: a SQLite file in a temp dir, or a new database in
 * the run's shared PostgreSQL cluster, else this test file's own (started on first use, stopped
 * after the file).
 */
export async function freshDatabase(kind: CenterEngineKind): Promise<string> {
  counter += 1;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'center-db-'));
    dirs.push(dir);
    return `sqlite:${join(dir, 'center.db')}`;
  }
  cluster ??= clusterOfThisFile();
  return (await cluster).createDatabase(`center_${process.pid}_${counter}`);
}

/** The run's shared cluster, or one of this file's own (started now, stopped after the file). */
function clusterOfThisFile(): Promise<TestPostgres> {
  const shared = process.env[SHARED_POSTGRES_ENV];
  return shared ? Promise.resolve(sharedPostgres(shared)) : startPostgres();
}

/** The cluster of this file, for tests that need its URL (several center processes on one database). */
export async function postgresCluster(): Promise<TestPostgres> {
  cluster ??= clusterOfThisFile();
  return cluster;
}
