import type { TicketSource } from '../../api/channels/tickets';
import type { Role } from '../../api/roles';
import type { PartialHandlers } from '../rpc/handlers';
import type { TicketService } from './ticket-service';

type TicketChannel =
  | 'ticket.available'
  | 'ticket.issue'
  | 'ticket.get'
  | 'ticket.lookup'
  | 'ticket.reprint'
  | 'ticket.queue'
  | 'ticket.mark'
  | 'ticket.services.list'
  | 'ticket.services.save'
  | 'ticket.services.remove';

/** A number taken at the citizen screen obeys opening hours; one issued by an officer does not. */
function sourceOf(role: Role): TicketSource {
  switch (role) {
    case 'citizen':
      return 'kiosk';
    case 'staff':
    case 'technician':
      return 'staff';
    default: {
      const unhandled: never = role;
      throw new Error(`unhandled role ${String(unhandled)}`);
    }
  }
}

export function ticketHandlers(tickets: TicketService): PartialHandlers<TicketChannel> {
  return {
    'ticket.available': () => tickets.available(),
    'ticket.issue': (args, { session }) => tickets.issue({ ...args, source: sourceOf(session.role) }),
    'ticket.get': ({ ticketId }) => tickets.get(ticketId),
    'ticket.lookup': ({ kiosk, day, number }) => tickets.lookup(kiosk, day, number),
    'ticket.reprint': ({ ticketId, language }) => tickets.reprint(ticketId, language),
    'ticket.queue': ({ serviceId }) => tickets.list(serviceId ? { serviceId } : {}),
    'ticket.mark': ({ ticketId, status }) => tickets.mark(ticketId, status),
    'ticket.services.list': () => tickets.listServices(),
    'ticket.services.save': (service) => tickets.saveService(service),
    'ticket.services.remove': ({ id }) => {
      tickets.removeService(id);
      return { removed: true as const };
    },
  };
}
