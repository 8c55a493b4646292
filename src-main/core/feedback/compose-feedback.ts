import { RemoteFeedbackStatus } from '../../api/channels/feedback';
import type { ProcedureLookup } from '../dossiers/dossier-procedure';
import { centerLookup } from '../dossiers/remote-status';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { OutboxService } from '../outbox/outbox-service';
import type { PartialHandlers } from '../rpc/handlers';
import { FeedbackService } from './feedback-service';

/**
 * Joins feedback to the kiosk. Its personal data is purged on the outbox's retention run
 * (`core/outbox/outbox-retention.ts`), which asks this feature to empty its own rows.
 */
export function composeFeedback(parts: KioskParts, options: Readonly<{ outbox: OutboxService; procedures: ProcedureLookup }>) {
  const { db, clock, timers, kioskId } = parts;
  const service = new FeedbackService({
    db,
    clock,
    kioskId,
    log: parts.log.child('feedback'),
    procedures: options.procedures,
    remote: centerLookup({ fetch: parts.fetch, timers, clock }, RemoteFeedbackStatus, (r) => `/api/v1/feedback/${r}`),
    endpoint: options.outbox.endpoint,
    delivery: (reference) => options.outbox.store.byKey(reference)?.state ?? null,
  });
  const disown = options.outbox.retention.own('feedback', (references, at) => service.store.purgePersonal(references, at));
  const handlers: PartialHandlers<'feedback.submit' | 'feedback.lookup'> = {
    'feedback.submit': (args) => service.submit(args),
    'feedback.lookup': ({ reference }) => service.lookup(reference),
  };
  return { service, handlers, close: disown };
}

export type FeedbackFeature = ReturnType<typeof composeFeedback>;
