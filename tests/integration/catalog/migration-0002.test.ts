import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0002 } from '../../../src-main/core/db/migrations/0002-catalog';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0002 (catalog)', () => {
  const dir = tempDir();
  afterEach(() => dir.remove());

  it('adds the catalog tables to a database made by 0001 alone, keeping what was there', () => {
    const file = join(dir.path, 'kiosk.db');
    const before = openDatabase(file, { migrations: [migration0001] });
    before.prepare("INSERT INTO config (key, value, updated_at) VALUES ('center.name', '\"X\"', 't')").run();
    before.close();
    const db = openDatabase(file, { migrations: [migration0001, migration0002] });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['catalog_active', 'catalog_sync']));
    expect(db.prepare('SELECT value FROM config').pluck().get()).toBe('"X"');
    expect(db.prepare('SELECT name FROM schema_migrations WHERE version = 2').pluck().get()).toBe('catalog');
    db.close();
  });

  it('allows one active catalog row only and only known sources', () => {
    const db = openDatabase(join(dir.path, 'k.db'), { migrations: [migration0001, migration0002] });
    const insert = db.prepare(
      'INSERT INTO catalog_active (id, version, sha256, source, etag, body, procedure_count, imported_at) VALUES (?, ?, ?, ?, NULL, ?, 0, ?)',
    );
    insert.run(1, 'v', 'h', 'file', '{}', 't');
    expect(() => insert.run(2, 'v', 'h', 'file', '{}', 't')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE catalog_active SET source = 'usb'").run()).toThrow(/CHECK/);
    db.close();
  });
});
