import type { Database } from '../db/open-database';
import { enqueueEvent } from '../outbox/enqueue';
import type { HallRecord } from './hall-store';

export type HallEventType = 'called' | 'transferred' | 'served' | 'no-show';

/**
 * Sends one hall ticket event to the center server through the shared outbox, inside the
 * transaction of the change (docs/hall.md, "Events"). The kiosk that printed a ticket sends its
 * `ticket.issued` (as before); the host sends what the counters do. Numbers, services, counters
 * and times only.
 */
export function recordHallEvent(
  db: Database,
  ticket: HallRecord,
  type: HallEventType,
  at: string,
  hostId: string,
  extra: Readonly<Record<string, string | number | null>> = {},
): void {
  if (!db.inTransaction) throw new Error('hall events are recorded inside the transaction of their change');
  enqueueEvent(db, {
    type: `ticket.${type}`,
    occurredAt: at,
    data: {
      kioskId: hostId,
      issuedBy: ticket.kioskId,
      ticketId: ticket.id,
      number: ticket.number,
      serviceId: ticket.serviceId,
      day: ticket.day,
      priority: ticket.priority,
      source: 'hall',
      offline: ticket.offline,
      counter: ticket.counter,
      issuedAt: ticket.issuedAt,
      calledAt: ticket.calledAt,
      closedAt: ticket.closedAt,
      ...extra,
    },
  });
}
