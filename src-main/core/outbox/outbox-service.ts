import { networkInterfaces } from 'node:os';
import type { RetryPolicy } from '../../api/backoff';
import type { Clock } from '../../api/center-clock';
import type { ConfigStore } from '../config/config-store';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import { type CenterEndpoint, centerRequest, type FetchFn, type Timers } from './center-client';
import { watchConnectivity } from './connectivity';
import { OutboxRetention } from './outbox-retention';
import { OutboxStore } from './outbox-store';
import { SyncWorker } from './sync-worker';

export interface OutboxServiceDeps {
  readonly db: Database;
  readonly config: ConfigStore;
  readonly kioskId: string;
  readonly fetch: FetchFn;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly random: () => number;
  readonly log: Logger;
  /** Deliver in the background and watch connectivity; false leaves syncing to explicit calls. */
  readonly background: boolean;
  readonly backoff?: RetryPolicy;
  readonly connectivityIntervalMs?: number;
}

/** The center server as configured (`server.url`, `server.token`), or null while unset. */
export function configuredEndpoint(config: ConfigStore, kioskId: string): CenterEndpoint | null {
  const url = config.get('server.url');
  return url ? { url, token: config.get('server.token'), kioskId } : null;
}

/**
 * The outbox as the running kiosk uses it: the worker, a connectivity watch that kicks it, and a
 * config watch so a new server address is tried at once.
 */
export function startOutboxService(deps: OutboxServiceDeps) {
  const endpoint = () => configuredEndpoint(deps.config, deps.kioskId);
  const worker = new SyncWorker({
    db: deps.db,
    fetch: deps.fetch,
    clock: deps.clock,
    timers: deps.timers,
    random: deps.random,
    log: deps.log,
    endpoint,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
  });
  const store = new OutboxStore(deps.db);
  const retention = new OutboxRetention(deps.db);
  if (!deps.background) {
    return { worker, store, retention, endpoint, close: async () => undefined };
  }
  worker.start();
  const stopConfig = deps.config.onChange((key) => {
    if (key === 'server.url' || key === 'server.token') worker.kick();
  });
  const stopWatch = watchConnectivity({
    timers: deps.timers,
    interfaces: networkInterfaces,
    shouldProbe: () => worker.isPaused(),
    probe: async () => {
      const target = endpoint();
      if (!target) return false;
      const outcome = await centerRequest(
        {
          fetch: deps.fetch,
          timers: deps.timers,
          clock: deps.clock,
          backoff: { baseMs: 0, capMs: 0, maxRetryAfterMs: 0, jitter: 'none' },
        },
        target,
        { method: 'GET', path: '/api/v1/health', timeoutMs: 5000 },
      );
      return outcome.kind === 'ok';
    },
    onChange: (reason) => {
      deps.log.info('connectivity changed: trying the outbox now', { reason });
      worker.kick();
    },
    ...(deps.connectivityIntervalMs ? { intervalMs: deps.connectivityIntervalMs } : {}),
  });
  return {
    worker,
    store,
    retention,
    endpoint,
    async close(): Promise<void> {
      stopWatch();
      stopConfig();
      await worker.stop();
    },
  };
}

export type OutboxService = ReturnType<typeof startOutboxService>;
