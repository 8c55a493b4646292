import type { DeviceHealth } from '../../../src-main/api/channels/devices';
import { ConfigStore } from '../../../src-main/core/config/config-store';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { EventBus } from '../../../src-main/core/rpc/event-bus';
import type { Clock } from '../../../src-main/core/system/clock';
import { TicketService } from '../../../src-main/core/tickets/ticket-service';
import { DeviceError } from '../../../src-main/hardware/device-error';
import type { Devices, PrintDocument, PrintOutcome, RawScan } from '../../../src-main/hardware/devices';

/** Monday 23 November 2026, 09:00 in Hà Nội (UTC+7): the center is open. */
export const MONDAY_9AM = '2026-11-23T02:00:00.000Z';

export interface TicketRig {
  readonly db: Database;
  readonly tickets: TicketService;
  readonly bus: EventBus;
  readonly config: ConfigStore;
  readonly logs: ReturnType<typeof memorySink>;
  close(): void;
}

/** A TicketService on a real SQLite file, as createKiosk builds it, with the given clock and printer. */
export function ticketRig(file: string, clock: Clock, devices?: Devices, options: Readonly<{ printAnswerMs?: number }> = {}): TicketRig {
  const db = openDatabase(file);
  const now = () => clock.now();
  const logs = memorySink(1000);
  const bus = new EventBus();
  const config = new ConfigStore(db, now);
  const tickets = new TicketService({
    db,
    clock: now,
    config,
    bus,
    log: createLogger(logs, 'tickets'),
    kioskId: 'KTEST000001',
    devices,
    ...options,
  });
  return {
    db,
    tickets,
    bus,
    config,
    logs,
    close() {
      tickets.close();
      db.close();
    },
  };
}

/** `sent-unconfirmed`: the job went out (hand-off) but the printer never confirmed it. */
type Behaviour = 'print' | 'no-paper-queue' | 'offline-throw' | 'hang' | 'sent-unconfirmed';

/**
 * A printer as the Devices interface shows it, switched between behaviours by the test: prints,
 * keeps a job queued when the paper runs out during it, refuses offline, or never answers. Its
 * health is `ready` until the test reports otherwise.
 */
export function fakeDevices(initial: Behaviour = 'print') {
  let behaviour: Behaviour = initial;
  let printerState: DeviceHealth['state'] = 'ready';
  let n = 0;
  const printed: PrintDocument[] = [];
  const healthListeners = new Set<(h: DeviceHealth) => void>();
  const hanging: Array<(o: PrintOutcome) => void> = [];
  const devices: Devices = {
    async print(doc, hooks) {
      n += 1;
      const jobId = `job-${n}`;
      switch (behaviour) {
        case 'sent-unconfirmed':
          hooks?.onHandOff?.();
          printed.push(doc);
          return { jobId, state: 'failed', reason: 'offline' };
        case 'print':
          printed.push(doc);
          return { jobId, state: 'printed' };
        case 'no-paper-queue':
          return { jobId, state: 'queued', reason: 'no-paper' };
        case 'offline-throw':
          throw new DeviceError('offline', 'printer does not answer');
        case 'hang':
          return new Promise<PrintOutcome>((resolve) => hanging.push(resolve));
      }
    },
    health: () => [{ kind: 'printer', state: printerState, since: new Date().toISOString() }],
    onHealth(listener) {
      healthListeners.add(listener);
      return () => healthListeners.delete(listener);
    },
    onScan: (_l: (s: RawScan) => void) => () => undefined,
    onIdCard: () => () => undefined,
    close: async () => undefined,
  };
  return {
    devices,
    printed,
    set(b: Behaviour) {
      behaviour = b;
    },
    /** The printer's health changes and says so, as the DeviceManager does. */
    report(state: DeviceHealth['state']) {
      printerState = state;
      for (const l of healthListeners) l({ kind: 'printer', state, since: new Date().toISOString() });
    },
    /** Lets every hanging print finish as printed. */
    finishHanging() {
      for (const resolve of hanging.splice(0)) resolve({ jobId: 'late', state: 'printed' });
    },
    get listeners() {
      return healthListeners.size;
    },
  };
}

/** The plain text of a print document, line by line, as a person would read the paper. */
export function paperText(doc: PrintDocument): string[] {
  return doc.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : l.kind === 'qr' ? [`[QR ${l.data}]`] : []));
}
