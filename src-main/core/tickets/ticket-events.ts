import { randomUUID } from 'node:crypto';
import type { Database } from '../db/open-database';
import { enqueueEvent } from '../outbox/enqueue';
import type { TicketRecord } from './ticket-store';

export type TicketEventType = 'issued' | 'reprinted' | 'served' | 'no-show';

/**
 * What the center server receives for each ticket event (docs/tickets.md). No personal data: a
 * ticket is a number, a service and a time.
 */
export interface TicketEventPayload {
  readonly kind: 'ticket';
  readonly eventId: string;
  readonly type: TicketEventType;
  readonly at: string;
  readonly kioskId: string;
  readonly ticketId: string;
  readonly number: string;
  readonly serviceId: string;
  readonly day: string;
  readonly priority: boolean;
  readonly source: TicketRecord['source'];
}

/**
 * Records one event in the same transaction as the change it describes, and queues it for the
 * center server in the shared outbox (`POST /api/v1/events`), so the server's view can never
 * miss a ticket that exists here, nor hear of one that does not.
 */
export function recordTicketEvent(
  db: Database,
  ticket: TicketRecord,
  type: TicketEventType,
  at: string,
  kioskId: string,
): TicketEventPayload {
  if (!db.inTransaction) throw new Error('ticket events are recorded inside the transaction of their change');
  // What the kiosk's journal and the center's copy both say of the ticket.
  const facts = {
    kioskId,
    ticketId: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    day: ticket.day,
    priority: ticket.priority,
    source: ticket.source,
  };
  const payload: TicketEventPayload = { kind: 'ticket', eventId: randomUUID(), type, at, ...facts };
  db.prepare('INSERT INTO ticket_events (id, ticket_id, type, at, payload) VALUES (?, ?, ?, ?, ?)').run(
    payload.eventId,
    ticket.id,
    type,
    at,
    JSON.stringify(payload),
  );
  enqueueEvent(db, {
    type: `ticket.${type}`,
    occurredAt: at,
    data: { eventId: payload.eventId, ...facts },
  });
  return payload;
}
