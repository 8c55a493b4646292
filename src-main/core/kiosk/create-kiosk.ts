import { join } from 'node:path';
import type { Clock } from '../../api/center-clock';
import type { ExportTarget } from '../../api/channels/logs';
import type { Shell } from '../../api/channels/system';
import type { Devices } from '../../hardware/devices';
import type { ChipReader } from '../../hardware/idreader/chip-reader';
import { composeAloud } from '../aloud/compose-aloud';
import type { AuthService } from '../auth/auth-service';
import { composeAuth } from '../auth/compose-auth';
import type { ScryptCost } from '../auth/pin-hash';
import { composeCards } from '../cards/compose-cards';
import type { CatalogRefresher } from '../catalog/catalog-refresher';
import type { CatalogService } from '../catalog/catalog-service';
import { composeCatalog } from '../catalog/compose-catalog';
import { composeCenterLink } from '../center-link/compose-center-link';
import { composeConfig } from '../config/compose-config';
import { ConfigStore } from '../config/config-store';
import type { Database } from '../db/open-database';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { composeDevices } from '../devices/compose-devices';
import { composeDossiers, type DossierFeature } from '../dossiers/compose-dossiers';
import type { ProcedureLookup } from '../dossiers/dossier-procedure';
import { composeFeedback, type FeedbackFeature } from '../feedback/compose-feedback';
import { composeGuides } from '../guides/compose-guides';
import { composeHall, type HallFeature } from '../hall/compose-hall';
import { composeLogs } from '../logging/compose-logs';
import { createLogger, type LogSink } from '../logging/logger';
import { listRemovableDrives } from '../logging/removable-drives';
import { type FetchFn, systemTimers, type Timers } from '../outbox/center-client';
import { composeOutbox } from '../outbox/compose-outbox';
import type { OutboxService } from '../outbox/outbox-service';
import { composePayment, type PaymentFeature } from '../payment/compose-payment';
import { composePrinting, type PrintingFeature } from '../printing/compose-printing';
import { composeRatings } from '../ratings/compose-ratings';
import { createDispatcher, type Dispatch } from '../rpc/dispatcher';
import { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { IdleSessions } from '../rpc/idle-sessions';
import { Session } from '../rpc/session';
import { composeScan } from '../scan/compose-scan';
import { composeSystem } from '../system/compose-system';
import { ensureKioskId } from '../system/install-identity';
import { repairPrivateDir } from '../system/private-dir';
import { composeTechnician } from '../technician/compose-technician';
import { composeTickets } from '../tickets/compose-tickets';
import type { TicketService } from '../tickets/ticket-service';
import { closeFeatures, joinHandlers } from './join-features';
import type { KioskParts } from './kiosk-parts';

/** How often idle staff and technician sessions are looked for, so a silent screen is told too. */
const IDLE_SWEEP_MS = 5_000;

export interface KioskDeps {
  readonly dataDir: string;
  readonly shell: Shell;
  readonly appVersion: string;
  readonly clock: Clock;
  readonly logSink: LogSink;
  /** HTTP to the center server; tests pass one bound to a local server. Default: global fetch. */
  readonly fetch?: FetchFn;
  /** The catalog shipped with the app; default `assets/catalog/catalog.json`. */
  readonly bundledCatalogFile?: string;
  readonly timers?: Timers;
  /** Jitter source for backoff (Math.random when absent). */
  readonly random?: () => number;
  /** Run the outbox sync worker in the background (default true; the CLI syncs on demand). */
  readonly backgroundSync?: boolean;
  /** How often connectivity is checked while the outbox waits (default 10 s). */
  readonly connectivityIntervalMs?: number;
  /** Procedures for dossiers; defaults to the kiosk's own catalog. */
  readonly procedures?: ProcedureLookup;
  /** The hardware layer (printer, scanners) when this kiosk has one. */
  readonly devices?: Devices;
  /** PIN hashing cost; tests lower it, production keeps the default. */
  readonly pinCost?: ScryptCost;
  /** How often to look for settings changed by another process (the CLI); 0 turns it off. */
  readonly configPollMs?: number;
  /** The log file the technician reads and exports (default `logs/kiosk.log` in the data dir). */
  readonly logFile?: string;
  /** Mounted USB drives to offer for exports (default: read from /proc/mounts). */
  readonly exportTargets?: () => ExportTarget[];
  /** The CCCD chip reader (PC/SC) when this kiosk has one. */
  readonly chipReader?: ChipReader;
}

export interface Kiosk {
  readonly db: Database;
  /** The clock it was made with, for the shell parts that read time too. */
  readonly clock: Clock;
  readonly config: ConfigStore;
  readonly auth: AuthService;
  readonly bus: EventBus;
  readonly dispatch: Dispatch;
  readonly kioskId: string;
  /** The procedure catalog: other features look procedures up here (`catalog.procedure(code)`). */
  readonly catalog: CatalogService;
  readonly catalogRefresher: CatalogRefresher;
  readonly outbox: OutboxService;
  readonly dossiers: DossierFeature;
  readonly tickets: TicketService;
  readonly payment: PaymentFeature;
  readonly feedback: FeedbackFeature;
  /** The one print queue: tickets, receipts and test pages, with their jobs' states. */
  readonly printing: PrintingFeature;
  /** The hall host's queue, pairing and desk sessions (served on the LAN by src-main/shells/hall). */
  readonly hall: HallFeature;
  /** A new screen connection; each has its own role and correlation id. */
  newSession(): Session;
  close(): Promise<void>;
}

/**
 * Builds the whole electron-free core from its dependencies. Every shell (Electron, web, CLI)
 * calls this and then only moves messages in and out.
 *
 * It makes the parts every feature shares, then each feature's `compose<Feature>` in the order
 * they depend on each other, and joins their handlers. A new feature is one compose function in
 * its own folder, one line here, and its name in `features`.
 */
export function createKiosk(deps: KioskDeps): Kiosk {
  // Before anything is read or written: other local accounts must not read ID numbers or the token.
  const repairedModes = repairPrivateDir(deps.dataDir);
  const { db, setAside } = openKioskDatabase(join(deps.dataDir, 'kiosk.db'), deps.clock);
  const parts: KioskParts = {
    dataDir: deps.dataDir,
    db,
    clock: deps.clock,
    log: createLogger(deps.logSink, 'core'),
    config: new ConfigStore(db, deps.clock),
    bus: new EventBus(),
    kioskId: ensureKioskId(db, deps.clock.now()),
    fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
    timers: deps.timers ?? systemTimers,
    devices: deps.devices,
  };
  const background = deps.backgroundSync ?? true;
  if (setAside) {
    // The technician's screen lists set-aside files too (technician.storage).
    parts.log.error('database was malformed: moved aside and a fresh one created', { setAside, dataDir: deps.dataDir });
  }
  if (repairedModes.length > 0) {
    parts.log.warn('data folder was readable by other accounts: modes repaired', {
      dataDir: deps.dataDir,
      repaired: repairedModes.length,
      first: repairedModes.slice(0, 5),
    });
  }

  const auth = composeAuth(parts, { pinCost: deps.pinCost, setupCode: deps.shell !== 'cli' });
  const exportTargets = deps.exportTargets ?? (() => listRemovableDrives());
  const config = composeConfig(parts, { appVersion: deps.appVersion, pollMs: deps.configPollMs, exportTargets });
  const system = composeSystem(parts, { appVersion: deps.appVersion, shell: deps.shell });
  // The CLI runs one command and exits: it updates the catalog only when asked to.
  const catalog = composeCatalog(parts, { bundledCatalogFile: deps.bundledCatalogFile, refreshInBackground: deps.shell !== 'cli' });
  // Scan listeners come before devices are configured, so a read at the moment a device opens is heard.
  const technician = composeTechnician(parts);
  const scan = composeScan(parts);
  const printing = composePrinting(parts);
  const devices = composeDevices(parts, { printing: printing.queue });
  const outbox = composeOutbox(parts, { random: deps.random, background, connectivityIntervalMs: deps.connectivityIntervalMs });
  const procedures = deps.procedures ?? ((code: string) => catalog.service.findProcedure(code));
  const payment = composePayment(parts, { procedures });
  const dossiers = composeDossiers(parts, {
    outbox: outbox.service,
    procedures,
    background,
    printing: printing.queue,
    payment: (p, d) => payment.service.dueFor(p, d),
  });
  const feedback = composeFeedback(parts, { outbox: outbox.service, procedures });
  const guides = composeGuides(parts);
  const aloud = composeAloud(parts, { procedures: (code) => catalog.service.findProcedure(code) ?? undefined });
  const hall = composeHall(parts, { auth: auth.service });
  const tickets = composeTickets(parts, { numbers: hall.numbers, waits: hall.waits, printing: printing.queue });
  const logs = composeLogs(parts, { logFile: deps.logFile, exportTargets });
  const ratings = composeRatings(parts);
  const cards = composeCards(parts, { reader: deps.chipReader });
  const centerLink = composeCenterLink(parts, { appVersion: deps.appVersion, background, outbox: outbox.service });

  const features = [
    auth,
    config,
    system,
    catalog,
    technician,
    scan,
    printing,
    devices,
    outbox,
    payment,
    dossiers,
    feedback,
    guides,
    aloud,
    hall,
    tickets,
    logs,
    ratings,
    cards,
    centerLink,
  ] as const;
  const handlers: Handlers = joinHandlers(features);
  // Every feature that prints follows its jobs by now: the queue may settle and print what waits.
  if (deps.shell !== 'cli') printing.start();
  const sessions = new Set<Session>();
  const idle = new IdleSessions({
    clock: deps.clock,
    configuredIdleS: () => parts.config.get('ui.idleTimeoutS'),
    log: parts.log.child('rpc'),
  });
  const sweep = setInterval(() => idle.sweep(sessions), IDLE_SWEEP_MS);
  sweep.unref();
  const dispatchCall = createDispatcher(handlers, parts.log.child('rpc'));
  // Every call first ends a staff or technician session that idled past the screen's own limit;
  // the screen that made the latest call is the one in use: a device's scan goes to it alone.
  const dispatch: Dispatch = (session, channel, args) => {
    idle.beforeCall(session);
    parts.bus.markActive(session);
    return dispatchCall(session, channel, args);
  };

  return {
    db,
    clock: deps.clock,
    config: parts.config,
    auth: auth.service,
    bus: parts.bus,
    dispatch,
    kioskId: parts.kioskId,
    catalog: catalog.service,
    catalogRefresher: catalog.refresher,
    outbox: outbox.service,
    dossiers,
    tickets: tickets.service,
    payment,
    feedback,
    printing,
    hall: hall.feature,
    newSession() {
      const session = new Session();
      sessions.add(session);
      return session;
    },
    async close() {
      clearInterval(sweep);
      sessions.clear();
      await closeFeatures(features);
      db.close();
    },
  };
}
