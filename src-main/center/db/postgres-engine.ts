import pg from 'pg';
import { CenterDbError, type SqlEngine, type SqlRunner, type SqlValue } from './sql-engine';

/** `?` placeholders become `$1…$n` (the center's SQL has no `?` inside string literals). */
export function toPostgresParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function runnerOf(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query({ text: toPostgresParams(sql), values: [...params] })).rows as T[],
    run: async (sql, params = []) => (await client.query({ text: toPostgresParams(sql), values: [...params] })).rowCount ?? 0,
  };
}

/**
 * The province engine: a pool of connections to one PostgreSQL that any number of stateless
 * center processes share. Exactly-once comes from the constraints, not from this process.
 */
export function openPostgresEngine(url: string, options: Readonly<{ poolSize?: number }> = {}): SqlEngine {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection whose server went away must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const top = runnerOf(pool);
  return {
    kind: 'postgres',
    all: top.all,
    run: top.run,
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw new CenterDbError('unavailable', `PostgreSQL is not reachable: ${(err as Error).message}`);
      }
      try {
        await client.query('BEGIN');
        const result = await fn(runnerOf(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
