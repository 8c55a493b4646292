import { z } from 'zod';
import type { HallTicketStanding } from '../../api/hall';
import type { Database } from '../db/open-database';
import { allRows } from '../db/rows';

/** When a ticket was issued and when its turn came (first call in a hall; closed at a standalone kiosk). */
export interface Turn {
  readonly issuedAt: string;
  readonly turnAt: string;
}

/** No estimate until the day has shown this many paces: early in the day a guess misleads. */
export const MIN_PACES = 5;
/** The estimate follows the recent pace: desks open and close during the day. */
export const RECENT_PACES = 20;
/** A gap longer than this between two turns is a break (lunch, a desk closed), not a pace. */
export const BREAK_MS = 30 * 60_000;
/** Estimates are said in steps of this many minutes ("khoảng 15 phút"), never less than one step. */
export const STEP_MIN = 5;

/**
 * Estimated minutes until a ticket's turn, from today's observed rate for its service
 * (docs/hall.md, "Estimated wait"), or null when the day has not shown enough to estimate.
 *
 * A pace is the time between two successive turns of the service when the later ticket was
 * already waiting at the earlier turn: the desks went straight from one to the next. Gaps in
 * which nobody waited measure arrivals, not service, and gaps over BREAK_MS are breaks; both
 * are left out. The rate is the last RECENT_PACES paces over their total time, and the wait is
 * (waiting ahead + 1) turns at that rate, rounded up to STEP_MIN minutes.
 */
export function estimateWaitMin(turns: readonly Turn[], ahead: number): number | null {
  const sorted = [...turns].sort((a, b) => a.turnAt.localeCompare(b.turnAt));
  const paces: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Turn;
    const next = sorted[i] as Turn;
    const gap = Date.parse(next.turnAt) - Date.parse(prev.turnAt);
    const wasWaiting = Date.parse(next.issuedAt) <= Date.parse(prev.turnAt);
    if (wasWaiting && gap >= 0 && gap <= BREAK_MS) paces.push(gap);
  }
  if (paces.length < MIN_PACES) return null;
  const recent = paces.slice(-RECENT_PACES);
  const msPerTurn = recent.reduce((x, y) => x + y, 0) / recent.length;
  const minutes = ((ahead + 1) * msPerTurn) / 60_000;
  return Math.max(STEP_MIN, Math.ceil(minutes / STEP_MIN) * STEP_MIN);
}

const ClosedTurn = z.object({ issued_at: z.string(), closed_at: z.string() });

/** A standalone kiosk knows a ticket's turn only when staff close it at the kiosk. */
export function closedTurns(db: Database, day: string, serviceId: string): Turn[] {
  return allRows(
    ClosedTurn,
    db.prepare('SELECT issued_at, closed_at FROM tickets WHERE day = ? AND service_id = ? AND closed_at IS NOT NULL'),
    day,
    serviceId,
  ).map((r) => ({ issuedAt: r.issued_at, turnAt: r.closed_at }));
}

/** How a ticket stands in its queue, as the ticket screen and the paper say it. */
export interface QueueStanding {
  /** `waiting` until its turn has come and gone (a hall ticket at a desk is still `waiting`). */
  readonly status: 'waiting' | 'served' | 'no-show';
  readonly waitingAhead: number;
  readonly estimatedWaitMin: number | null;
  /**
   * True when this kiosk cannot tell how the ticket stands: a hall member that has no recent word
   * from its host. Status and count are then only what the kiosk saw itself, and screens say so.
   */
  readonly unknown?: boolean;
}

/** Where a ticket's standing comes from in each hall role (docs/hall.md, "Estimated wait"). */
export interface WaitEstimates {
  standing(
    t: Readonly<{ day: string; number: string; serviceId: string; status: 'waiting' | 'served' | 'no-show' }>,
    localAhead: number,
  ): QueueStanding;
  /** Learns how a ticket stands now from wherever its line is kept (a hall member asks its host), before a view of it. */
  refresh?(t: Readonly<{ day: string; number: string; status: 'waiting' | 'served' | 'no-show' }>): Promise<void>;
  /**
   * How a ticket another kiosk printed stands, when both are in one hall (its QR scanned here);
   * null when this kiosk is in no hall. Throws `not-found` for a ticket the hall does not have.
   */
  elsewhere?(ref: Readonly<{ kiosk: string; day: string; number: string }>): Promise<HallTicketStanding | null>;
}

/** A kiosk numbering its own tickets: its own line, at the pace its staff closed them. */
export function localStanding(
  db: Database,
  t: Readonly<{ day: string; serviceId: string; status: 'waiting' | 'served' | 'no-show' }>,
  ahead: number,
): QueueStanding {
  if (t.status !== 'waiting') return { status: t.status, waitingAhead: 0, estimatedWaitMin: null };
  return { status: t.status, waitingAhead: ahead, estimatedWaitMin: estimateWaitMin(closedTurns(db, t.day, t.serviceId), ahead) };
}
