import type { Ticket } from '../../../src-main/api/channels/tickets';
import { registerSessionReset } from '../../stores/session-reset';

/**
 * The ticket `ticket.issue` just answered with, handed from the services screen to the issued
 * screen so it draws the number at once instead of asking the core for the same ticket again
 * (one round trip more between the tap and the number, bench:tap). The issued screen still
 * asks, and follows the ticket's changes, as before.
 */
let handed: Ticket | null = null;

export function handOverIssued(ticket: Ticket): void {
  handed = ticket;
}

/** The ticket handed over, if it is this one. */
export function issuedTicket(ticketId: string | undefined): Ticket | null {
  return handed !== null && handed.id === ticketId ? handed : null;
}

registerSessionReset(
  'ticket.issued',
  () => {
    handed = null;
  },
  () => handed,
);
