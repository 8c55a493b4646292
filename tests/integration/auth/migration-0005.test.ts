import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0005 } from '../../../src-main/core/db/migrations/0005-auth';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { tempDir } from '../../support/test-kiosk';

const dirs: { remove(): void }[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

describe('migration 0005 auth', () => {
  it('adds the PIN and lockout tables, for staff and technician only', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir.path, 'kiosk.db');
    const db = openDatabase(file, { migrations: [migration0001, migration0005] });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['auth_pin', 'auth_lockout']));
    db.prepare("INSERT INTO auth_pin (role, hash, updated_at) VALUES ('technician', 'x', 't')").run();
    expect(() => db.prepare("INSERT INTO auth_pin (role, hash, updated_at) VALUES ('citizen', 'x', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO auth_lockout (role, failed_attempts, last_failed_at) VALUES ('staff', -1, 't')").run()).toThrow(
      /CHECK/,
    );
    db.close();
  });

  it('runs on a database made before it existed, keeping its data', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir.path, 'kiosk.db');
    const old = openDatabase(file, { migrations: [migration0001] });
    old.prepare("INSERT INTO config (key, value, updated_at) VALUES ('center.name', '\"UBND\"', 't')").run();
    old.close();
    const db = openDatabase(file, { migrations: [migration0001, migration0005] });
    expect(db.prepare('SELECT value FROM config').pluck().get()).toBe('"UBND"');
    expect(db.prepare('SELECT COUNT(*) FROM auth_pin').pluck().get()).toBe(0);
    db.close();
  });
});
