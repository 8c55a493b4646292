import { SHARED_POSTGRES_ENV, startPostgres } from './postgres';

/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run, its URL published in
 * KIOSK_TEST_PG_URL for the workers (they inherit this process's environment). Every test still
 * gets a fresh database of its own in it (center-databases.ts); a file that does not find the
 * variable starts a cluster of its own, as before.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env[SHARED_POSTGRES_ENV]) return undefined; // another project's setup started it
  const cluster = await startPostgres();
  process.env[SHARED_POSTGRES_ENV] = cluster.url;
  return async () => {
    delete process.env[SHARED_POSTGRES_ENV];
    await cluster.stop();
  };
}
