import { join } from 'node:path';
import type { ExportTarget } from '../../api/channels/logs';
import type { Shell, SystemInfo } from '../../api/channels/system';
import type { Devices } from '../../hardware/devices';
import { authHandlers } from '../auth/auth-handlers';
import { AuthService } from '../auth/auth-service';
import type { ScryptCost } from '../auth/pin-hash';
import { defaultBundledCatalogFile } from '../catalog/bundled-catalog';
import { catalogHandlers } from '../catalog/catalog-handlers';
import { CatalogRefresher } from '../catalog/catalog-refresher';
import { CatalogService } from '../catalog/catalog-service';
import { publicConfig } from '../config/config-entries';
import { configHandlers } from '../config/config-handlers';
import { ConfigStore } from '../config/config-store';
import { type Database, openDatabase } from '../db/open-database';
import { deviceSettingsFromConfig, isDeviceKey } from '../devices/device-settings';
import { devicesHandlers } from '../devices/devices-handlers';
import { type DossierFeature, startDossierFeature } from '../dossiers/dossier-feature';
import type { ProcedureLookup } from '../dossiers/dossier-procedure';
import { kioskLogFile } from '../logging/log-files';
import { createLogger, type LogSink } from '../logging/logger';
import { logsHandlers } from '../logging/logs-handlers';
import { listRemovableDrives } from '../logging/removable-drives';
import { type FetchFn, systemTimers, type Timers } from '../outbox/center-client';
import { outboxHandlers } from '../outbox/outbox-handlers';
import { type OutboxService, startOutboxService } from '../outbox/outbox-service';
import { ratingHandlers } from '../ratings/rating-service';
import { createDispatcher, type Dispatch } from '../rpc/dispatcher';
import { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { Session } from '../rpc/session';
import { createScanService } from '../scan/scan-service';
import type { Clock } from '../system/clock';
import { ensureKioskId } from '../system/install-identity';
import { systemHandlers } from '../system/system-handlers';
import { ScanMonitor } from '../technician/scan-monitor';
import { technicianHandlers } from '../technician/technician-handlers';
import { ticketHandlers } from '../tickets/ticket-handlers';
import { TicketService } from '../tickets/ticket-service';

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
}

export interface Kiosk {
  readonly db: Database;
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
  /** A new screen connection; each has its own role and correlation id. */
  newSession(): Session;
  close(): Promise<void>;
}

/**
 * Builds the whole electron-free core from its dependencies. Every shell (Electron, web, CLI)
 * calls this and then only moves messages in and out.
 */
