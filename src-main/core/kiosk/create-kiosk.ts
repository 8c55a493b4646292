import { join } from 'node:path';
import type { Shell, SystemInfo } from '../../api/channels/system';
import { defaultBundledCatalogFile } from '../catalog/bundled-catalog';
import { catalogHandlers } from '../catalog/catalog-handlers';
import { CatalogRefresher } from '../catalog/catalog-refresher';
import { CatalogService } from '../catalog/catalog-service';
import { ConfigStore } from '../config/config-store';
import { type Database, openDatabase } from '../db/open-database';
import { createLogger, type LogSink } from '../logging/logger';
import { createDispatcher, type Dispatch } from '../rpc/dispatcher';
import { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { Session } from '../rpc/session';
import type { Clock } from '../system/clock';
import { ensureKioskId } from '../system/install-identity';
import { systemHandlers } from '../system/system-handlers';

export interface KioskDeps {
  readonly dataDir: string;
  readonly shell: Shell;
  readonly appVersion: string;
  readonly clock: Clock;
  readonly logSink: LogSink;
  /** HTTP to the center server; tests pass one bound to a local server. Default: global fetch. */
  readonly fetch?: typeof fetch;
  /** The catalog shipped with the app; default `assets/catalog/catalog.json`. */
  readonly bundledCatalogFile?: string;
}

export interface Kiosk {
  readonly db: Database;
  readonly config: ConfigStore;
  readonly bus: EventBus;
  readonly dispatch: Dispatch;
  readonly kioskId: string;
  /** The procedure catalog: other features look procedures up here (`catalog.procedure(code)`). */
  readonly catalog: CatalogService;
  readonly catalogRefresher: CatalogRefresher;
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
  const startedAt = now().toISOString();
  const sessions = new Set<Session>();
  const catalog = new CatalogService({
    db,
    log: log.child('catalog'),
    now,
    bundledCatalogFile: deps.bundledCatalogFile ?? defaultBundledCatalogFile(),
  });
  const httpFetch = deps.fetch ?? globalThis.fetch;
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
    dataDir: deps.dataDir,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    startedAt,
  });

  const handlers: Handlers = {
    ...systemHandlers(info, now),
    ...catalogHandlers(catalog, catalogRefresher),
  };

  const dispatch = createDispatcher(handlers, log.child('rpc'));

  return {
    db,
    config,
    bus,
    dispatch,
    kioskId,
    catalog,
    catalogRefresher,
    newSession() {
      const session = new Session();
      sessions.add(session);
      return session;
    },
    async close() {
      catalogRefresher.stop();
      sessions.clear();
      db.close();
    },
  };
}
