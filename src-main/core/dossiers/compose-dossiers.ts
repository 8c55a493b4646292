import { errorMessage } from '../../api/error-message';
import type { PaymentDue } from '../../api/payment';
import { calendarFor } from '../calendar/calendar-config';
import { scrubFreedData } from '../db/scrub-freed';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { OutboxService } from '../outbox/outbox-service';
import { dossierHandlers } from './dossier-handlers';
import type { ProcedureLookup } from './dossier-procedure';
import { DossierService } from './dossier-service';
import { personLookupHandlers } from './person-lookup';
import { remoteStatusLookup } from './remote-status';
import { purgePersonalData } from './retention';

export interface DossierOptions {
  readonly outbox: OutboxService;
  readonly procedures: ProcedureLookup;
  /** The fee a receipt asks for (the payment feature). */
  readonly payment?: (procedureCode: string, dossierCode: string) => PaymentDue | null;
  /** Run the retention purge now and every 6 hours (false in the CLI, which purges on demand). */
  readonly background: boolean;
}

const PURGE_EVERY_MS = 6 * 3_600_000;

/** Joins the dossier feature to the kiosk: service, handlers, state events, retention purge. */
export function composeDossiers(parts: KioskParts, options: DossierOptions) {
  const { db, config, clock, timers, kioskId } = parts;
  const log = parts.log.child('dossiers');
  const service = new DossierService({
    db,
    clock,
    log,
    kioskId,
    procedures: options.procedures,
    remoteStatus: remoteStatusLookup({ fetch: parts.fetch, timers, nowMs: () => clock.now().getTime() }),
    endpoint: options.outbox.endpoint,
    calendar: () => calendarFor(config),
    ...(options.payment ? { payment: options.payment } : {}),
  });
  const stopEvents = options.outbox.worker.onResult((result) => {
    if (result.kind !== 'sent' && result.kind !== 'failed') return;
    for (const item of result.items) {
      if (item.kind === 'dossier') parts.bus.emit('dossier.onStateChanged', { code: item.idempotencyKey, state: result.kind });
    }
  });
  const purge = () => {
    try {
      const r = purgePersonalData(db, clock.now(), config.get('dossiers.retentionDays'));
      if (r.dossiers + r.events + r.feedback > 0) {
        const { walEmptied } = scrubFreedData(db);
        log.info('retention purge', { ...r, walEmptied });
      }
      return r;
    } catch (err) {
      log.error('retention purge failed', { error: errorMessage(err) });
      return { dossiers: 0, events: 0, feedback: 0 };
    }
  };
  let timer: unknown = null;
  const schedule = () => {
    timer = timers.setTimeout(() => {
      purge();
      schedule();
    }, PURGE_EVERY_MS);
  };
  if (options.background) {
    purge();
    schedule();
  }
  return {
    service,
    purge,
    handlers: {
      ...dossierHandlers({
        db,
        service,
        centerName: () => config.get('center.name'),
        devices: parts.devices ?? null,
        log: log,
      }),
      ...personLookupHandlers({ db, service, nowMs: () => clock.now().getTime() }),
    },
    close(): void {
      stopEvents();
      if (timer !== null) timers.clearTimeout(timer);
    },
  };
}

export type DossierFeature = ReturnType<typeof composeDossiers>;
