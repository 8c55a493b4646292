import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0003 } from '../../../src-main/core/db/migrations/0003-outbox-dossiers';
import { openDatabase } from '../../../src-main/core/db/open-database';

describe('migration 0003 outbox and dossiers', () => {
  const db = openDatabase(':memory:', { migrations: [migration0001, migration0003] });

  it('creates the outbox with the states and one row per idempotency key', () => {
    const insert = db.prepare(
      `INSERT INTO outbox (kind, idempotency_key, payload, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')`,
    );
    insert.run('dossier', 'K1', '{}');
    expect(() => insert.run('dossier', 'K1', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('letter', 'K2', '{}')).toThrow(/CHECK/);
    const row = db.prepare('SELECT state, attempts, next_attempt_at FROM outbox WHERE idempotency_key = ?').get('K1');
    expect(row).toEqual({ state: 'pending', attempts: 0, next_attempt_at: 0 });
  });

  it('lets only a sent item lose its payload (retention purge)', () => {
    const insert = db.prepare(
      `INSERT INTO outbox (kind, idempotency_key, payload, state, created_at, updated_at) VALUES ('event', ?, NULL, ?, 'x', 'x')`,
    );
    expect(() => insert.run('E1', 'pending')).toThrow(/CHECK/);
    expect(() => insert.run('E2', 'sent')).not.toThrow();
  });

  it('creates dossiers keyed by code', () => {
    const cols = (db.prepare('PRAGMA table_info(dossiers)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual([
      'code',
      'procedure_code',
      'procedure_name',
      'language',
      'applicant',
      'form',
      'documents',
      'delivery',
      'submitted_at',
      'expected_result_date',
      'purged_at',
    ]);
  });
});
