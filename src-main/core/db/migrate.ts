import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

export interface MigrateResult {
  readonly from: number;
  readonly to: number;
  readonly applied: readonly string[];
}

/**
 * Applies every migration newer than `PRAGMA user_version`, all in one transaction: either the
 * database reaches the newest version or it stays exactly as it was.
 */
export function migrate(db: Database, list: readonly Migration[]): MigrateResult {
  const versions = list.map((m) => m.version);
  versions.forEach((v, i) => {
    if (v !== i + 1) throw new Error(`migrations must be numbered 1..N without gaps; found ${v} at position ${i + 1}`);
  });
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > list.length) {
    throw new Error(`database schema ${from} is newer than this app knows (${list.length}); refusing to touch it`);
  }
  const pending = list.filter((m) => m.version > from);
  const run = db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run();
  return { from, to: list.length, applied: pending.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`) };
}
