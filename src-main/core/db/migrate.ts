import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

export interface MigrateResult {
  readonly applied: readonly string[];
  readonly version: number;
}

const label = (m: Migration) => `${String(m.version).padStart(4, '0')}-${m.name}`;

/**
 * Applies every migration not yet recorded in `schema_migrations`, in version order, all in one
 * transaction: either the database takes every pending step or it stays exactly as it was.
 * Recording each step (not only a high-water mark) lets features merged in any order each get
 * their step applied.
 */
export function migrate(db: Database, list: readonly Migration[]): MigrateResult {
  const sorted = [...list].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.version === m.version) throw new Error(`two migrations share number ${m.version}: ${prev.name}, ${m.name}`);
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const done = new Map(
    (db.prepare('SELECT version, name FROM schema_migrations').all() as { version: number; name: string }[]).map((r) => [
      r.version,
      r.name,
    ]),
  );
  const known = new Set(sorted.map((m) => m.version));
  const unknown = [...done.keys()].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new Error(
      `database has schema steps this app does not know (${unknown.join(', ')}): it was written by a newer version; refusing to touch it`,
    );
  }
  const pending = sorted.filter((m) => !done.has(m.version));
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      record.run(m.version, m.name, new Date().toISOString());
    }
    const top = sorted.at(-1)?.version ?? 0;
    db.pragma(`user_version = ${top}`);
  })();
  return { applied: pending.map(label), version: sorted.at(-1)?.version ?? 0 };
}
