import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import { PrintQueue, type PrintQueueDeps } from './print-queue';

/**
 * The kiosk's one print queue (tickets, receipts, test pages): its job events to every screen
 * (`printing.onJob`) and the staff and technician list of jobs. Features that print get the queue
 * in their options and follow their jobs through `onJob`.
 */
export function composePrinting(parts: KioskParts, options: Readonly<Pick<PrintQueueDeps, 'retry' | 'maxJobAgeMs'>> = {}) {
  const queue = new PrintQueue({
    db: parts.db,
    devices: parts.devices,
    clock: parts.clock,
    log: parts.log.child('printing'),
    timers: parts.timers,
    ...options,
  });
  const stopEvents = queue.onJob(({ ref: _ref, ...job }) => parts.bus.emit('printing.onJob', job));
  const handlers: PartialHandlers<'printing.jobs'> = {
    'printing.jobs': () => queue.recent().map(({ ref: _ref, ...job }) => job),
  };
  return {
    queue,
    handlers,
    /** Starts printing what waits; called once every feature follows its jobs, so none misses an answer. */
    start: () => queue.start(),
    close(): void {
      stopEvents();
      queue.close();
    },
  };
}

export type PrintingFeature = ReturnType<typeof composePrinting>;
