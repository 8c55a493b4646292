import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import type { Migration } from '../../../src-main/core/db/migration';
import { migrations } from '../../../src-main/core/db/migrations';

const make = (version: number, sql: string): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(sql) });

describe('migrate', () => {
  const db = new BetterSqlite3(':memory:');
  afterEach(() => {
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]) {
      db.exec(`DROP TABLE "${name}"`);
    }
  });

  it('applies every step once and records it', () => {
    const list = [make(1, 'CREATE TABLE a (x INTEGER)'), make(2, 'CREATE TABLE b (y INTEGER)')];
    expect(migrate(db, list).applied).toEqual(['0001-m1', '0002-m2']);
    expect(migrate(db, list).applied).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('applies a step merged later even when a higher one already ran', () => {
    migrate(db, [make(1, 'CREATE TABLE a (x)'), make(3, 'CREATE TABLE c (z)')]);
    const result = migrate(db, [make(1, 'CREATE TABLE a (x)'), make(2, 'CREATE TABLE b (y)'), make(3, 'CREATE TABLE c (z)')]);
    expect(result.applied).toEqual(['0002-m2']);
  });

  it('rolls back every step when one fails', () => {
    const list = [make(1, 'CREATE TABLE a (x)'), make(2, 'CREATE TABLE broken (')];
    expect(() => migrate(db, list)).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='a'").all();
    expect(tables).toEqual([]);
  });

  it('refuses a database written by a newer app', () => {
    migrate(db, [make(1, 'CREATE TABLE a (x)'), make(2, 'CREATE TABLE b (y)')]);
    expect(() => migrate(db, [make(1, 'CREATE TABLE a (x)')])).toThrow(/newer version/);
  });

  it('refuses two steps with one number', () => {
    expect(() => migrate(db, [make(1, 'SELECT 1'), make(1, 'SELECT 2')])).toThrow(/share number 1/);
  });

  it('0001-init creates config and install tables', () => {
    migrate(db, migrations);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['config', 'install', 'schema_migrations']));
  });
});
