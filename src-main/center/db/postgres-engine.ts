import pg from 'pg';
import { CenterDbError, type SqlEngine, type SqlRunner, type SqlValue } from './sql-engine';

/** `?` placeholders become `$1…$n` (the center's SQL has no `?` inside string literals). */
export function toPostgresParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Statements with parameters are named, so each connection parses and plans one once and then
 * only binds and executes it: the center runs a handful of statements thousands of times.
 */
const statementNames = new Map<string, string>();
function queryOf(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
  const text = toPostgresParams(sql);
  if (params.length === 0) return { text };
  let name = statementNames.get(sql);
  if (!name) {
    name = `center_${statementNames.size + 1}`;
    statementNames.set(sql, name);
  }
  return { name, text, values: [...params] };
}

function runnerOf(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await client.query(queryOf(sql, params))).rows as T[],
    run: async (sql, params = []) => (await client.query(queryOf(sql, params))).rowCount ?? 0,
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
