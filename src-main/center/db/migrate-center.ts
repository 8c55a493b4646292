import { type Clock, systemClock } from '../../api/center-clock';
import { CENTER_MIGRATIONS, type CenterMigration } from './center-migrations';
import { CenterDbError, type SqlEngine } from './sql-engine';
import { splitStatements } from './sqlite-engine';

/** Any fixed number: every center process takes this lock while migrating, so only one migrates. */
const MIGRATION_LOCK = 7_531_016;

/**
 * Applies the pending steps in one transaction. On PostgreSQL an advisory lock makes center
 * processes that start together wait for each other instead of racing to create the same tables.
 */
export async function migrateCenter(
  engine: SqlEngine,
  list: readonly CenterMigration[] = CENTER_MIGRATIONS,
  clock: Clock = systemClock,
): Promise<{ applied: number[] }> {
  return engine.transaction(async (tx) => {
    if (engine.kind === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await tx.run(
      'CREATE TABLE IF NOT EXISTS center_schema (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM center_schema')).map((r) => Number(r.version)));
    const known = new Set(list.map((m) => m.version));
    const unknown = [...done].filter((v) => !known.has(v));
    if (unknown.length > 0) {
      throw new CenterDbError('newer-schema', `the database has center schema steps ${unknown.join(', ')} this version does not know`);
    }
    const applied: number[] = [];
    for (const m of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(engine.kind === 'postgres' ? m.postgres : m.sqlite)) await tx.run(statement);
      await tx.run('INSERT INTO center_schema (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        clock.now().toISOString(),
      ]);
      applied.push(m.version);
    }
    return { applied };
  });
}
