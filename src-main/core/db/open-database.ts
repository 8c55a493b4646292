import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Clock } from '../../api/center-clock';
import { makePrivateDir, touchPrivateFile } from '../system/private-dir';
import { migrate } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export type { Database };

/**
 * Opens the kiosk database: WAL so readers never block the writer, foreign keys on, and
 * `synchronous=FULL` so that a commit the citizen is told about survives a power cut. The file is
 * created 0600 (SQLite gives its -wal and -shm files the same mode).
 */
export function openDatabase(file: string, options: Readonly<{ migrations?: readonly Migration[]; clock?: Clock }> = {}): Database {
  if (file !== ':memory:') {
    makePrivateDir(dirname(file));
    touchPrivateFile(file);
  }
  const db = new BetterSqlite3(file);
  try {
    // Freed pages and cells are zeroed, so a purged ID number does not linger in the file.
    db.pragma('secure_delete = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrations ?? allMigrations, options.clock);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
