import type { Database } from '../db/open-database';
import { PURGED_PAYLOAD } from '../outbox/outbox-types';
import { purgePersonKeys } from './person-keys';

export interface PurgeResult {
  readonly dossiers: number;
  readonly events: number;
  readonly feedback: number;
}

/** What each kind of outbox item keeps on the kiosk, and which of its columns are personal. */
const PERSONAL = [
  { kind: 'dossier', table: 'dossiers', key: 'code', columns: ['applicant', 'form', 'documents', 'delivery'] },
  { kind: 'feedback', table: 'feedback', key: 'reference', columns: ['text', 'name', 'phone'] },
] as const;

/**
 * Personal data retention. A dossier the center acknowledged keeps, `days` after it was sent,
 * only its code, procedure and timestamps (the status screen still finds it and asks the
 * center). A dossier the center refused (`failed`) loses its data `days` after its last attempt,
 * unless a technician retried it meanwhile. Dossiers still on their way are never purged: the
 * kiosk holds the only copy. Acknowledged events are deleted after the same time.
 * Feedback is kept the same way: its text, name and phone go, its reference and subject stay.
 */
export function purgePersonalData(db: Database, now: Date, days: number): PurgeResult {
  const cutoff = retentionCutoff(now, days);
  const nowIso = now.toISOString();
  return db.transaction(() => {
    const purged = PERSONAL.map(({ kind, table, key, columns }) => {
      const changes = db
        .prepare(
          `UPDATE ${table} SET ${columns.map((c) => `${c} = NULL`).join(', ')}, purged_at = ?
           WHERE purged_at IS NULL AND ${key} IN (
             SELECT idempotency_key FROM outbox WHERE kind = ?
               AND ((state = 'sent' AND sent_at <= ?) OR (state = 'failed' AND updated_at <= ?)))`,
        )
        .run(nowIso, kind, cutoff, cutoff).changes;
      db.prepare(
        `UPDATE outbox SET payload = NULL, response = NULL WHERE kind = ? AND state = 'sent' AND sent_at <= ? AND payload IS NOT NULL`,
      ).run(kind, cutoff);
      // A refused item keeps its row (the technician's screen lists it) with an empty payload: it can no longer be retried.
      db.prepare(
        `UPDATE outbox SET payload = ?, response = NULL WHERE kind = ? AND state = 'failed' AND updated_at <= ? AND payload <> ?`,
      ).run(PURGED_PAYLOAD, kind, cutoff, PURGED_PAYLOAD);
      return changes;
    });
    purgePersonKeys(db);
    const events = db.prepare(`DELETE FROM outbox WHERE kind = 'event' AND state = 'sent' AND sent_at <= ?`).run(cutoff).changes;
    return { dossiers: purged[0] ?? 0, events, feedback: purged[1] ?? 0 };
  })();
}

function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
