import { describe, expect, it } from 'vitest';
import { CENTER_MIGRATIONS } from '../../../src-main/center/db/center-migrations';
import { migrateCenter } from '../../../src-main/center/db/migrate-center';
import { engineFromUrl } from '../../../src-main/center/db/open-engine';
import { CenterDbError } from '../../../src-main/center/db/sql-engine';
import { CENTER_ENGINES, freshDatabase } from '../../support/center-databases';

describe.each(CENTER_ENGINES)('the center schema on %s', (kind) => {
  it('applies once, then finds nothing to do', async () => {
    const engine = engineFromUrl(await freshDatabase(kind));
    try {
      expect((await migrateCenter(engine)).applied).toEqual([1, 2]);
      expect((await migrateCenter(engine)).applied).toEqual([]);
      const tables = await engine.all<{ n: number }>("SELECT CAST(COUNT(*) AS INTEGER) AS n FROM center_schema WHERE name = 'init'");
      expect(Number(tables[0]?.n)).toBe(1);
    } finally {
      await engine.close();
    }
  });

  it('refuses a database written by a newer center, touching nothing', async () => {
    const engine = engineFromUrl(await freshDatabase(kind));
    try {
      await migrateCenter(engine);
      await engine.run("INSERT INTO center_schema (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00Z')");
      await expect(migrateCenter(engine)).rejects.toBeInstanceOf(CenterDbError);
      expect((await engine.all('SELECT version FROM center_schema')).length).toBe(CENTER_MIGRATIONS.length + 1);
    } finally {
      await engine.close();
    }
  });

  it('adds the feedback table (step 2) to a database of step 1, keeping its dossiers', async () => {
    const engine = engineFromUrl(await freshDatabase(kind));
    try {
      expect((await migrateCenter(engine, CENTER_MIGRATIONS.slice(0, 1))).applied).toEqual([1]);
      await engine.run("INSERT INTO communes (id, name, created_at) VALUES ('x', 'Xã X', '2026-12-06T00:00:00Z')");
      expect((await migrateCenter(engine)).applied).toEqual([2]);
      await engine.run("INSERT INTO kiosks (id, commune_id, token_hash, enrolled_at) VALUES ('k', 'x', 'h', '2026-12-06T00:00:00Z')");
      const insert = `INSERT INTO feedback (reference, kiosk_id, commune_id, subject_kind, body, body_hash, received_at, status, note, updated_at)
        VALUES ('R1', 'k', 'x', 'kiosk', '{}', 'h', 't', 'received', '', 't')`;
      await engine.run(insert);
      await expect(engine.run(insert)).rejects.toThrow();
      expect(await engine.all('SELECT name FROM communes')).toEqual([{ name: 'Xã X' }]);
    } finally {
      await engine.close();
    }
  });

  // SQLite is the one-process engine: in-process connections would wait on each other synchronously.
  it.skipIf(kind === 'sqlite')('lets several center processes start on one database at once', async () => {
    const url = await freshDatabase(kind);
    const engines = [engineFromUrl(url), engineFromUrl(url), engineFromUrl(url)];
    try {
      const results = await Promise.all(engines.map((e) => migrateCenter(e)));
      expect(results.flatMap((r) => r.applied)).toEqual([1, 2]);
    } finally {
      await Promise.all(engines.map((e) => e.close()));
    }
  });

  it('rolls a failing step back whole', async () => {
    const engine = engineFromUrl(await freshDatabase(kind));
    try {
      const broken = [
        { version: 1, name: 'broken', sqlite: 'CREATE TABLE a (x TEXT); CREATE TABLE', postgres: 'CREATE TABLE a (x TEXT); CREATE TABLE' },
      ];
      await expect(migrateCenter(engine, broken)).rejects.toThrow();
      expect((await migrateCenter(engine)).applied).toEqual([1, 2]);
    } finally {
      await engine.close();
    }
  });
});
