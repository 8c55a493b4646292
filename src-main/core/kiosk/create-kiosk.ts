import { join } from 'node:path';
import type { Shell, SystemInfo } from '../../api/channels/system';
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
import { ticketHandlers } from '../tickets/ticket-handlers';
import { TicketService } from '../tickets/ticket-service';

export interface KioskDeps {
  readonly dataDir: string;
  readonly shell: Shell;
  readonly appVersion: string;
  readonly clock: Clock;
  readonly logSink: LogSink;
}

export interface Kiosk {
  readonly db: Database;
  readonly config: ConfigStore;
  readonly bus: EventBus;
  readonly dispatch: Dispatch;
  readonly kioskId: string;
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

  const tickets = new TicketService({ db, clock: now, config, bus, log: log.child('tickets'), kioskId });

  const handlers: Handlers = {
    ...systemHandlers(info, now),
    ...ticketHandlers(tickets),
  };

  const dispatch = createDispatcher(handlers, log.child('rpc'));

  return {
    db,
    config,
    bus,
    dispatch,
    kioskId,
    tickets,
    newSession() {
      const session = new Session();
      sessions.add(session);
      return session;
    },
    async close() {
      sessions.clear();
      tickets.close();
      db.close();
    },
  };
}
