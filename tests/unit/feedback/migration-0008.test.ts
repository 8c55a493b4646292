import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0003 } from '../../../src-main/core/db/migrations/0003-outbox-dossiers';
import { migration0008 } from '../../../src-main/core/db/migrations/0008-feedback';
import { openDatabase } from '../../../src-main/core/db/open-database';

const insert = `INSERT INTO outbox (kind, idempotency_key, payload, state, created_at, updated_at, sent_at) VALUES (?, ?, ?, ?, 'x', 'x', ?)`;

describe('migration 0008 feedback', () => {
  it('lets the outbox carry feedback, keeping every row, its id and state, and the indexes', () => {
    const db = openDatabase(':memory:', { migrations: [migration0001, migration0003] });
    db.prepare(insert).run('dossier', 'K1', '{"a":1}', 'pending', null);
    db.prepare(insert).run('event', 'E1', null, 'sent', '2026-01-02');
    expect(() => db.prepare(insert).run('feedback', 'F0', '{}', 'pending', null)).toThrow(/CHECK/);
    const before = db.prepare('SELECT * FROM outbox ORDER BY id').all();
    const indexes = () =>
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='outbox' AND sql IS NOT NULL ORDER BY name").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    const indexesBefore = indexes();

    db.transaction(() => migration0008.up(db))();
    expect(db.prepare('SELECT * FROM outbox ORDER BY id').all()).toEqual(before);
    expect(indexes()).toEqual(indexesBefore);
    db.prepare(insert).run('feedback', 'F1', '{}', 'pending', null);
    expect(() => db.prepare(insert).run('letter', 'L1', '{}', 'pending', null)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('feedback', 'F1', '{}', 'pending', null)).toThrow(/UNIQUE/);
    expect(() => db.prepare(insert).run('feedback', 'F2', null, 'pending', null)).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('creates feedback keyed by reference, with a procedure only for a procedure subject', () => {
    const db = openDatabase(':memory:');
    const add = db.prepare(
      `INSERT INTO feedback (reference, subject_kind, procedure_code, language, text, submitted_at) VALUES (?, ?, ?, 'vi', 'x', 'x')`,
    );
    add.run('R1', 'procedure', '1.001193');
    add.run('R2', 'kiosk', null);
    expect(() => add.run('R3', 'kiosk', '1.001193')).toThrow(/CHECK/);
    expect(() => add.run('R4', 'weather', null)).toThrow(/CHECK/);
    expect(() => add.run('R1', 'service', null)).toThrow(/UNIQUE/);
    db.close();
  });
});
