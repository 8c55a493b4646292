import { existsSync, renameSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Clock } from '../../api/center-clock';
import { type Database, openDatabase } from './open-database';

export interface KioskDatabase {
  readonly db: Database;
  /** Where a malformed database was moved before a fresh one was made, or null. */
  readonly setAside: string | null;
}

/** SQLite's answers for a file that is not, or no longer, a database (SQLITE_CORRUPT and its extended codes). */
function isMalformed(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** Asks SQLite to read every page's structure: cheap for a kiosk's database, and it catches a file damaged at rest. */
function checkIntegrity(file: string): void {
  const probe = new BetterSqlite3(file, { fileMustExist: true });
  try {
    const result = probe.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw Object.assign(new Error(`quick_check: ${String(result).slice(0, 200)}`), { code: 'SQLITE_CORRUPT' });
  } finally {
    probe.close();
  }
}

/**
 * Opens the kiosk's database. A file SQLite calls malformed is never deleted and never lets the
 * kiosk hang: it is moved aside to `kiosk.db.corrupt-<time>` (with its -wal and -shm) and a fresh
 * database is made, so the kiosk serves again and a technician can recover what is left.
 * Any other failure (permissions, a full disk) is thrown: moving a good file aside would hide it.
 */
export function openKioskDatabase(file: string, clock: Clock): KioskDatabase {
  try {
    if (existsSync(file)) checkIntegrity(file);
    return { db: openDatabase(file, { clock }), setAside: null };
  } catch (err) {
    if (!isMalformed(err)) throw err;
    const setAside = `${file}.corrupt-${clock.now().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, setAside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, setAside + suffix);
    return { db: openDatabase(file, { clock }), setAside };
  }
}
