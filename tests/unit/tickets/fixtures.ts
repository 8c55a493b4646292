import type { Clock } from '../../../src-main/api/center-clock';
import type { DeviceHealth } from '../../../src-main/api/channels/devices';
import { ConfigStore } from '../../../src-main/core/config/config-store';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { systemTimers } from '../../../src-main/core/outbox/center-client';
import { PrintQueue } from '../../../src-main/core/printing/print-queue';
import { EventBus } from '../../../src-main/core/rpc/event-bus';
import { TicketService } from '../../../src-main/core/tickets/ticket-service';
import { DeviceError } from '../../../src-main/hardware/device-error';
import type { Devices, PrintDocument, RawScan } from '../../../src-main/hardware/devices';

/** Monday 23 November 2026, 09:00 in Hà Nội (UTC+7): the center is open. */
export const MONDAY_9AM = '2026-11-23T02:00:00.000Z';

export interface TicketRig {
  readonly db: Database;
  readonly tickets: TicketService;
  readonly bus: EventBus;
  readonly config: ConfigStore;
  readonly logs: ReturnType<typeof memorySink>;
  /** The kiosk's print queue on the same file (absent without a printer). */
  readonly printing: PrintQueue | undefined;
  close(): void;
}

/** A TicketService on a real SQLite file, as createKiosk builds it, with the given clock and printer. */
export function ticketRig(file: string, clock: Clock, devices?: Devices, options: Readonly<{ printAnswerMs?: number }> = {}): TicketRig {
  const db = openDatabase(file);
  const logs = memorySink(1000);
  const bus = new EventBus();
  const config = new ConfigStore(db, clock);
  const printing = devices
    ? new PrintQueue({
        db,
        devices,
        clock,
        log: createLogger(logs, 'printing'),
        timers: systemTimers,
        retry: { baseMs: 20, capMs: 100, jitter: 'none' },
      })
    : undefined;
  const tickets = new TicketService({
    db,
    clock,
    config,
    bus,
    log: createLogger(logs, 'tickets'),
    kioskId: 'KTEST000001',
    printing,
    ...options,
  });
  printing?.start();
  return {
    db,
    tickets,
    bus,
    config,
    logs,
    printing,
    close() {
      tickets.close();
      printing?.close();
      db.close();
    },
  };
}

/**
 * `no-paper` / `offline`: the printer refuses the job before its first byte (it is kept and tried
 * again). `sent-unconfirmed`: the job went out (hand-off) but the printer never confirmed it.
 * `hang`: the printer never answers.
 */
type Behaviour = 'print' | 'no-paper' | 'offline' | 'hang' | 'sent-unconfirmed' | 'hold';

/**
 * A printer as the Devices interface shows it: one job at a time, sent once, switched between
 * behaviours by the test. Its health is `ready` until the test reports otherwise.
 */
export function fakeDevices(initial: Behaviour = 'print') {
  let behaviour: Behaviour = initial;
  let printerState: DeviceHealth['state'] = 'ready';
  const printed: PrintDocument[] = [];
  let attempts = 0;
  const healthListeners = new Set<(h: DeviceHealth) => void>();
  const hanging: Array<() => void> = [];
  const held: Array<(b: 'print' | 'no-paper' | 'offline') => void> = [];
  const devices: Devices = {
    async print(doc, onHandOff) {
      attempts += 1;
      switch (behaviour) {
        case 'sent-unconfirmed':
          onHandOff?.();
          printed.push(doc);
          throw new DeviceError('disconnected', 'printer stopped answering during the job');
        case 'print':
          onHandOff?.();
          printed.push(doc);
          return;
        case 'no-paper':
          throw new DeviceError('no-paper', 'paper roll empty');
        case 'offline':
          throw new DeviceError('offline', 'printer does not answer');
        case 'hang':
          onHandOff?.();
          return new Promise<void>((resolve) =>
            hanging.push(() => {
              printed.push(doc);
              resolve();
            }),
          );
        case 'hold':
          // Still checking the printer: nothing sent yet, the answer comes when the test says.
          return new Promise<void>((resolve, reject) =>
            held.push((b) => {
              if (b === 'print') {
                onHandOff?.();
                printed.push(doc);
                resolve();
              } else reject(new DeviceError(b, `printer answered ${b}`));
            }),
          );
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
    get attempts() {
      return attempts;
    },
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
      for (const finish of hanging.splice(0)) finish();
    },
    /** How many tries are held before their first byte. */
    get holding() {
      return held.length;
    },
    /** Answers every held try: printed, or refused before its first byte. */
    release(b: 'print' | 'no-paper' | 'offline') {
      for (const answer of held.splice(0)) answer(b);
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
