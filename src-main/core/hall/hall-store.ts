import type { HallTicket, HallTicketStatus } from '../../api/hall';
import type { Database } from '../db/open-database';
import { sql } from '../db/statements';
import { type NewNumber, type NumberedRow, numberedFields } from '../tickets/ticket-numbering';

interface Row extends NumberedRow {
  kiosk_id: string;
  offline: number;
  status: HallTicketStatus;
  called_at: string | null;
  counter: number | null;
  for_counter: number | null;
  calls: number;
  last_call_at: string | null;
}

export interface HallRecord extends HallTicket {
  readonly seq: number;
}

function toRecord(r: Row): HallRecord {
  return {
    ...numberedFields(r),
    status: r.status,
    kioskId: r.kiosk_id,
    offline: r.offline === 1,
    calledAt: r.called_at,
    counter: r.counter,
    forCounter: r.for_counter,
    calls: r.calls,
    lastCallAt: r.last_call_at,
  };
}

export interface NewHallTicket extends NewNumber {
  readonly kioskId: string;
  readonly offline: boolean;
}

/** Calling order: priority first, then issue time (offline tickets fall into their place), then arrival. */
const CALLING_ORDER = 'ORDER BY priority DESC, issued_at ASC, pos ASC';

/** SQL over the hall queue; callers own the transactions. */
export class HallStore {
  constructor(private readonly db: Database) {}

  insert(t: NewHallTicket): void {
    sql(
      this.db,
      `INSERT INTO hall_tickets (id, day, prefix, seq, number, service_id, priority, kiosk_id, offline, issued_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(t.id, t.day, t.prefix, t.seq, t.number, t.serviceId, t.priority ? 1 : 0, t.kioskId, t.offline ? 1 : 0, t.issuedAt);
  }

  find(id: string): HallRecord | undefined {
    const row = sql(this.db, 'SELECT * FROM hall_tickets WHERE id = ?').get(id) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  findByNumber(day: string, number: string): HallRecord | undefined {
    const row = sql(this.db, 'SELECT * FROM hall_tickets WHERE day = ? AND number = ?').get(day, number) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** The next ticket a counter calls among the given services: its own transfers and the services' open tickets. */
  nextFor(day: string, counter: number, serviceIds: readonly string[]): HallRecord | undefined {
    const marks = serviceIds.map(() => '?').join(', ') || 'NULL';
    const row = sql(
      this.db,
      `SELECT * FROM hall_tickets WHERE day = ? AND status = 'waiting'
           AND (for_counter = ? OR (for_counter IS NULL AND service_id IN (${marks})))
         ${CALLING_ORDER} LIMIT 1`,
    ).get(day, counter, ...serviceIds) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** The ticket a counter has called and not closed. */
  currentAt(day: string, counter: number): HallRecord | undefined {
    const row = sql(
      this.db,
      `SELECT * FROM hall_tickets WHERE day = ? AND status = 'called' AND counter = ? ORDER BY last_call_at DESC LIMIT 1`,
    ).get(day, counter) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  called(day: string): HallRecord[] {
    return (sql(this.db, `SELECT * FROM hall_tickets WHERE day = ? AND status = 'called' ORDER BY counter`).all(day) as Row[]).map(
      toRecord,
    );
  }

  recentCalls(day: string, limit: number): HallRecord[] {
    const rows = sql(
      this.db,
      `SELECT * FROM hall_tickets WHERE day = ? AND last_call_at IS NOT NULL ORDER BY last_call_at DESC, pos DESC LIMIT ?`,
    ).all(day, limit) as Row[];
    return rows.map(toRecord);
  }

  /** Waiting count and the oldest waiting issue time per service. */
  waiting(day: string): Map<string, { n: number; oldest: string }> {
    const rows = sql(
      this.db,
      `SELECT service_id, COUNT(*) AS n, MIN(issued_at) AS oldest FROM hall_tickets WHERE day = ? AND status = 'waiting' GROUP BY service_id`,
    ).all(day) as { service_id: string; n: number; oldest: string }[];
    return new Map(rows.map((r) => [r.service_id, { n: r.n, oldest: r.oldest }]));
  }

  listDay(day: string): HallRecord[] {
    return (sql(this.db, `SELECT * FROM hall_tickets WHERE day = ? ${CALLING_ORDER}`).all(day) as Row[]).map(toRecord);
  }

  markCalled(id: string, counter: number, at: string): void {
    sql(
      this.db,
      `UPDATE hall_tickets SET status = 'called', counter = ?, called_at = COALESCE(called_at, ?), last_call_at = ?, calls = calls + 1,
           for_counter = NULL WHERE id = ?`,
    ).run(counter, at, at, id);
  }

  markRecalled(id: string, at: string): void {
    sql(this.db, 'UPDATE hall_tickets SET last_call_at = ?, calls = calls + 1 WHERE id = ?').run(at, id);
  }

  close(id: string, status: 'served' | 'no-show', at: string): void {
    sql(this.db, 'UPDATE hall_tickets SET status = ?, closed_at = ? WHERE id = ?').run(status, at, id);
  }

  /** Back to waiting in its own place (issue time kept) for another service or one counter. */
  transfer(id: string, serviceId: string, forCounter: number | null): void {
    sql(this.db, `UPDATE hall_tickets SET status = 'waiting', service_id = ?, for_counter = ?, last_call_at = NULL WHERE id = ?`).run(
      serviceId,
      forCounter,
      id,
    );
  }
}
