import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0011 } from '../../../src-main/core/db/migrations/0011-print-jobs';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0011 print jobs', () => {
  it('creates the durable print queue with its states and hand-off flag checked', () => {
    const dir = tempDir();
    const db = new BetterSqlite3(join(dir.path, 'kiosk.db'));
    try {
      migrate(db, [migration0001]);
      expect(migrate(db, [migration0001, migration0011]).applied).toEqual(['0011-print-jobs']);
      const insert = db.prepare(
        `INSERT INTO print_jobs (id, owner_kind, owner_ref, title, document, state, sent, created_at, updated_at)
         VALUES (?, ?, NULL, 'ticket A-001', '{}', ?, ?, '2026-11-23T02:00:00Z', '2026-11-23T02:00:00Z')`,
      );
      insert.run('j1', 'ticket', 'queued', 0);
      expect(() => insert.run('j2', 'ticket', 'lost', 0)).toThrow(/CHECK/);
      expect(() => insert.run('j3', 'ticket', 'queued', 2)).toThrow(/CHECK/);
      expect(() => insert.run('j4', 'letter', 'queued', 0)).toThrow(/CHECK/);
      expect(() => insert.run('j1', 'ticket', 'queued', 0)).toThrow(/UNIQUE/);
      expect(db.prepare('SELECT id, state, sent, attempts, next_attempt_at FROM print_jobs').all()).toEqual([
        { id: 'j1', state: 'queued', sent: 0, attempts: 0, next_attempt_at: 0 },
      ]);
      expect(migrate(db, [migration0001, migration0011]).applied).toEqual([]);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
