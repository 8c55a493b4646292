import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import { type Migration, sequence } from '../../../src-main/core/db/migration';
import { migrations, retiredMigrations } from '../../../src-main/core/db/migrations';

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

  it('refuses a database that took a later step before an earlier one, naming both', () => {
    migrate(db, [make(1, 'CREATE TABLE a (x)'), make(3, 'CREATE TABLE c (z)')]);
    const list = [make(1, 'CREATE TABLE a (x)'), make(2, 'CREATE TABLE b (y)'), make(3, 'CREATE TABLE c (z)')];
    expect(() => migrate(db, list)).toThrow(
      expect.objectContaining({ code: 'migration-out-of-order', message: expect.stringMatching(/0003.*0002-m2/) }),
    );
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").all()).toEqual([]);
  });

  it('refuses a database whose step N has another name', () => {
    migrate(db, [make(1, 'CREATE TABLE a (x)')]);
    const renamed: Migration = { version: 1, name: 'other', up: () => {} };
    expect(() => migrate(db, [renamed])).toThrow(
      expect.objectContaining({ code: 'migration-renamed', message: expect.stringMatching(/0001-m1.*0001-other/) }),
    );
  });

  it('rolls back every step when one fails', () => {
    const list = [make(1, 'CREATE TABLE a (x)'), make(2, 'CREATE TABLE broken (')];
    expect(() => migrate(db, list)).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='a'").all();
    expect(tables).toEqual([]);
  });

  it('refuses a database written by a newer app', () => {
    migrate(db, [make(1, 'CREATE TABLE a (x)'), make(2, 'CREATE TABLE b (y)')]);
    expect(() => migrate(db, [make(1, 'CREATE TABLE a (x)')])).toThrow(
      expect.objectContaining({ code: 'migration-newer-database', message: expect.stringMatching(/0002-m2.*newer version/) }),
    );
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

describe('the kiosk’s own migration list', () => {
  const numbers = (list: readonly Migration[]) => list.map((m) => m.version);
  const future = (version: number, name: string): Migration => ({ version, name, up: (db) => db.exec(`CREATE TABLE t${version} (x)`) });

  // What kiosks in the field recorded before numbers were taken in order of writing.
  const field = migrations.filter((m) => m.version <= 7);

  it('is numbered 1…N in order, 0006 being a retired slot', () => {
    const last = migrations.at(-1)?.version ?? 0;
    expect(numbers(field)).toEqual([1, 2, 3, 4, 5, 7]);
    // journey3 branch: 11–13 are placeholders for other branches' steps until the lead renumbers 0014 at merge.
    const held = [11, 12, 13];
    expect(numbers(migrations)).toEqual(Array.from({ length: last }, (_, i) => i + 1).filter((v) => v !== 6 && !held.includes(v)));
    expect(retiredMigrations.map((r) => r.version)).toEqual([6, ...held]);
    expect(() => sequence(migrations, retiredMigrations)).not.toThrow();
  });

  it('upgrades a field kiosk (0001–0005 and 0007 recorded) with steps 0008, 0009, 0010 merged in that order', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, field);
    const later = sequence([...field, future(8, 'print-jobs'), future(9, 'hall'), future(10, 'fees-feedback')], retiredMigrations);
    expect(migrate(db, later).applied).toEqual(['0008-print-jobs', '0009-hall', '0010-fees-feedback']);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(
      expect.arrayContaining([
        { version: 7, name: 'ratings' },
        { version: 10, name: 'fees-feedback' },
      ]),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    db.close();
  });

  it('refuses a step that leaves a hole or takes the retired number', () => {
    expect(() => sequence([...field, future(9, 'hall')], retiredMigrations)).toThrow(
      expect.objectContaining({ code: 'migration-list-gap', message: expect.stringContaining('migration 0008 is missing') }),
    );
    expect(() => sequence([...field, future(6, 'devices')], retiredMigrations)).toThrow(
      expect.objectContaining({ code: 'migration-duplicate' }),
    );
  });
});
