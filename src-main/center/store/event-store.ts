import type { SqlEngine } from '../db/sql-engine';
import type { CenterEvent, KioskIdentity, ReceiveOutcome } from './store-types';

/** Event batches (ticket events, ratings, kiosk reports), once per (kiosk, Idempotency-Key). */
export class EventStore {
  constructor(private readonly db: SqlEngine) {}

  async receive(
    kiosk: KioskIdentity,
    key: string,
    bodyHash: string,
    events: readonly CenterEvent[],
    now: Date,
  ): Promise<ReceiveOutcome<{ accepted: number }>> {
    const created = await this.db.transaction(async (tx) => {
      const took = await tx.run(
        `INSERT INTO event_batches (kiosk_id, idempotency_key, body_hash, accepted, received_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kiosk_id, idempotency_key) DO NOTHING`,
        [kiosk.id, key, bodyHash, events.length, now.toISOString()],
      );
      if (took === 0) return false;
      for (const e of events) {
        // An event id seen in an earlier batch (the kiosk re-batched after a crash) is kept once.
        await tx.run(
          `INSERT INTO events (kiosk_id, id, commune_id, type, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (kiosk_id, id) DO NOTHING`,
          [kiosk.id, e.id, kiosk.communeId, e.type, e.occurredAt, JSON.stringify(e.data)],
        );
      }
      return true;
    });
    if (created) return { kind: 'created', answer: { accepted: events.length } };
    const [seen] = await this.db.all<{ body_hash: string; accepted: number }>(
      'SELECT body_hash, accepted FROM event_batches WHERE kiosk_id = ? AND idempotency_key = ?',
      [kiosk.id, key],
    );
    if (!seen || seen.body_hash !== bodyHash) return { kind: 'conflict', reason: 'other-body' };
    return { kind: 'repeat', answer: { accepted: Number(seen.accepted) } };
  }

  async count(type?: string): Promise<number> {
    const [row] = await this.db.all<{ n: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM events WHERE (CAST(? AS TEXT) IS NULL OR type = ?)',
      [type ?? null, type ?? null],
    );
    return Number(row?.n ?? 0);
  }
}
