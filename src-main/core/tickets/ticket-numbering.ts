import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { centerDate } from '../../api/center-clock';
import type { Database } from '../db/open-database';
import { oneRow } from '../db/rows';

const LastSeq = z.object({ last_seq: z.number().int() });
const MaxSeq = z.object({ seq: z.number().int().nullable() });

/** `A-001`; past 999 a day the number simply grows (`A-1000`) rather than wrapping to a used one. */
export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(3, '0')}`;
}

/**
 * The next number of a letter on a local day. Must run inside the issuing transaction (begun
 * IMMEDIATE, so two connections or processes take turns): the counter row and the ticket row
 * commit together or not at all. The highest number already on a ticket is consulted too, so a
 * counter row lost to a restored backup can still never hand out a number twice. `firstSeq` lets
 * a second kiosk in the same hall count from its own block (501, …) so two kiosks never print the
 * same number.
 */
export function allocateSeq(db: Database, day: string, prefix: string, firstSeq = 1): number {
  if (!db.inTransaction) throw new Error('allocateSeq must run inside the issuing transaction');
  const counter = oneRow(LastSeq, db.prepare('SELECT last_seq FROM ticket_counters WHERE day = ? AND prefix = ?'), day, prefix);
  const issued = oneRow(MaxSeq, db.prepare('SELECT MAX(seq) AS seq FROM tickets WHERE day = ? AND prefix = ?'), day, prefix);
  // A first number raised mid-day jumps ahead; lowered, it never goes back to numbers already given.
  const next = Math.max(counter?.last_seq ?? 0, issued?.seq ?? 0, firstSeq - 1) + 1;
  db.prepare(
    'INSERT INTO ticket_counters (day, prefix, last_seq) VALUES (?, ?, ?) ON CONFLICT(day, prefix) DO UPDATE SET last_seq = excluded.last_seq',
  ).run(day, prefix, next);
  return next;
}

/** The ticket row a number was given to, for a number source that records it elsewhere too. */
export interface NumberedTicket {
  readonly id: string;
  readonly day: string;
  readonly number: string;
  readonly serviceId: string;
  readonly priority: boolean;
  readonly issuedAt: string;
}

/**
 * A reserved number, settled inside the issuing transaction: `seq` gives the sequence for the
 * ticket's day and letter (it may throw an ApiError to refuse the ticket, rolling it back), and
 * `committed` records what the source needs in the same transaction.
 */
export interface NumberReservation {
  seq(db: Database, day: string, prefix: string): number;
  committed?(db: Database, ticket: NumberedTicket): void;
}

/**
 * Where numbers come from when the kiosk is part of a hall (docs/hall.md): asked before the
 * issuing transaction, because a member kiosk asks the hall host over the LAN. `null` means this
 * kiosk numbers its own tickets (`allocateSeq`).
 */
export interface NumberSource {
  reserve(req: Readonly<{ serviceId: string; prefix: string; priority: boolean }>): Promise<NumberReservation | null>;
}

/** What every new ticket row starts with, the kiosk's or the hall's: its number and where it belongs. */
export interface NewNumber {
  readonly id: string;
  readonly day: string;
  readonly prefix: string;
  readonly seq: number;
  readonly number: string;
  readonly serviceId: string;
  readonly priority: boolean;
  readonly issuedAt: string;
}

/**
 * A new ticket's number from one clock reading, inside the issuing transaction: the day is read
 * from the same instant as the issue time, so a ticket issued at 23:59:59.999 and its number
 * belong to the same day whoever waited for the lock. `seqOf` allocates the day's next number.
 */
export function numberTicket(
  at: Date,
  service: Readonly<{ id: string; prefix: string }>,
  priority: boolean,
  seqOf: (day: string, prefix: string) => number,
): NewNumber {
  const day = centerDate(at);
  const seq = seqOf(day, service.prefix);
  const number = formatTicketNumber(service.prefix, seq);
  return { id: randomUUID(), day, prefix: service.prefix, seq, number, serviceId: service.id, priority, issuedAt: at.toISOString() };
}

/** The columns every ticket table shares, as SQLite gives them. */
export const NumberedRow = z.object({
  pos: z.number().int(),
  id: z.string(),
  day: z.string(),
  prefix: z.string(),
  seq: z.number().int(),
  number: z.string(),
  service_id: z.string(),
  priority: z.number().int(),
  issued_at: z.string(),
  closed_at: z.string().nullable(),
});
export type NumberedRow = z.infer<typeof NumberedRow>;

/** Those columns as a record's fields. */
export function numberedFields(r: NumberedRow) {
  return {
    id: r.id,
    day: r.day,
    prefix: r.prefix,
    seq: r.seq,
    number: r.number,
    serviceId: r.service_id,
    priority: r.priority === 1,
    issuedAt: r.issued_at,
    closedAt: r.closed_at,
  };
}
