import { join } from 'node:path';
import type { Shell, SystemInfo } from '../../api/channels/system';
import type { Devices } from '../../hardware/devices';
import { ConfigStore } from '../config/config-store';
import { type Database, openDatabase } from '../db/open-database';
import { deviceSettingsFromConfig, isDeviceKey } from '../devices/device-settings';
import { devicesHandlers } from '../devices/devices-handlers';
import { createLogger, type LogSink } from '../logging/logger';
import { createDispatcher, type Dispatch } from '../rpc/dispatcher';
import { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { Session } from '../rpc/session';
import { createScanService } from '../scan/scan-service';
import type { Clock } from '../system/clock';
import { ensureKioskId } from '../system/install-identity';
import { systemHandlers } from '../system/system-handlers';

export interface KioskDeps {
  readonly dataDir: string;
  readonly shell: Shell;
  readonly appVersion: string;
  readonly clock: Clock;
  readonly logSink: LogSink;
  /** The kiosk's devices (a DeviceManager from src-main/hardware); absent in shells without any. */
  readonly devices?: Devices;
}

export interface Kiosk {
  readonly db: Database;
  readonly config: ConfigStore;
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

  const scans = createScanService({ bus, log: log.child('scan'), now, ...(deps.devices ? { devices: deps.devices } : {}) });
  // Device settings apply live: a technician's change reopens only the devices it concerns.
  const configure = deps.devices?.configure?.bind(deps.devices);
  configure?.(deviceSettingsFromConfig(config.all()));
  const stopDeviceConfig = configure
    ? config.onChange((key, values) => {
        if (isDeviceKey(key)) configure(deviceSettingsFromConfig(values));
      })
    : () => undefined;

  const handlers: Handlers = {
    ...systemHandlers(info, now),
    ...devicesHandlers(deps.devices, { now, centerName: () => config.get('center.name'), kioskId }),
    ...scans.handlers,
  };

  const dispatch = createDispatcher(handlers, log.child('rpc'));

  return {
    db,
    config,
    bus,
    dispatch,
    kioskId,
    newSession() {
      const session = new Session();
      sessions.add(session);
      return session;
    },
    async close() {
      scans.dispose();
      stopDeviceConfig();
      sessions.clear();
      db.close();
    },
  };
}
