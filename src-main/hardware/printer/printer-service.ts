import { randomUUID } from 'node:crypto';
import { Backoff } from '../../api/backoff';
import { errorMessage } from '../../api/error-message';
import { DeviceError } from '../device-error';
import type { DeviceHealth } from '../device-health';
import type { DeviceLog } from '../device-log';
import type { PrintOutcome } from '../devices';
import { HealthTracker } from '../health-tracker';
import type { EscPosPrinter } from './escpos-printer';
import type { PrintDocument } from './print-document';

export interface PrinterServiceOptions {
  readonly log: DeviceLog;
  readonly now: () => Date;
  /** How often a ready printer is asked how it is (paper, cover). */
  readonly pollMs?: number;
  /** How long `print` waits for a job before answering `queued`. */
  readonly waitMs?: number;
  /** Jobs older than this are dropped rather than printed for a citizen long gone. */
  readonly maxJobAgeMs?: number;
  readonly maxJobs?: number;
  readonly backoff?: Backoff;
}

interface Job {
  readonly id: string;
  readonly doc: PrintDocument;
  readonly queuedAt: number;
  readonly done: Array<(printed: boolean) => void>;
}

/**
 * Owns one printer: keeps print jobs in order, prints them when the printer is ready, and keeps
 * them through paper-out and unplugging until it returns (the job is sent again from its start).
 * Health is read on a timer and after every failure, with backoff while the printer is away.
 */
export class PrinterService {
  readonly health: HealthTracker;
  private readonly queue: Job[] = [];
  private readonly backoff: Backoff;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private closed = false;

  constructor(
    private readonly printer: EscPosPrinter,
    private readonly options: PrinterServiceOptions,
  ) {
    this.health = new HealthTracker('printer', options.now, 'offline', 'starting');
    this.backoff = options.backoff ?? new Backoff({ baseMs: 250, capMs: 2000, jitter: 'none' });
  }

  start(): void {
    this.schedule(0);
  }

  get pending(): number {
    return this.queue.length;
  }

  async print(doc: PrintDocument): Promise<PrintOutcome> {
    if (this.closed) throw new DeviceError('offline', 'printer is closed');
    if (this.queue.length >= (this.options.maxJobs ?? 50)) throw new DeviceError('io', 'print queue is full');
    const job: Job = { id: randomUUID(), doc, queuedAt: this.options.now().getTime(), done: [] };
    const printed = new Promise<boolean>((resolve) => job.done.push(resolve));
    this.queue.push(job);
    this.options.log.info('print job queued', { jobId: job.id, title: doc.title, pending: this.queue.length });
    if (this.health.get().state !== 'ready' && this.queue.length > 0 && this.busy === false) this.schedule(0);
    else void this.drain();
    const waited = await Promise.race([printed, sleep(this.options.waitMs ?? 20_000).then(() => false)]);
    if (waited) return { jobId: job.id, state: 'printed' };
    const h = this.health.get();
    return { jobId: job.id, state: 'queued', reason: h.state === 'ready' ? 'offline' : h.state };
  }

  /** Prints queued jobs in order while the printer takes them; stops at the first failure. */
  private async drain(): Promise<void> {
    if (this.busy || this.closed) return;
    this.busy = true;
    try {
      this.dropStale();
      while (this.queue.length && !this.closed) {
        const job = this.queue[0] as Job;
        try {
          await this.printer.print(job.doc);
        } catch (err) {
          const code = err instanceof DeviceError ? err.code : 'io';
          this.health.set(code === 'no-paper' ? 'no-paper' : code === 'io' ? 'error' : 'offline', errorMessage(err));
          this.options.log.warn('print job kept for later', { jobId: job.id, code, pending: this.queue.length });
          this.schedule(this.backoff.next());
          return;
        }
        this.queue.shift();
        this.backoff.reset();
        this.health.set('ready');
        this.options.log.info('print job printed', { jobId: job.id, title: job.doc.title });
        for (const d of job.done) d(true);
      }
    } finally {
      this.busy = false;
    }
  }

  private dropStale(): void {
    const oldest = this.options.now().getTime() - (this.options.maxJobAgeMs ?? 15 * 60_000);
    while (this.queue.length && (this.queue[0] as Job).queuedAt < oldest) {
      const job = this.queue.shift() as Job;
      this.options.log.warn('print job dropped: waited too long for the printer', { jobId: job.id, title: job.doc.title });
      for (const d of job.done) d(false);
    }
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), ms);
    this.timer.unref();
  }

  /** Reads the printer's status; prints what waits when it is ready; comes back later either way. */
  private async check(): Promise<void> {
    this.timer = null;
    if (this.closed || this.busy) {
      this.schedule(this.options.pollMs ?? 2000);
      return;
    }
    let reading: { state: DeviceHealth['state']; reason?: string };
    try {
      reading = await this.printer.read();
    } catch (err) {
      reading = { state: 'error', reason: errorMessage(err) };
    }
    if (this.closed) return;
    this.health.set(reading.state, reading.reason);
    if (reading.state === 'ready') {
      this.backoff.reset();
      if (this.queue.length) await this.drain();
      if (!this.timer) this.schedule(this.options.pollMs ?? 2000);
    } else {
      this.schedule(reading.state === 'offline' ? this.backoff.next() : (this.options.pollMs ?? 2000));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const job of this.queue.splice(0)) for (const d of job.done) d(false);
    await this.printer.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
