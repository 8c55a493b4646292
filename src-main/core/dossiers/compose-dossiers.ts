import { errorMessage } from '../../api/error-message';
import type { PaymentDue } from '../../api/payment';
import { calendarFor } from '../calendar/calendar-config';
import { scrubFreedData } from '../db/scrub-freed';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { OutboxService } from '../outbox/outbox-service';
import type { PrintQueue } from '../printing/print-queue';
import { dossierHandlers } from './dossier-handlers';
import type { ProcedureLookup } from './dossier-procedure';
import { DossierService } from './dossier-service';
import { purgePersonKeys } from './person-keys';
import { personLookupHandlers } from './person-lookup';
import { remoteStatusLookup } from './remote-status';

export interface DossierOptions {
  readonly outbox: OutboxService;
  readonly procedures: ProcedureLookup;
  /** The kiosk's print queue (receipts); absent where the shell has no printer. */
  readonly printing?: PrintQueue | undefined;
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
    remoteStatus: remoteStatusLookup({ fetch: parts.fetch, timers, clock }),
    endpoint: options.outbox.endpoint,
    delivery: (code) => {
      const item = options.outbox.store.byKey(code);
      return { state: item?.state ?? null, sentAt: item?.sentAt ?? null };
    },
    calendar: () => calendarFor(config),
    ...(options.payment ? { payment: options.payment } : {}),
  });
  // A purged dossier can no longer be found by the person who submitted it either.
  const disown = options.outbox.retention.own('dossier', (codes, at) => {
    const n = service.store.purgePersonal(codes, at);
    purgePersonKeys(db);
    return n;
  });
  const stopEvents = options.outbox.worker.onResult((result) => {
    if (result.kind !== 'sent' && result.kind !== 'failed') return;
    for (const item of result.items) {
      if (item.kind === 'dossier') parts.bus.emit('dossier.onStateChanged', { code: item.idempotencyKey, state: result.kind });
    }
  });
  const purge = () => {
    try {
      const run = options.outbox.retention.purge(clock.now(), config.get('dossiers.retentionDays'));
      const r = { dossiers: run.dossier, events: run.event, feedback: run.feedback };
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
    // The first run waits a turn, so features composed after this one (feedback) own their kind by then.
    timer = timers.setTimeout(() => {
      purge();
      schedule();
    }, 0);
  }
  return {
    service,
    purge,
    handlers: {
      ...dossierHandlers({
        service,
        slipHeader: () => ({
          centerName: config.get('center.name'),
          committeeName: config.get('center.committeeName'),
          phone: config.get('center.phone'),
        }),
        clock: parts.clock,
        printing: parts.devices ? (options.printing ?? null) : null,
        log: log,
      }),
      ...personLookupHandlers({ db, service, clock }),
    },
    close(): void {
      disown();
      stopEvents();
      if (timer !== null) timers.clearTimeout(timer);
    },
  };
}

export type DossierFeature = ReturnType<typeof composeDossiers>;
