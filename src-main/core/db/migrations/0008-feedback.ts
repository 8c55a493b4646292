import type { Migration } from '../migration';

const KIND_CHECK = /CHECK\s*\(\s*kind\s+IN\s*\(([^)]*)\)\s*\)/i;

/**
 * Feedback and recommendations ("phản ánh, kiến nghị") travel through the outbox like dossiers.
 *
 * The outbox's `kind` CHECK names the kinds it carries, and SQLite cannot change a CHECK in
 * place, so the table is rebuilt from its own stored definition with `'feedback'` added: columns
 * and indexes other steps may have added come along unchanged, rows keep their ids (the order of
 * delivery) and nothing else moves. Nothing references the outbox by foreign key.
 *
 * `feedback`: what the citizen wrote, for the lookup screen. `text`, `name` and `phone` become
 * NULL when purged after the center acknowledged it (as a dossier's personal columns do);
 * reference, subject and timestamps stay.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'feedback',
  up(db) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'outbox'").get() as { sql: string } | undefined;
    if (!table) throw new Error('migration 0008 needs the outbox table (0003)');
    const check = KIND_CHECK.exec(table.sql);
    if (!check) throw new Error('migration 0008: the outbox kind CHECK is not where it was expected');
    if (!/'feedback'/.test(check[1] as string)) {
      const indexes = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox' AND sql IS NOT NULL")
        .all() as { sql: string }[];
      const rebuilt = table.sql
        .replace(/^CREATE TABLE\s+"?outbox"?/i, 'CREATE TABLE outbox_0008')
        .replace(KIND_CHECK, `CHECK (kind IN (${check[1]}, 'feedback'))`);
      db.exec(rebuilt);
      db.exec('INSERT INTO outbox_0008 SELECT * FROM outbox');
      db.exec('DROP TABLE outbox');
      db.exec('ALTER TABLE outbox_0008 RENAME TO outbox');
      for (const index of indexes) db.exec(index.sql);
    }
    db.exec(`
      CREATE TABLE feedback (
        reference TEXT PRIMARY KEY NOT NULL,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('procedure', 'service', 'kiosk')),
        procedure_code TEXT,
        procedure_name TEXT,
        language TEXT NOT NULL,
        text TEXT,
        name TEXT,
        phone TEXT,
        submitted_at TEXT NOT NULL,
        purged_at TEXT,
        CHECK (subject_kind = 'procedure' OR procedure_code IS NULL)
      ) STRICT;
      CREATE INDEX feedback_submitted ON feedback (submitted_at);
    `);
  },
};
