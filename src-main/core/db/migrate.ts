import type { Database } from 'better-sqlite3';
import { type Clock, systemClock } from '../../api/center-clock';
import { type Migration, MigrationError, migrationLabel } from './migration';

export interface MigrateResult {
  readonly applied: readonly string[];
  readonly version: number;
}

interface AppliedRow {
  readonly version: number;
  readonly name: string;
}

/**
 * Refuses a database whose recorded steps are not the start of `steps`: one written by a newer
 * build, one whose step N is another step than ours, or one that took a later step before an
 * earlier one (which would leave the two kiosks with schemas built in different orders).
 */
function checkHistory(applied: readonly AppliedRow[], steps: readonly Migration[]): void {
  const ours = new Map(steps.map((m) => [m.version, m]));
  const unknown = applied.filter((row) => !ours.has(row.version));
  if (unknown.length > 0) {
    throw new MigrationError(
      'migration-newer-database',
      `the database has schema steps this app does not know (${unknown.map(migrationLabel).join(', ')}): it was written by a newer version; refusing to touch it`,
    );
  }
  for (const row of applied) {
    const step = ours.get(row.version);
    if (step && step.name !== row.name) {
      throw new MigrationError(
        'migration-renamed',
        `the database recorded step ${migrationLabel(row)} where this app has ${migrationLabel(step)}: it was written by a build with another migration order; refusing to touch it`,
      );
    }
  }
  const done = new Set(applied.map((row) => row.version));
  const lastApplied = Math.max(0, ...done);
  const skipped = steps.filter((m) => !done.has(m.version) && m.version < lastApplied);
  if (skipped.length > 0) {
    throw new MigrationError(
      'migration-out-of-order',
      `the database has step ${String(lastApplied).padStart(4, '0')} but not the earlier ${skipped.map(migrationLabel).join(', ')}: applying it now would build the schema in another order than on other kiosks; refusing to touch it`,
    );
  }
}

/**
 * Applies, in number order and in one transaction, every step of `steps` the database has not
 * recorded in `schema_migrations` (version and name of each): either the database takes every
 * pending step or it stays exactly as it was. Pending steps must all come after the recorded
 * ones; see `checkHistory`.
 */
export function migrate(db: Database, steps: readonly Migration[], clock: Clock = systemClock): MigrateResult {
  const sorted = [...steps].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.version === m.version) {
      throw new MigrationError('migration-duplicate', `two migrations share number ${m.version}: ${prev.name}, ${m.name}`);
    }
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedRow[];
  checkHistory(applied, sorted);
  const done = new Set(applied.map((row) => row.version));
  const pending = sorted.filter((m) => !done.has(m.version));
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const top = sorted.at(-1)?.version ?? 0;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db, clock);
      record.run(m.version, m.name, clock.now().toISOString());
    }
    db.pragma(`user_version = ${top}`);
  })();
  return { applied: pending.map(migrationLabel), version: top };
}
