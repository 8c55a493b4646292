import { z } from 'zod';
import type { Database } from '../db/open-database';
import { allRows } from '../db/rows';
import { type OutboxKind, PURGED_PAYLOAD } from './outbox-types';

/**
 * Empties a feature's own rows (its personal columns) for the given keys, not yet purged;
 * returns how many rows it emptied. Runs inside the purge's transaction.
 */
export type PurgeOwnRows = (keys: readonly string[], atIso: string) => number;

/** What one retention run removed: rows emptied per owning kind, and acknowledged events deleted. */
export type RetentionResult = Readonly<Record<Exclude<OutboxKind, 'event'>, number> & { event: number }>;

const KeyRow = z.object({ idempotency_key: z.string() });

/**
 * Retention over the outbox, the one table it owns. A feature whose items carry personal data
 * (dossiers, feedback) registers how to empty its own rows; a run asks the outbox which items
 * are settled past the cutoff (acknowledged, or refused and not retried since), lets each owner
 * empty its rows for those keys, then empties the items' payloads. Acknowledged events (tickets',
 * ratings') are deleted: their features keep their own records in their own tables.
 */
export class OutboxRetention {
  private readonly owners = new Map<Exclude<OutboxKind, 'event'>, PurgeOwnRows>();

  constructor(private readonly db: Database) {}

  own(kind: Exclude<OutboxKind, 'event'>, purge: PurgeOwnRows): () => void {
    if (this.owners.has(kind)) throw new Error(`outbox kind ${kind} already has an owner`);
    this.owners.set(kind, purge);
    return () => {
      this.owners.delete(kind);
    };
  }

  purge(now: Date, days: number): RetentionResult {
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
    const atIso = now.toISOString();
    return this.db.transaction(() => {
      const result = { dossier: 0, feedback: 0, event: 0 };
      for (const [kind, purgeRows] of this.owners) {
        const keys = allRows(
          KeyRow,
          this.db.prepare(
            `SELECT idempotency_key FROM outbox WHERE kind = ? AND ((state = 'sent' AND sent_at <= ?) OR (state = 'failed' AND updated_at <= ?))`,
          ),
          kind,
          cutoff,
          cutoff,
        ).map((r) => r.idempotency_key);
        result[kind] = keys.length > 0 ? purgeRows(keys, atIso) : 0;
        this.db
          .prepare(
            `UPDATE outbox SET payload = NULL, response = NULL WHERE kind = ? AND state = 'sent' AND sent_at <= ? AND payload IS NOT NULL`,
          )
          .run(kind, cutoff);
        // A refused item keeps its row (the technician's screen lists it) with an empty payload: it can no longer be retried.
        this.db
          .prepare(
            `UPDATE outbox SET payload = ?, response = NULL WHERE kind = ? AND state = 'failed' AND updated_at <= ? AND payload <> ?`,
          )
          .run(PURGED_PAYLOAD, kind, cutoff, PURGED_PAYLOAD);
      }
      result.event = this.db.prepare(`DELETE FROM outbox WHERE kind = 'event' AND state = 'sent' AND sent_at <= ?`).run(cutoff).changes;
      return result;
    })();
  }
}
