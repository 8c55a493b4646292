import { Backoff } from '../../api/backoff';
import type { Clock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import { Mutex } from '../../api/mutex';
import { DeviceError } from '../device-error';
import type { DeviceHealth } from '../device-health';
import type { DeviceLog } from '../device-log';
import { HealthTracker } from '../health-tracker';
import type { EscPosPrinter } from './escpos-printer';
import type { PrintDocument } from './print-document';

export interface PrinterServiceOptions {
  readonly log: DeviceLog;
  readonly clock: Clock;
  /** How often a ready printer is asked how it is (paper, cover). */
  readonly pollMs?: number;
  /** Status reads while the printer is away back off by this policy (the project's one helper). */
  readonly backoff?: Backoff;
}

/** The printer's state after a job failed with this device error code. */
export function healthAfter(code: string): DeviceHealth['state'] {
  if (code === 'no-paper') return 'no-paper';
  if (code === 'io') return 'error';
  if (code === 'not-configured') return 'not-configured';
  return 'offline';
}

/**
 * Owns one printer: reports its health (read on a timer, with backoff while it is away, and after
 * every job) and sends one job at a time. It keeps no jobs: the kiosk's one durable print queue
 * (`core/printing`) decides what to send and when to try again. `send` hands a job to the printer
 * once: the driver reads the printer's status just before the first byte (the one readiness
 * check), calls `onHandOff`, writes, and asks for a status answer after.
 */
export class PrinterService {
  readonly health: HealthTracker;
  private readonly backoff: Backoff;
  private readonly line = new Mutex();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly printer: EscPosPrinter,
    private readonly options: PrinterServiceOptions,
  ) {
    this.health = new HealthTracker('printer', options.clock, 'offline', 'starting');
    this.backoff = options.backoff ?? new Backoff({ baseMs: 250, capMs: 2000, jitter: 'none' });
  }

  start(): void {
    this.schedule(0);
  }

  /** Sends one job now; rejects with a `DeviceError` whose code says why. */
  send(doc: PrintDocument, onHandOff?: () => void): Promise<void> {
    return this.line.run(async () => {
      if (this.closed) throw new DeviceError('offline', 'printer is closed');
      try {
        await this.printer.print(doc, onHandOff);
      } catch (err) {
        const code = err instanceof DeviceError ? err.code : 'io';
        this.health.set(healthAfter(code), errorMessage(err));
        this.schedule(this.backoff.next());
        throw err instanceof DeviceError ? err : new DeviceError('io', errorMessage(err));
      }
      this.backoff.reset();
      this.health.set('ready');
      this.options.log.info('print job printed', { title: doc.title });
    });
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), ms);
    this.timer.unref();
  }

  /** Reads the printer's status between jobs and comes back later. */
  private async check(): Promise<void> {
    this.timer = null;
    await this.line.run(async () => {
      if (this.closed) return;
      let reading: { state: DeviceHealth['state']; reason?: string };
      try {
        reading = await this.printer.read();
      } catch (err) {
        reading = { state: 'error', reason: errorMessage(err) };
      }
      if (this.closed) return;
      this.health.set(reading.state, reading.reason);
      if (reading.state !== 'offline') this.backoff.reset();
    });
    const state = this.health.get().state;
    if (!this.timer) this.schedule(state === 'offline' ? this.backoff.next() : (this.options.pollMs ?? 2000));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.line.run(async () => undefined);
    await this.printer.close();
  }
}
