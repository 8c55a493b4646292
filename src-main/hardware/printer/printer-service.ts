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

/** How a job ended: confirmed, or handed to the printer without confirmation; null when dropped unsent. */
type JobEnd = { readonly state: 'printed' } | { readonly state: 'failed'; readonly reason: DeviceHealth['state'] } | null;

interface Job {
  readonly id: string;
  readonly doc: PrintDocument;
  readonly queuedAt: number;
  readonly onHandOff: (() => void) | undefined;
  readonly done: Array<(end: JobEnd) => void>;
}

export interface PrintHooks {
  /**
   * Called once, just before the job's first byte goes to the printer. From then on the job is
   * never sent again by this service (at most once per job), so a caller that records the
   * hand-off knows a later failure may still have left paper in the tray.
   */
  readonly onHandOff?: () => void;
}

/**
 * Owns one printer: keeps print jobs in order, prints them when the printer is ready, and keeps
 * them through paper-out and unplugging until it returns. A job is handed to the printer at most
 * once: when it fails after its first byte left (a dropped link, a status answer that came too
 * late), it ends `failed` and is not sent again, since the printer may well have printed it.
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

  async print(doc: PrintDocument, hooks: PrintHooks = {}): Promise<PrintOutcome> {
    if (this.closed) throw new DeviceError('offline', 'printer is closed');
    if (this.queue.length >= (this.options.maxJobs ?? 50)) throw new DeviceError('io', 'print queue is full');
    const job: Job = { id: randomUUID(), doc, queuedAt: this.options.now().getTime(), onHandOff: hooks.onHandOff, done: [] };
    const ended = new Promise<JobEnd>((resolve) => job.done.push(resolve));
    this.queue.push(job);
    this.options.log.info('print job queued', { jobId: job.id, title: doc.title, pending: this.queue.length });
    if (this.health.get().state !== 'ready' && this.queue.length > 0 && this.busy === false) this.schedule(0);
    else void this.drain();
    const end = await Promise.race([ended, sleep(this.options.waitMs ?? 20_000).then(() => null)]);
    if (end) return { jobId: job.id, ...end };
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
        let handedOff = false;
        try {
          await this.printer.print(job.doc, () => {
            handedOff = true;
            job.onHandOff?.();
          });
        } catch (err) {
          const code = err instanceof DeviceError ? err.code : 'io';
          const state = code === 'no-paper' ? 'no-paper' : code === 'io' ? 'error' : 'offline';
          this.health.set(state, errorMessage(err));
          if (handedOff) {
            this.queue.shift();
            this.options.log.warn('print job sent but not confirmed: not sent again', { jobId: job.id, code });
            for (const d of job.done) d({ state: 'failed', reason: state });
          } else {
            this.options.log.warn('print job kept for later', { jobId: job.id, code, pending: this.queue.length });
          }
          this.schedule(this.backoff.next());
          return;
        }
        this.queue.shift();
        this.backoff.reset();
        this.health.set('ready');
        this.options.log.info('print job printed', { jobId: job.id, title: job.doc.title });
        for (const d of job.done) d({ state: 'printed' });
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
      for (const d of job.done) d(null);
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
    for (const job of this.queue.splice(0)) for (const d of job.done) d(null);
    await this.printer.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
