import type { Database } from '../db/open-database';

export interface PurgeResult {
  readonly dossiers: number;
  readonly events: number;
  readonly feedback: number;
}

/**
 * Personal data retention: once the center has acknowledged a dossier and `days` have passed,
 * the kiosk keeps only its code, procedure and timestamps (the status screen still finds it and
 * asks the center). Dossiers not yet acknowledged are never purged: the kiosk holds the only copy.
 * Acknowledged events are deleted after the same time; they exist only to reach the center.
 * Feedback is kept the same way: its text, name and phone go, its reference and subject stay.
 */
export function purgePersonalData(db: Database, now: Date, days: number): PurgeResult {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const nowIso = now.toISOString();
  return db.transaction(() => {
    const dossiers = db
      .prepare(
        `UPDATE dossiers SET applicant = NULL, form = NULL, documents = NULL, delivery = NULL, purged_at = ?
         WHERE purged_at IS NULL AND code IN (
           SELECT idempotency_key FROM outbox WHERE kind = 'dossier' AND state = 'sent' AND sent_at <= ?)`,
      )
      .run(nowIso, cutoff).changes;
    db.prepare(
      `UPDATE outbox SET payload = NULL, response = NULL WHERE kind = 'dossier' AND state = 'sent' AND sent_at <= ? AND payload IS NOT NULL`,
    ).run(cutoff);
    const events = db.prepare(`DELETE FROM outbox WHERE kind = 'event' AND state = 'sent' AND sent_at <= ?`).run(cutoff).changes;
    const feedback = db
      .prepare(
        `UPDATE feedback SET text = NULL, name = NULL, phone = NULL, purged_at = ?
         WHERE purged_at IS NULL AND reference IN (
           SELECT idempotency_key FROM outbox WHERE kind = 'feedback' AND state = 'sent' AND sent_at <= ?)`,
      )
      .run(nowIso, cutoff).changes;
    db.prepare(
      `UPDATE outbox SET payload = NULL, response = NULL WHERE kind = 'feedback' AND state = 'sent' AND sent_at <= ? AND payload IS NOT NULL`,
    ).run(cutoff);
    return { dossiers, events, feedback };
  })();
}
