import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ServiceConfig } from '../../../src-main/api/channels/tickets';
import { migrate } from '../../../src-main/core/db/migrate';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0004 } from '../../../src-main/core/db/migrations/0004-tickets';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0004 tickets', () => {
  it('creates the ticket tables, seeds the default services, and enforces unique numbers', () => {
    const dir = tempDir();
    const db = new BetterSqlite3(join(dir.path, 'kiosk.db'));
    try {
      db.pragma('foreign_keys = ON');
      const result = migrate(db, [migration0001, migration0004]);
      expect(result.applied).toEqual(['0001-init', '0004-tickets']);
      const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ticket%'`).all() as { name: string }[])
        .map((r) => r.name)
        .sort();
      expect(tables).toEqual(['ticket_counters', 'ticket_events', 'ticket_services', 'tickets']);
      const rows = db.prepare('SELECT config FROM ticket_services').all() as { config: string }[];
      expect(rows.length).toBe(7);
      for (const r of rows) expect(ServiceConfig.safeParse(JSON.parse(r.config)).success).toBe(true);

      const insert = db.prepare(
        `INSERT INTO tickets (id, day, prefix, seq, number, service_id, priority, source, language, issued_at)
         VALUES (?, '2026-11-23', 'A', ?, ?, 'civil-status', 0, 'kiosk', 'vi', '2026-11-23T02:00:00Z')`,
      );
      insert.run('t1', 1, 'A-001');
      expect(() => insert.run('t2', 1, 'A-002')).toThrow(/UNIQUE/);
      expect(() => insert.run('t3', 2, 'A-001')).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare(
            `INSERT INTO tickets (id, day, prefix, seq, number, service_id, priority, source, language, issued_at)
             VALUES ('t4', '2026-11-23', 'Z', 1, 'Z-001', 'no-such-service', 0, 'kiosk', 'vi', 'x')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`UPDATE tickets SET status = 'lost'`).run()).toThrow(/CHECK/);
      // Two active services may not share a letter.
      expect(() => db.prepare(`UPDATE ticket_services SET prefix = 'A' WHERE id = 'land'`).run()).toThrow(/UNIQUE/);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
