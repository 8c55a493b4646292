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
/** What each kind of outbox item keeps on the kiosk, and which of its columns are personal. */
const PERSONAL = [
  { kind: 'dossier', table: 'dossiers', key: 'code', columns: ['applicant', 'form', 'documents', 'delivery'] },
  { kind: 'feedback', table: 'feedback', key: 'reference', columns: ['text', 'name', 'phone'] },
] as const;

export function purgePersonalData(db: Database, now: Date, days: number): PurgeResult {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const nowIso = now.toISOString();
  return db.transaction(() => {
    const purged = PERSONAL.map(({ kind, table, key, columns }) => {
      const changes = db
        .prepare(
          `UPDATE ${table} SET ${columns.map((c) => `${c} = NULL`).join(', ')}, purged_at = ?
           WHERE purged_at IS NULL AND ${key} IN (
             SELECT idempotency_key FROM outbox WHERE kind = ? AND state = 'sent' AND sent_at <= ?)`,
        )
        .run(nowIso, kind, cutoff).changes;
      db.prepare(
        `UPDATE outbox SET payload = NULL, response = NULL WHERE kind = ? AND state = 'sent' AND sent_at <= ? AND payload IS NOT NULL`,
      ).run(kind, cutoff);
      return changes;
    });
    const events = db.prepare(`DELETE FROM outbox WHERE kind = 'event' AND state = 'sent' AND sent_at <= ?`).run(cutoff).changes;
    return { dossiers: purged[0] ?? 0, events, feedback: purged[1] ?? 0 };
  })();
}
