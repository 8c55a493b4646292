import { z } from 'zod';
import { TicketPrint, type TicketSource, TicketSource as TicketSourceSchema, TicketStatus } from '../../api/channels/tickets';
import type { Database } from '../db/open-database';
import { allRows, oneRow } from '../db/rows';
import { type NewNumber, NumberedRow, numberedFields } from './ticket-numbering';

/** A ticket row as stored; the service's names and counters are joined in by the service layer. */
export interface TicketRecord extends NewNumber {
  readonly pos: number;
  readonly source: TicketSource;
  readonly language: string;
  readonly status: TicketStatus;
  readonly closedAt: string | null;
  readonly print: TicketPrint;
}

const Row = NumberedRow.extend({
  source: TicketSourceSchema,
  language: z.string(),
  status: TicketStatus,
  print_state: TicketPrint.shape.state,
  print_reason: TicketPrint.shape.reason,
  print_count: z.number().int(),
});
type Row = z.infer<typeof Row>;
const Count = z.object({ n: z.number().int() });
const ServiceCount = z.object({ service_id: z.string(), n: z.number().int() });

function toRecord(r: Row): TicketRecord {
  return {
    ...numberedFields(r),
    pos: r.pos,
    source: r.source,
    language: r.language,
    status: r.status,
    print: { state: r.print_state, reason: r.print_reason, count: r.print_count },
  };
}

export interface NewTicket extends NewNumber {
  readonly source: TicketSource;
  readonly language: string;
}

/** Calling order: every waiting priority ticket first, then the others, each in issue order. */
const CALLING_ORDER = 'ORDER BY priority DESC, pos ASC';

/** SQL over the tickets table; callers own the transactions. */
export class TicketStore {
  constructor(private readonly db: Database) {}

  insert(t: NewTicket): void {
    this.db
      .prepare(
        `INSERT INTO tickets (id, day, prefix, seq, number, service_id, priority, source, language, issued_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.id, t.day, t.prefix, t.seq, t.number, t.serviceId, t.priority ? 1 : 0, t.source, t.language, t.issuedAt);
  }

  find(id: string): TicketRecord | undefined {
    const row = oneRow(Row, this.db.prepare('SELECT * FROM tickets WHERE id = ?'), id);
    return row ? toRecord(row) : undefined;
  }

  /** A day's tickets in calling order, optionally one service's. */
  listDay(day: string, serviceId?: string): TicketRecord[] {
    const rows = serviceId
      ? allRows(Row, this.db.prepare(`SELECT * FROM tickets WHERE day = ? AND service_id = ? ${CALLING_ORDER}`), day, serviceId)
      : allRows(Row, this.db.prepare(`SELECT * FROM tickets WHERE day = ? ${CALLING_ORDER}`), day);
    return rows.map(toRecord);
  }

  /** Waiting tickets of the same service and day that will be called before this one. */
  waitingAhead(t: TicketRecord): number {
    if (t.status !== 'waiting') return 0;
    const row = oneRow(
      Count,
      this.db.prepare(
        `SELECT COUNT(*) AS n FROM tickets
         WHERE day = ? AND service_id = ? AND status = 'waiting' AND pos <> ?
           AND ((priority = 1 AND (? = 0 OR pos < ?)) OR (priority = 0 AND ? = 0 AND pos < ?))`,
      ),
      t.day,
      t.serviceId,
      t.pos,
      t.priority ? 1 : 0,
      t.pos,
      t.priority ? 1 : 0,
      t.pos,
    );
    return row?.n ?? 0;
  }

  waitingCounts(day: string): Map<string, number> {
    const rows = allRows(
      ServiceCount,
      this.db.prepare(`SELECT service_id, COUNT(*) AS n FROM tickets WHERE day = ? AND status = 'waiting' GROUP BY service_id`),
      day,
    );
    return new Map(rows.map((r) => [r.service_id, r.n]));
  }

  setStatus(id: string, status: TicketStatus, closedAt: string | null): void {
    this.db.prepare('UPDATE tickets SET status = ?, closed_at = ? WHERE id = ?').run(status, closedAt, id);
  }

  /** Counts one more trip to the printer and marks it pending (not yet handed off) until the printer answers. */
  startPrint(id: string, at: string): void {
    this.db
      .prepare(
        `UPDATE tickets SET print_state = 'pending', print_reason = NULL, print_sent = 0, print_count = print_count + 1, print_at = ? WHERE id = ?`,
      )
      .run(at, id);
  }

  /**
   * Takes a failed, never handed-off print for an automatic retry, as `startPrint` does, but only
   * if no one else (another process on the same file, an earlier retry) took it first.
   */
  claimRetry(id: string, at: string): boolean {
    return (
      this.db
        .prepare(
          `UPDATE tickets SET print_state = 'pending', print_reason = NULL, print_count = print_count + 1, print_at = ?
           WHERE id = ? AND print_state = 'failed' AND print_sent = 0`,
        )
        .run(at, id).changes === 1
    );
  }

  /** Records, before the first byte goes out, that this print's job reached the printer's hands. */
  markPrintSent(id: string): void {
    this.db.prepare('UPDATE tickets SET print_sent = 1 WHERE id = ?').run(id);
  }

  setPrint(id: string, state: TicketPrint['state'], reason: TicketPrint['reason']): void {
    this.db.prepare('UPDATE tickets SET print_state = ?, print_reason = ? WHERE id = ?').run(state, reason, id);
  }

  /**
   * Tickets of a day still waiting whose print failed before any byte reached the printer, issued
   * at or after `since`: the ones worth printing again. One handed off may have printed: never again.
   */
  failedPrints(day: string, since: string): TicketRecord[] {
    return allRows(
      Row,
      this.db.prepare(
        `SELECT * FROM tickets WHERE day = ? AND status = 'waiting' AND print_state = 'failed' AND print_sent = 0 AND issued_at >= ? ORDER BY pos`,
      ),
      day,
      since,
    ).map(toRecord);
  }

  /**
   * After a crash, a print that never answered is unknown: it is recorded as failed (so staff see
   * it and the retry may print it) instead of staying pending for ever. Only prints older than
   * `before`, so a second process on the same file (the CLI) leaves a live print alone.
   */
  settleInterruptedPrints(before: string): number {
    return this.db
      .prepare(
        `UPDATE tickets SET print_state = 'failed', print_reason = 'error' WHERE print_state = 'pending' AND COALESCE(print_at, issued_at) < ?`,
      )
      .run(before).changes;
  }
}
