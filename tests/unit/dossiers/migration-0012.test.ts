import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/core/db/migrate';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0003 } from '../../../src-main/core/db/migrations/0003-outbox-dossiers';
import { migration0012 } from '../../../src-main/core/db/migrations/0012-dossier-person-keys';
import { tempDir } from '../../support/test-kiosk';

describe('migration 0012 dossier person keys', () => {
  it('adds the install secret column and a key table that follows its dossier', () => {
    const dir = tempDir();
    const db = new BetterSqlite3(join(dir.path, 'kiosk.db'));
    try {
      db.pragma('foreign_keys = ON');
      migrate(db, [migration0001, migration0003]);
      db.prepare(`INSERT INTO install (id, kiosk_id, created_at) VALUES (1, 'K1', '2026-12-06T00:00:00Z')`).run();
      db.prepare(
        `INSERT INTO dossiers (code, procedure_code, procedure_name, language, submitted_at) VALUES ('C1', '1.001193', '{"vi":"x"}', 'vi', '2026-12-06T00:00:00Z')`,
      ).run();
      expect(migrate(db, [migration0001, migration0003, migration0012]).applied).toEqual(['0012-dossier-person-keys']);
      expect(db.prepare('SELECT kiosk_id, person_key_secret FROM install').get()).toEqual({ kiosk_id: 'K1', person_key_secret: null });
      db.prepare(`INSERT INTO dossier_person_keys (code, person_key) VALUES ('C1', x'00')`).run();
      expect(() => db.prepare(`INSERT INTO dossier_person_keys (code, person_key) VALUES ('nope', x'00')`).run()).toThrow(/FOREIGN KEY/);
      db.prepare(`DELETE FROM dossiers WHERE code = 'C1'`).run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM dossier_person_keys').get()).toEqual({ n: 0 });
      expect(migrate(db, [migration0001, migration0003, migration0012]).applied).toEqual([]);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
