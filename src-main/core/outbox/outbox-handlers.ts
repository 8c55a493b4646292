import type { Clock } from '../../api/center-clock';
import { ApiError } from '../../api/errors';
import type { PartialHandlers } from '../rpc/handlers';
import type { OutboxService } from './outbox-service';
import { PURGED_PAYLOAD } from './outbox-types';

/** What technicians see and do: counts, failed items with their reasons, retry. */
export function outboxHandlers(
  outbox: OutboxService,
  clock: Clock,
  retentionDays: () => number,
): PartialHandlers<'outbox.status' | 'outbox.retry'> {
  return {
    'outbox.status': () => ({
      counts: outbox.store.counts(),
      failed: outbox.store.list('failed', 200).map((i) => ({
        key: i.idempotencyKey,
        kind: i.kind,
        attempts: i.attempts,
        lastStatus: i.lastStatus,
        lastError: i.lastError,
        updatedAt: i.updatedAt,
        purged: i.payload === PURGED_PAYLOAD,
      })),
      paused: outbox.worker.isPaused(),
      awaitingPurge: outbox.store.failedHoldingData(),
      retentionDays: retentionDays(),
    }),
    'outbox.retry': (args) => {
      const retried = outbox.store.retry('key' in args ? { key: args.key } : { allFailed: true }, clock.now().toISOString());
      if ('key' in args && retried === 0) throw new ApiError('not-found', `no failed item with key ${args.key}`);
      return { retried };
    },
  };
}
