import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0004 } from '../../../src-main/core/db/migrations/0004-tickets';
import { migration0009 } from '../../../src-main/core/db/migrations/0009-hall';
import { migration0013 } from '../../../src-main/core/db/migrations/0013-hall-member-kiosks';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0013 hall member kiosks', () => {
  it('links a paired device to the kiosk ids its QR codes print, keeping the devices already paired', () => {
    const dir = tempDir();
    const db = new BetterSqlite3(join(dir.path, 'kiosk.db'));
    try {
      db.pragma('foreign_keys = ON');
      const before = [migration0001, migration0004, migration0009];
      migrate(db, before);
      db.prepare(
        `INSERT INTO hall_devices (id, kind, name, token_hash, paired_at) VALUES ('d1', 'kiosk', 'Kiosk 2', 'h1', '2026-12-06T01:00:00Z')`,
      ).run();
      expect(migrate(db, [...before, migration0013]).applied).toEqual(['0013-hall-member-kiosks']);
      expect(db.prepare('SELECT id, name FROM hall_devices').all()).toEqual([{ id: 'd1', name: 'Kiosk 2' }]);

      const link = db.prepare(
        `INSERT INTO hall_member_kiosks (device_id, kiosk_id, first_seen_at, last_seen_at) VALUES (?, ?, '2026-12-06T01:00:00Z', '2026-12-06T01:00:00Z')`,
      );
      link.run('d1', 'K0A1B2C3D4E');
      link.run('d1', 'K-OLDER_ID');
      expect(() => link.run('d1', 'K0A1B2C3D4E')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => link.run('no-such-device', 'K1')).toThrow(/FOREIGN KEY/);
      expect(() => link.run('d1', '')).toThrow(/CHECK/);
      expect(() => link.run('d1', 'K'.repeat(41))).toThrow(/CHECK/);
      // Found by the id a QR names, the way the host asks.
      expect(db.prepare('SELECT device_id FROM hall_member_kiosks WHERE kiosk_id = ?').pluck().all('K0A1B2C3D4E')).toEqual(['d1']);
      // Applied once: running the list again changes nothing.
      expect(migrate(db, [...before, migration0013]).applied).toEqual([]);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
