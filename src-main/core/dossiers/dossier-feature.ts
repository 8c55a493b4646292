import type { Devices } from '../../hardware/devices';
import type { ConfigStore } from '../config/config-store';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { FetchFn, Timers } from '../outbox/center-client';
import type { OutboxService } from '../outbox/outbox-service';
import type { EventBus } from '../rpc/event-bus';
import type { Clock } from '../system/clock';
import { dossierHandlers } from './dossier-handlers';
import type { ProcedureLookup } from './dossier-procedure';
import { DossierService } from './dossier-service';
import { remoteStatusLookup } from './remote-status';
import { purgePersonalData } from './retention';

export interface DossierFeatureDeps {
  readonly db: Database;
  readonly config: ConfigStore;
  readonly bus: EventBus;
  readonly outbox: OutboxService;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly fetch: FetchFn;
  readonly log: Logger;
  readonly kioskId: string;
  readonly procedures: ProcedureLookup;
  readonly devices: Devices | null;
  /** Run the retention purge now and every 6 hours (false in the CLI, which purges on demand). */
  readonly background: boolean;
}

const PURGE_EVERY_MS = 6 * 3_600_000;

/** Joins the dossier feature to the kiosk: service, handlers, state events, retention purge. */
export function startDossierFeature(deps: DossierFeatureDeps) {
  const service = new DossierService({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    kioskId: deps.kioskId,
    procedures: deps.procedures,
    remoteStatus: remoteStatusLookup({ fetch: deps.fetch, timers: deps.timers, nowMs: () => deps.clock.now().getTime() }),
    endpoint: deps.outbox.endpoint,
  });
  const stopEvents = deps.outbox.worker.onResult((result) => {
    if (result.kind !== 'sent' && result.kind !== 'failed') return;
    for (const item of result.items) {
      if (item.kind === 'dossier') deps.bus.emit('dossier.onStateChanged', { code: item.idempotencyKey, state: result.kind });
    }
  });
  const purge = () => {
    try {
      const r = purgePersonalData(deps.db, deps.clock.now(), deps.config.get('dossiers.retentionDays'));
      if (r.dossiers + r.events > 0) deps.log.info('retention purge', { ...r });
      return r;
    } catch (err) {
      deps.log.error('retention purge failed', { error: err instanceof Error ? err.message : String(err) });
      return { dossiers: 0, events: 0 };
    }
  };
  let timer: unknown = null;
  const schedule = () => {
    timer = deps.timers.setTimeout(() => {
      purge();
      schedule();
    }, PURGE_EVERY_MS);
  };
  if (deps.background) {
    purge();
    schedule();
  }
  return {
    service,
    purge,
    handlers: dossierHandlers({
      db: deps.db,
      service,
      centerName: () => deps.config.get('center.name'),
      devices: deps.devices,
      log: deps.log,
    }),
    close(): void {
      stopEvents();
      if (timer !== null) deps.timers.clearTimeout(timer);
    },
  };
}

export type DossierFeature = ReturnType<typeof startDossierFeature>;
