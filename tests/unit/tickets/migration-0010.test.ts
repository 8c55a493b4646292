import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0004 } from '../../../src-main/core/db/migrations/0004-tickets';
import { migration0010 } from '../../../src-main/core/db/migrations/0010-print-handoff';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0010 print hand-off', () => {
  it('adds print_sent, counting every ticket that already went to a printer as handed off', () => {
    const dir = tempDir();
    const db = new BetterSqlite3(join(dir.path, 'kiosk.db'));
    try {
      db.pragma('foreign_keys = ON');
      migrate(db, [migration0001, migration0004]);
      const insert = db.prepare(
        `INSERT INTO tickets (id, day, prefix, seq, number, service_id, priority, source, language, issued_at, print_state, print_count)
         VALUES (?, '2026-11-23', 'A', ?, ?, 'civil-status', 0, 'kiosk', 'vi', '2026-11-23T02:00:00Z', ?, ?)`,
      );
      insert.run('sent', 1, 'A-001', 'failed', 1);
      insert.run('fresh', 2, 'A-002', 'pending', 0);
      expect(migrate(db, [migration0001, migration0004, migration0010]).applied).toEqual(['0010-print-handoff']);
      const rows = db.prepare('SELECT id, print_sent FROM tickets ORDER BY id').all();
      expect(rows).toEqual([
        { id: 'fresh', print_sent: 0 },
        { id: 'sent', print_sent: 1 },
      ]);
      expect(() => db.prepare(`UPDATE tickets SET print_sent = 2 WHERE id = 'fresh'`).run()).toThrow(/CHECK/);
      expect(migrate(db, [migration0001, migration0004, migration0010]).applied).toEqual([]);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
