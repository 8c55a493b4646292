import type { Database } from '../db/open-database';
import { sql } from '../db/statements';

/**
 * Numbers in a hall (docs/hall.md): the host gives 1–899 and then 1000 upwards, every day and
 * letter; 900–999 are left to the member kiosks' offline blocks, each member from its own
 * `hall.offlineFirstNumber` to 999. So a number given by the host and one given offline can
 * never be the same, whatever order they reach the queue in.
 */
export const OFFLINE_FIRST = 900;
export const OFFLINE_LAST = 999;

export function isOfflineSeq(seq: number): boolean {
  return seq >= OFFLINE_FIRST && seq <= OFFLINE_LAST;
}

function assertInTransaction(db: Database): void {
  if (!db.inTransaction) throw new Error('hall numbers are allocated inside the issuing transaction');
}

/**
 * The host's next number of a letter on a day. The highest host number already on a ticket is
 * consulted too, so a counter row lost to an old backup cannot hand a number out again.
 */
export function allocateHostSeq(db: Database, day: string, prefix: string): number {
  assertInTransaction(db);
  const counter = sql(db, 'SELECT last_seq FROM hall_counters WHERE day = ? AND prefix = ?').get(day, prefix) as
    | { last_seq: number }
    | undefined;
  const issued = sql(db, 'SELECT MAX(seq) AS seq FROM hall_tickets WHERE day = ? AND prefix = ? AND offline = 0').get(day, prefix) as {
    seq: number | null;
  };
  let next = Math.max(counter?.last_seq ?? 0, issued.seq ?? 0) + 1;
  if (isOfflineSeq(next)) next = OFFLINE_LAST + 1;
  sql(
    db,
    'INSERT INTO hall_counters (day, prefix, last_seq) VALUES (?, ?, ?) ON CONFLICT(day, prefix) DO UPDATE SET last_seq = excluded.last_seq',
  ).run(day, prefix, next);
  return next;
}

/**
 * A member's next offline number, from `first` up to 999; null when the block is used up (the
 * kiosk then sends the citizen to a desk rather than print a number the hall may give again).
 */
export function allocateOfflineSeq(db: Database, day: string, prefix: string, first: number): number | null {
  assertInTransaction(db);
  const counter = sql(db, 'SELECT last_seq FROM hall_offline_counters WHERE day = ? AND prefix = ?').get(day, prefix) as
    | { last_seq: number }
    | undefined;
  const next = Math.max(counter?.last_seq ?? 0, first - 1) + 1;
  if (next > OFFLINE_LAST) return null;
  sql(
    db,
    'INSERT INTO hall_offline_counters (day, prefix, last_seq) VALUES (?, ?, ?) ON CONFLICT(day, prefix) DO UPDATE SET last_seq = excluded.last_seq',
  ).run(day, prefix, next);
  return next;
}
