import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { Mutex } from '../../api/mutex';
import type { SqlEngine, SqlRunner, SqlValue } from './sql-engine';

/**
 * The embedded engine for one commune. better-sqlite3 is synchronous, so a transaction whose body
 * awaits would let another request's statements slip into it: every operation goes through one
 * queue, and a transaction holds the queue until it ends.
 */
export function openSqliteEngine(file: string): SqlEngine {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db: Database = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // Personal data must not linger in freed pages after a purge.
  db.pragma('secure_delete = ON');
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const direct: SqlRunner = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => {
      const stmt = prepare(sql);
      if (stmt.reader) return stmt.all(...params) as T[];
      stmt.run(...params);
      return [];
    },
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
  };
  const lock = new Mutex();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => lock.run(fn);
  return {
    kind: 'sqlite',
    all: (sql, params) => serial(() => direct.all(sql, params)),
    run: (sql, params) => serial(() => direct.run(sql, params)),
    transaction: (fn) =>
      serial(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () =>
      serial(async () => {
        db.close();
      }),
  };
}

/** Migrations end each statement with a semicolon at the end of a line; a trigger body keeps its own inside the line. */
export function splitStatements(sql: string): string[] {
  return `${sql}\n`
    .split(/;[ \t]*\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
