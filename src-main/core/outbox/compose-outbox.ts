import type { KioskParts } from '../kiosk/kiosk-parts';
import { outboxHandlers } from './outbox-handlers';
import { startOutboxService } from './outbox-service';

export interface OutboxOptions {
  /** Jitter source for backoff (Math.random when absent). */
  readonly random?: (() => number) | undefined;
  /** Deliver in the background and watch connectivity; false leaves syncing to explicit calls (the CLI). */
  readonly background: boolean;
  /** How often connectivity is checked while the outbox waits (default 10 s). */
  readonly connectivityIntervalMs?: number | undefined;
}

/** The durable queue to the center server, its sync worker, and the technician's handlers. */
export function composeOutbox(parts: KioskParts, options: OutboxOptions) {
  const service = startOutboxService({
    db: parts.db,
    config: parts.config,
    kioskId: parts.kioskId,
    fetch: parts.fetch,
    clock: parts.clock,
    timers: parts.timers,
    random: options.random ?? Math.random,
    log: parts.log.child('outbox'),
    background: options.background,
    ...(options.connectivityIntervalMs ? { connectivityIntervalMs: options.connectivityIntervalMs } : {}),
  });
  return {
    service,
    handlers: outboxHandlers(service, parts.clock, () => parts.config.get('dossiers.retentionDays')),
    close: () => service.close(),
  };
}
