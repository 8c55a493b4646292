import { z } from 'zod';
import type { Database } from '../db/open-database';
import { oneRow } from '../db/rows';
import { estimateWaitMin, type QueueStanding } from '../tickets/wait-estimate';
import { type HallDayRow, hallDayRows } from './hall-stats';

const ServiceOf = z.object({ service_id: z.string() });

/** Calling order of the hall (docs/hall.md): priority first, then issue time, then arrival. */
function before(a: HallDayRow, b: HallDayRow): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.issued_at !== b.issued_at) return a.issued_at < b.issued_at;
  return a.pos < b.pos;
}

/**
 * The estimated wait of a hall ticket on the host: the hall's waiting tickets of its service
 * ahead of it, at the pace the hall's counters called that service today. Null once it has been
 * called, or when the day has not shown enough calls.
 */
export function hallWaitMin(db: Database, t: Readonly<{ day: string; number: string; serviceId: string }>): number | null {
  return hallStanding(db, t)?.estimatedWaitMin ?? null;
}

/**
 * How a hall ticket stands on the host: called or closed at a desk, or waiting with the hall's
 * tickets of its service ahead of it (every kiosk's, not only this one's) and its estimate.
 * Null when the hall has no such ticket (a ticket this kiosk numbered before it was a host).
 */
export function hallStanding(db: Database, t: Readonly<{ day: string; number: string; serviceId: string }>): QueueStanding | null {
  const row = oneRow(ServiceOf, db.prepare('SELECT service_id FROM hall_tickets WHERE day = ? AND number = ?'), t.day, t.number);
  if (!row) return null;
  // A transfer may have moved it to another service: its line is the one it stands in now.
  const rows = hallDayRows(db, t.day, row.service_id);
  const own = rows.find((r) => r.number === t.number);
  if (!own) return null;
  if (own.status === 'served' || own.status === 'no-show') return { status: own.status, waitingAhead: 0, estimatedWaitMin: null };
  // At a desk now: its turn has come, nobody is ahead.
  if (own.status !== 'waiting') return { status: 'waiting', waitingAhead: 0, estimatedWaitMin: null };
  const ahead = rows.filter((r) => r !== own && r.status === 'waiting' && before(r, own)).length;
  const turns = rows.flatMap((r) => (r.called_at ? [{ issuedAt: r.issued_at, turnAt: r.called_at }] : []));
  return { status: 'waiting', waitingAhead: ahead, estimatedWaitMin: estimateWaitMin(turns, ahead) };
}
