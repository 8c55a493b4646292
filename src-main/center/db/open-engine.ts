import type { Clock } from '../../api/center-clock';
import { migrateCenter } from './migrate-center';
import { openPostgresEngine } from './postgres-engine';
import { CenterDbError, type SqlEngine } from './sql-engine';
import { openSqliteEngine } from './sqlite-engine';

/** `sqlite:FILE` (one commune, no set-up) or `postgres://…` / `postgresql://…` (a province). */
export function engineFromUrl(url: string, options: Readonly<{ poolSize?: number }> = {}): SqlEngine {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new CenterDbError('bad-url', 'sqlite: needs a file, for example sqlite:center.db');
    return openSqliteEngine(file);
  }
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgresEngine(url, options);
  throw new CenterDbError('bad-url', 'the database must be sqlite:FILE or postgres://user@host:port/db');
}

/** Opens the database named by `url` and brings its schema up to date. */
export async function openCenterEngine(url: string, options: Readonly<{ poolSize?: number; clock?: Clock }> = {}): Promise<SqlEngine> {
  const engine = engineFromUrl(url, options);
  try {
    await migrateCenter(engine, undefined, options.clock);
    return engine;
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
}
