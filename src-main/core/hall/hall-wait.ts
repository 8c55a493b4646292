import type { Database } from '../db/open-database';
import { estimateWaitMin } from '../tickets/wait-estimate';
import { type HallDayRow, hallDayRows } from './hall-stats';

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
  const rows = hallDayRows(db, t.day, t.serviceId);
  const own = rows.find((r) => r.number === t.number);
  if (own?.status !== 'waiting') return null;
  const ahead = rows.filter((r) => r !== own && r.status === 'waiting' && before(r, own)).length;
  const turns = rows.flatMap((r) => (r.called_at ? [{ issuedAt: r.issued_at, turnAt: r.called_at }] : []));
  return estimateWaitMin(turns, ahead);
}