export function createKiosk(deps: KioskDeps): Kiosk {
  const log = createLogger(deps.logSink, 'core');
  const now = () => deps.clock.now();
  const db = openDatabase(join(deps.dataDir, 'kiosk.db'));
  const config = new ConfigStore(db, now);
  const kioskId = ensureKioskId(db, now());
  const bus = new EventBus();
  const auth = new AuthService({ db, clock: now, log: log.child('auth'), ...(deps.pinCost ? { cost: deps.pinCost } : {}) });
  const httpFetch: FetchFn = deps.fetch ?? ((input, init) => fetch(input, init));
  // Screens apply the public settings at once (idle time, center name) without a restart.
  config.onChangeBatch((keys) => bus.emit('config.onChanged', { keys: [...keys], public: publicConfig(config) }));
  const configPoll = deps.configPollMs === 0 ? null : setInterval(() => config.refreshFromDisk(), deps.configPollMs ?? 2000);
  configPoll?.unref();
  const startedAt = now().toISOString();
  const sessions = new Set<Session>();
  const catalog = new CatalogService({
    db,
    log: log.child('catalog'),
    now,
    bundledCatalogFile: deps.bundledCatalogFile ?? defaultBundledCatalogFile(),
  });
  const catalogRefresher = new CatalogRefresher({
    catalog,
    log: log.child('catalog'),
    kioskId,
    settings: () => ({
      fetch: httpFetch,
      serverUrl: config.get('server.url'),
      token: config.get('server.token'),
      intervalMs: config.get('catalog.refreshMinutes') * 60_000,
    }),
  });
  // The CLI runs one command and exits: it updates the catalog only when asked to.
  if (deps.shell !== 'cli') catalogRefresher.start();

  const info = (): SystemInfo => ({
    appVersion: deps.appVersion,
    shell: deps.shell,
    kioskId,
    centerName: config.get('center.name'),
    defaultLanguage: config.get('ui.defaultLanguage'),
    idleTimeoutS: config.get('ui.idleTimeoutS'),
    orientation: config.get('ui.orientation'),
    dataDir: deps.dataDir,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    startedAt,
  });

  const scanMonitor = new ScanMonitor({ bus, now, ...(deps.devices ? { devices: deps.devices } : {}) });
  const scans = createScanService({ bus, log: log.child('scan'), now, ...(deps.devices ? { devices: deps.devices } : {}) });
  // Device settings apply live: a technician's change reopens only the devices it concerns.
  const configure = deps.devices?.configure?.bind(deps.devices);
  configure?.(deviceSettingsFromConfig(config.all()));
  const stopDeviceConfig = configure
    ? config.onChange((key, values) => {
        if (isDeviceKey(key)) configure(deviceSettingsFromConfig(values));
      })
    : () => undefined;

  const outbox = startOutboxService({
    db,
    config,
    kioskId,
    fetch: httpFetch,
    clock: deps.clock,
    timers: deps.timers ?? systemTimers,
    random: deps.random ?? Math.random,
    log: log.child('outbox'),
    background: deps.backgroundSync ?? true,
    ...(deps.connectivityIntervalMs ? { connectivityIntervalMs: deps.connectivityIntervalMs } : {}),
  });

  const timers = deps.timers ?? systemTimers;
  const dossiers = startDossierFeature({
    db,
    config,
    bus,
    outbox,
    clock: deps.clock,
    timers,
    fetch: httpFetch,
    log: log.child('dossiers'),
    kioskId,
    procedures: deps.procedures ?? ((code) => catalog.findProcedure(code)),
    devices: deps.devices ?? null,
    background: deps.backgroundSync ?? true,
  });

  const tickets = new TicketService({ db, clock: now, config, bus, log: log.child('tickets'), kioskId, devices: deps.devices });

  const handlers: Handlers = {
    ...systemHandlers(info, now),
    ...devicesHandlers(deps.devices, { now, centerName: () => config.get('center.name'), kioskId }),
    ...scans.handlers,
    ...catalogHandlers(catalog, catalogRefresher),
    ...dossiers.handlers,
    ...outboxHandlers(outbox, deps.clock),
    ...authHandlers(auth),
    ...configHandlers({ store: config, kioskId, fetch: httpFetch, log: log.child('config'), appVersion: deps.appVersion, clock: now }),
    ...logsHandlers({
      logFile: deps.logFile ?? kioskLogFile(deps.dataDir),
      kioskId,
      clock: now,
      exportTargets: deps.exportTargets ?? (() => listRemovableDrives()),
      log: log.child('logs'),
    }),
    ...ticketHandlers(tickets),
    ...ratingHandlers(db, now, log.child('ratings')),
    ...technicianHandlers(scanMonitor),
  };

  const dispatch = createDispatcher(handlers, log.child('rpc'));

  return {
    db,
    config,
    auth,
    bus,
    dispatch,
    kioskId,
    catalog,
    catalogRefresher,
    outbox,
    dossiers,
    tickets,
    newSession() {
      const session = new Session();
      sessions.add(session);
      return session;
    },
    async close() {
      scans.dispose();
      scanMonitor.close();
      stopDeviceConfig();
      catalogRefresher.stop();
      if (configPoll) clearInterval(configPoll);
      sessions.clear();
      dossiers.close();
      await outbox.close();
      tickets.close();
      db.close();
    },
  };
}
