import type { Migration } from '../migration';

/**
 * The durable outbox and the dossiers it carries.
 *
 * `outbox`: one row per thing the center server must receive exactly once. `id` is the order of
 * submission (a rowid: each new row gets one above the highest, so the order holds). `idempotency_key` is the dossier code or the event id; events travel in batches
 * whose own key (`batch_key`) is fixed before the first attempt so a retry resends the same
 * batch under the same key. `payload` is the exact JSON sent (NULL once personal data is purged
 * after the retention period; only `sent` rows are ever purged). `next_attempt_at` is epoch ms
 * (0 = due now) so enqueueing needs no clock.
 *
 * `dossiers`: what the citizen filled in, for the receipt and status screens. Personal columns
 * become NULL when purged; code, procedure and timestamps stay.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'outbox-dossiers',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('dossier', 'event')),
        idempotency_key TEXT NOT NULL UNIQUE,
        payload TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        batch_key TEXT,
        solo INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_status INTEGER,
        response TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT,
        CHECK (payload IS NOT NULL OR state = 'sent')
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox (state, id);
      CREATE INDEX outbox_batch ON outbox (batch_key) WHERE batch_key IS NOT NULL;
      CREATE INDEX outbox_sent ON outbox (sent_at) WHERE state = 'sent';

      CREATE TABLE dossiers (
        code TEXT PRIMARY KEY NOT NULL,
        procedure_code TEXT NOT NULL,
        procedure_name TEXT NOT NULL,
        language TEXT NOT NULL,
        applicant TEXT,
        form TEXT,
        documents TEXT,
        delivery TEXT,
        submitted_at TEXT NOT NULL,
        expected_result_date TEXT,
        purged_at TEXT
      ) STRICT;
      CREATE INDEX dossiers_submitted ON dossiers (submitted_at);
    `);
  },
};
