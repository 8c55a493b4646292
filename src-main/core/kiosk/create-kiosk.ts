import { join } from 'node:path';
import type { ExportTarget } from '../../api/channels/logs';
import type { Shell, SystemInfo } from '../../api/channels/system';
import { authHandlers } from '../auth/auth-handlers';
import { AuthService } from '../auth/auth-service';
import type { ScryptCost } from '../auth/pin-hash';
import { publicConfig } from '../config/config-entries';
import { configHandlers } from '../config/config-handlers';
import { ConfigStore } from '../config/config-store';
import { type Database, openDatabase } from '../db/open-database';
import { kioskLogFile } from '../logging/log-files';
import { createLogger, type LogSink } from '../logging/logger';
import { logsHandlers } from '../logging/logs-handlers';
import { listRemovableDrives } from '../logging/removable-drives';
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
  /** PIN hashing cost; tests lower it, production keeps the default. */
  readonly pinCost?: ScryptCost;
  /** HTTP for the center server; tests pass one bound to their reference server. */
  readonly fetch?: typeof fetch;
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
  const httpFetch = deps.fetch ?? globalThis.fetch;
  // Screens apply the public settings at once (idle time, center name) without a restart.
  config.onChangeBatch((keys) => bus.emit('config.onChanged', { keys: [...keys], public: publicConfig(config) }));
  const configPoll = deps.configPollMs === 0 ? null : setInterval(() => config.refreshFromDisk(), deps.configPollMs ?? 2000);
  configPoll?.unref();
  const startedAt = now().toISOString();
  const sessions = new Set<Session>();

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
    ...authHandlers(auth),
    ...configHandlers({ store: config, kioskId, fetch: httpFetch, log: log.child('config') }),
    ...logsHandlers({
      logFile: deps.logFile ?? kioskLogFile(deps.dataDir),
      kioskId,
      clock: now,
      exportTargets: deps.exportTargets ?? (() => listRemovableDrives()),
      log: log.child('logs'),
    }),
  };

  const dispatch = createDispatcher(handlers, log.child('rpc'));

  return {
    db,
    config,
    auth,
    bus,
    dispatch,
    kioskId,
    newSession() {
      const session = new Session();
      sessions.add(session);
      return session;
    },
    async close() {
      if (configPoll) clearInterval(configPoll);
      sessions.clear();
      db.close();
    },
  };
}
