import type { Migration } from '../migration';

/**
 * One durable print queue for everything the kiosk prints (tickets, dossier receipts, test pages),
 * so a job waiting for paper survives a restart. `sent` is set before the job's first byte goes
 * out: a job found `printing` and sent after a crash may have printed and is never sent again on
 * the kiosk's own initiative (it ends `failed`, reason `unconfirmed`). `owner_kind`/`owner_ref`
 * tag the job for the feature that asked (a ticket id, a dossier code); the queue never reads the
 * owner's tables. `document` is the printer-independent document as JSON (no personal data: a
 * ticket or receipt names nobody); it is emptied once the job ends.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'print-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('ticket', 'receipt', 'test')),
        owner_ref TEXT,
        title TEXT NOT NULL,
        document TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'printed', 'failed')),
        reason TEXT,
        sent INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX print_jobs_waiting ON print_jobs (state, seq);
      CREATE INDEX print_jobs_owner ON print_jobs (owner_kind, owner_ref);
    `);
  },
};
