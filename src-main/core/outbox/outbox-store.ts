import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { Database } from '../db/open-database';
import { allRows, oneRow } from '../db/rows';
import { sql as prepared } from '../db/statements';
import { type OutboxCounts, type OutboxItem, OutboxRow, OutboxState, PURGED_PAYLOAD, toItem } from './outbox-types';

const Count = z.object({ n: z.number().int() });
const StateCount = z.object({ state: OutboxState, n: z.number().int() });
const Id = z.object({ id: z.number().int() });
const Earliest = z.object({ t: z.number().nullable() });

import { notifyEnqueued } from './outbox-wake';

/** The outbox's queries; every state change of an item goes through here. */
export class OutboxStore {
  constructor(private readonly db: Database) {}

  /**
   * Runs a worker bookkeeping transaction with `synchronous=NORMAL`. Losing one of these marks to
   * a power cut is harmless: a lost `sending` leaves the item pending, a lost `sent` makes the
   * item go once more under the same Idempotency-Key, which the server answers with the first
   * record. Citizen-facing writes (enqueue) keep FULL. better-sqlite3 is synchronous, so nothing
   * else can run on this connection between the two pragma statements.
   */
  private relaxed<T>(fn: () => T): T {
    this.sql('PRAGMA synchronous = NORMAL').run();
    try {
      return this.db.transaction(fn)();
    } finally {
      this.sql('PRAGMA synchronous = FULL').run();
    }
  }

  /** Prepared once per store: the worker runs the same few statements for every item. */
  private sql(text: string): Statement {
    return prepared(this.db, text);
  }

  /** At start-up: an item left `sending` by a crash may or may not have arrived; send it again. */
  recoverInFlight(nowIso: string): number {
    return this.sql(`UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'sending'`).run(nowIso).changes;
  }

  counts(): OutboxCounts {
    const out = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (const r of allRows(StateCount, this.sql('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state'))) out[r.state] = r.n;
    return out;
  }

  /** Refused dossiers whose personal data the retention purge has not removed yet. */
  failedHoldingData(): number {
    const row = oneRow(
      Count,
      this.sql(`SELECT COUNT(*) AS n FROM outbox WHERE kind = 'dossier' AND state = 'failed' AND payload <> ?`),
      PURGED_PAYLOAD,
    );
    return row?.n ?? 0;
  }

  get(id: number): OutboxItem | null {
    const row = oneRow(OutboxRow, this.sql('SELECT * FROM outbox WHERE id = ?'), id);
    return row ? toItem(row) : null;
  }

  byKey(key: string): OutboxItem | null {
    const row = oneRow(OutboxRow, this.sql('SELECT * FROM outbox WHERE idempotency_key = ?'), key);
    return row ? toItem(row) : null;
  }

  list(state: OutboxItem['state'], limit = 100): OutboxItem[] {
    return allRows(OutboxRow, this.sql('SELECT * FROM outbox WHERE state = ? ORDER BY id LIMIT ?'), state, limit).map(toItem);
  }

  /** The oldest pending item whose time has come: submission order, skipping items that back off. */
  nextDue(nowMs: number): OutboxItem | null {
    const row = oneRow(
      OutboxRow,
      this.sql(`SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT 1`),
      nowMs,
    );
    return row ? toItem(row) : null;
  }

  /** When the next pending item becomes due (null when nothing is pending). */
  earliestPending(): number | null {
    return oneRow(Earliest, this.sql(`SELECT MIN(next_attempt_at) AS t FROM outbox WHERE state = 'pending'`))?.t ?? null;
  }

