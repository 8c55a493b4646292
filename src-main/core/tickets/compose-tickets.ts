import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PrintQueue } from '../printing/print-queue';
import { ticketHandlers } from './ticket-handlers';
import type { NumberSource } from './ticket-numbering';
import { TicketService } from './ticket-service';
import type { WaitEstimates } from './wait-estimate';

/** Queue tickets: issuing, calling and printing them, and their handlers. */
export function composeTickets(
  parts: KioskParts,
  options: Readonly<{ numbers?: NumberSource; waits?: WaitEstimates; printing?: PrintQueue }> = {},
) {
  const service = new TicketService({
    db: parts.db,
    clock: parts.clock,
    config: parts.config,
    bus: parts.bus,
    log: parts.log.child('tickets'),
    kioskId: parts.kioskId,
    printing: options.printing,
    numbers: options.numbers,
    waits: options.waits,
  });
  return {
    service,
    handlers: ticketHandlers(service),
    close(): void {
      service.close();
    },
  };
}
