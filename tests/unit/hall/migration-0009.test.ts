import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0004 } from '../../../src-main/core/db/migrations/0004-tickets';
import { migration0009 } from '../../../src-main/core/db/migrations/0009-hall';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0009 hall', () => {
  it('creates the hall tables and makes a number given twice in a day impossible', () => {
    const dir = tempDir();
    const db = new BetterSqlite3(join(dir.path, 'kiosk.db'));
    try {
      db.pragma('foreign_keys = ON');
      expect(migrate(db, [migration0001, migration0004, migration0009]).applied).toEqual(['0001-init', '0004-tickets', '0009-hall']);
      const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'hall%'`).all() as { name: string }[])
        .map((r) => r.name)
        .sort();
      expect(tables).toEqual(['hall_counters', 'hall_devices', 'hall_handover', 'hall_offline_counters', 'hall_pairing', 'hall_tickets']);
      const insert = db.prepare(
        `INSERT INTO hall_tickets (id, day, prefix, seq, number, service_id, priority, kiosk_id, offline, issued_at)
         VALUES (?, '2026-11-23', 'A', ?, ?, ?, 0, 'K1', 0, '2026-11-23T02:00:00Z')`,
      );
      insert.run('t1', 1, 'A-001', 'civil-status');
      expect(() => insert.run('t2', 2, 'A-001', 'civil-status')).toThrow(/UNIQUE/);
      expect(() => insert.run('t3', 3, 'A-003', 'no-such-service')).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`UPDATE hall_tickets SET status = 'lost' WHERE id = 't1'`).run()).toThrow(/CHECK/);
      // Applied once: running the list again changes nothing.
      expect(migrate(db, [migration0001, migration0004, migration0009]).applied).toEqual([]);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
