import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../support/postgres';

describe('the throwaway PostgreSQL cluster of tests/support', () => {
  let cluster: TestPostgres;
  beforeAll(async () => {
    cluster = await startPostgres();
  });
  afterAll(async () => {
    await cluster.stop();
  });

  it('answers on loopback and makes separate databases', async () => {
    const url = await cluster.createDatabase('one');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ db: string; v: string }>('SELECT current_database() AS db, version() AS v');
    await client.end();
    expect(rows[0]?.db).toBe('one');
    expect(rows[0]?.v).toMatch(/^PostgreSQL 15/);
  });
});
