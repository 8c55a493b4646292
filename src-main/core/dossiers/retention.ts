import type { Database } from '../db/open-database';
import { PURGED_PAYLOAD } from '../outbox/outbox-types';

export interface PurgeResult {
  readonly dossiers: number;
  readonly events: number;
}

/**
 * Personal data retention. A dossier the center acknowledged keeps, `days` after it was sent,
 * only its code, procedure and timestamps (the status screen still finds it and asks the
 * center). A dossier the center refused (`failed`) loses its data `days` after its last attempt,
 * unless a technician retried it meanwhile. Dossiers still on their way are never purged: the
 * kiosk holds the only copy. Acknowledged events are deleted after the same time.
 */
export function purgePersonalData(db: Database, now: Date, days: number): PurgeResult {
  const cutoff = retentionCutoff(now, days);
  const nowIso = now.toISOString();
  return db.transaction(() => {
    const dossiers = db
      .prepare(
        `UPDATE dossiers SET applicant = NULL, form = NULL, documents = NULL, delivery = NULL, purged_at = ?
         WHERE purged_at IS NULL AND code IN (
           SELECT idempotency_key FROM outbox WHERE kind = 'dossier'
             AND ((state = 'sent' AND sent_at <= ?) OR (state = 'failed' AND updated_at <= ?)))`,
      )
      .run(nowIso, cutoff, cutoff).changes;
    db.prepare(
      `UPDATE outbox SET payload = NULL, response = NULL WHERE kind = 'dossier' AND state = 'sent' AND sent_at <= ? AND payload IS NOT NULL`,
    ).run(cutoff);
    db.prepare(
      `UPDATE outbox SET payload = ?, response = NULL WHERE kind = 'dossier' AND state = 'failed' AND updated_at <= ? AND payload <> ?`,
    ).run(PURGED_PAYLOAD, cutoff, PURGED_PAYLOAD);
    const events = db.prepare(`DELETE FROM outbox WHERE kind = 'event' AND state = 'sent' AND sent_at <= ?`).run(cutoff).changes;
    return { dossiers, events };
  })();
}

function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