  /**
   * Marks `head` and, for events, the batch it belongs to as `sending`. An event batch is fixed
   * at its first attempt (its `batch_key` is stored) so every retry sends the same events under
   * the same key; a new batch takes the due, unbatched, non-solo events after the head.
   */
  claim(head: OutboxItem, nowMs: number, nowIso: string, batchSize: number): OutboxItem[] {
    return this.relaxed(() => {
      let ids: number[];
      if (head.kind === 'event' && head.batchKey) {
        ids = allRows(Id, this.sql(`SELECT id FROM outbox WHERE batch_key = ? AND state = 'pending' ORDER BY id`), head.batchKey).map(
          (r) => r.id,
        );
      } else if (head.kind === 'event') {
        const key = `batch-${randomUUID()}`;
        const more = head.solo
          ? []
          : allRows(
              Id,
              this.sql(
                `SELECT id FROM outbox WHERE kind = 'event' AND state = 'pending' AND batch_key IS NULL AND solo = 0
                 AND id > ? AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
              ),
              head.id,
              nowMs,
              Math.max(0, batchSize - 1),
            ).map((r) => r.id);
        ids = [head.id, ...more];
        const setKey = this.sql('UPDATE outbox SET batch_key = ? WHERE id = ?');
        for (const id of ids) setKey.run(key, id);
      } else {
        ids = [head.id];
      }
      const mark = this.sql(`UPDATE outbox SET state = 'sending', updated_at = ? WHERE id = ? AND state = 'pending'`);
      const claimed = ids.filter((id) => mark.run(nowIso, id).changes === 1);
      const get = this.sql('SELECT * FROM outbox WHERE id = ?');
      return claimed.flatMap((id) => {
        const row = oneRow(OutboxRow, get, id);
        return row ? [toItem(row)] : [];
      });
    });
  }

  markSent(ids: readonly number[], response: string, status: number, nowIso: string): void {
    this.relaxed(() => {
      const stmt = this.sql(
        `UPDATE outbox SET state = 'sent', sent_at = ?, updated_at = ?, response = ?, last_status = ?, attempts = attempts + 1,
         last_error = NULL WHERE id = ?`,
      );
      for (const id of ids) stmt.run(nowIso, nowIso, response, status, id);
    });
  }

  /** A transient failure: back to pending, due again at `nextAttemptAt`. */
  markRetry(ids: readonly number[], reason: string, status: number | null, nextAttemptAt: number, nowIso: string): void {
    this.relaxed(() => {
      const stmt = this.sql(
        `UPDATE outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?, last_error = ?, last_status = ?,
         updated_at = ? WHERE id = ?`,
      );
      for (const id of ids) stmt.run(nextAttemptAt, reason, status, nowIso, id);
    });
  }

  /**
   * A permanent refusal. A refused batch of several events is split instead: each event goes
   * again alone under a new key, so only the event the server really refuses ends up failed
   * (the contract says a 4xx stored nothing, so resending under new keys cannot duplicate).
   */
  markFailed(ids: readonly number[], reason: string, status: number | null, nowIso: string): 'failed' | 'split' {
    return this.relaxed(() => {
      if (ids.length > 1) {
        const split = this.sql(
          `UPDATE outbox SET state = 'pending', batch_key = NULL, solo = 1, attempts = attempts + 1, next_attempt_at = 0,
           last_error = ?, last_status = ?, updated_at = ? WHERE id = ?`,
        );
        for (const id of ids) split.run(reason, status, nowIso, id);
        return 'split';
      }
      const stmt = this.sql(
        `UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, last_status = ?, updated_at = ? WHERE id = ?`,
      );
      for (const id of ids) stmt.run(reason, status, nowIso, id);
      return 'failed';
    });
  }

  /**
   * A technician's retry of failed items (one by key, or all): pending again, due at once, with a
   * fresh event batch. Returns how many items were put back. A failed dossier whose personal data
   * was purged has nothing left to send and stays failed.
   */
  retry(target: Readonly<{ key: string } | { allFailed: true }>, nowIso: string): number {
    const set = `state = 'pending', next_attempt_at = 0, batch_key = NULL, updated_at = ?`;
    const info =
      'key' in target
        ? this.sql(`UPDATE outbox SET ${set} WHERE idempotency_key = ? AND state = 'failed' AND payload <> ?`).run(
            nowIso,
            target.key,
            PURGED_PAYLOAD,
          )
        : this.sql(`UPDATE outbox SET ${set} WHERE state = 'failed' AND payload <> ?`).run(nowIso, PURGED_PAYLOAD);
    if (info.changes > 0) notifyEnqueued(this.db);
    return info.changes;
  }

  /** Every pending item due at once: the link just came back, so waiting out a backoff helps nobody. */
  makeAllDue(): number {
    return this.sql(`UPDATE outbox SET next_attempt_at = 0 WHERE state = 'pending' AND next_attempt_at > 0`).run().changes;
  }
}
