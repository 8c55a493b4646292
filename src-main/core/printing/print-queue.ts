import { randomUUID } from 'node:crypto';
import { Backoff, type BackoffPolicy } from '../../api/backoff';
import type { Clock } from '../../api/center-clock';
import type { PrintOutcome } from '../../api/channels/devices';
import type { PrintJobChange, PrintJobOwner, PrintJobReason } from '../../api/channels/printing';
import { errorMessage } from '../../api/error-message';
import { Mutex } from '../../api/mutex';
import { DeviceError } from '../../hardware/device-error';
import type { Devices, PrintDocument } from '../../hardware/devices';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { Timers } from '../outbox/center-client';
import { PrintJobStore } from './print-job-store';

/** How long a job may wait for the printer before it is not worth printing (the citizen has gone). */
export const MAX_JOB_AGE_MS = 15 * 60_000;
/** A job left `printing` longer than this belongs to a process that stopped (a job takes seconds). */
export const INTERRUPTED_AFTER_MS = 2 * 60_000;
/** The wait between tries while the printer is away; a `ready` report from the printer ends it at once. */
export const PRINT_RETRY: BackoffPolicy = { baseMs: 1000, capMs: 30_000, jitter: 'none' };

export interface PrintQueueDeps {
  readonly db: Database;
  readonly devices: Devices | undefined;
  readonly clock: Clock;
  readonly log: Logger;
  readonly timers: Timers;
  readonly retry?: BackoffPolicy;
  readonly maxJobAgeMs?: number;
}

/** Why a device refused a job, in the printer's terms. */
export function reasonOf(err: unknown): PrintJobReason {
  switch (err instanceof DeviceError ? err.code : undefined) {
    case 'no-paper':
      return 'no-paper';
    case 'offline':
    case 'disconnected':
    case 'timeout':
      return 'offline';
    case 'not-configured':
      return 'not-configured';
    default:
      return 'error';
  }
}

/**
 * The kiosk's one print queue: tickets, receipts and test pages wait in the `print_jobs` table
 * (so a restart keeps them), print in order, and report every change of state (`onJob`). One
 * retry policy: a job the printer refused before its first byte (no paper, offline) stays queued
 * and is tried again with backoff, at once when the printer reports ready; one that waited more
 * than `maxJobAgeMs` fails. A job is handed to the printer at most once: `sent` is recorded
 * before its first byte, and a sent job that was not confirmed (a dropped link, a crash) ends
 * `failed` and is never sent again by the queue; only a person asks for it again.
 */
export class PrintQueue {
  readonly store: PrintJobStore;
  private readonly listeners = new Set<(job: PrintJobChange) => void>();
  private readonly draining = new Mutex();
  private readonly backoff: Backoff;
  private readonly stopHealth: () => void;
  private timer: unknown = null;
  private closed = false;

  constructor(private readonly deps: PrintQueueDeps) {
    this.store = new PrintJobStore(deps.db);
    this.backoff = new Backoff(deps.retry ?? PRINT_RETRY);
    this.stopHealth =
      deps.devices?.onHealth((h) => {
        if (h.kind !== 'printer' || h.state !== 'ready' || this.closed) return;
        this.backoff.reset();
        this.store.makeAllDue();
        this.kick();
      }) ?? (() => undefined);
  }

  /** Settles what a stopped process left and prints what waits. */
  start(): void {
    this.kick();
  }

  onJob(listener: (job: PrintJobChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Queues a document; it prints when its turn comes and the printer takes it. */
  submit(doc: PrintDocument, owner: PrintJobOwner, ref: string | null = null): string {
    if (this.closed) throw new DeviceError('offline', 'the print queue is closed');
    const id = randomUUID();
    this.store.insert({ id, owner, ref, doc, reason: this.store.head()?.reason ?? null, at: this.iso() });
    this.deps.log.info('print job queued', { jobId: id, title: doc.title });
    this.announce(id);
    // A process without a printer (the CLI's core) ends its own job at once and leaves the
    // table's other jobs to the process that has one.
    if (this.deps.devices) this.kick();
    else this.end(id, 'failed', 'not-configured');
    return id;
  }

  /**
   * Queues a document and waits up to `waitMs` for its first answer: printed, failed, or kept
   * (queued with the printer's reason). A later answer still reaches `onJob` listeners.
   */
  async print(doc: PrintDocument, owner: PrintJobOwner, ref: string | null, waitMs: number): Promise<PrintOutcome> {
    let stop: () => void = () => undefined;
    let id: string | null = null;
    const answered = new Promise<PrintJobChange>((resolve) => {
      const off = this.onJob((job) => {
        if (id === null || job.id !== id) return;
        if (job.state === 'printed' || job.state === 'failed' || (job.state === 'queued' && job.reason !== null)) resolve(job);
      });
      stop = () => {
        off();
      };
    });
    id = this.submit(doc, owner, ref);
    let timer: unknown = null;
    const waited = new Promise<null>((resolve) => {
      timer = this.deps.timers.setTimeout(() => resolve(null), waitMs);
    });
    const seen = this.store.get(id);
    const early =
      seen && (seen.state === 'printed' || seen.state === 'failed' || (seen.state === 'queued' && seen.reason !== null)) ? seen : null;
    const job = early ?? (await Promise.race([answered, waited])) ?? this.store.get(id);
    stop();
    this.deps.timers.clearTimeout(timer);
    if (!job || job.state === 'printing' || job.state === 'queued') return { jobId: id, state: 'queued', reason: job?.reason ?? 'offline' };
    return job.reason ? { jobId: id, state: job.state, reason: job.reason } : { jobId: id, state: job.state };
  }

  /**
   * Ends an owner's jobs still waiting (a ticket reprinted meanwhile: one slip, not two). A job of
   * that owner being tried at this moment is not touched here: if the printer refuses it before its
   * first byte, the queue sees the later job (`store.replaced`) and ends it instead of trying again.
   */
  withdraw(owner: PrintJobOwner, ref: string): void {
    for (const job of this.store.queuedFor(owner, ref)) {
      this.store.end(job.id, 'failed', job.reason, this.iso());
      this.announce(job.id);
    }
  }

  /** Jobs waiting or printing, and those that ended in the last 12 hours, newest first. */
  recent(): PrintJobChange[] {
    return this.store
      .recent(new Date(this.deps.clock.now().getTime() - 12 * 3_600_000).toISOString())
      .map(({ doc: _d, nextAttemptAt: _n, ...job }) => job);
  }

  kick(): void {
    if (this.closed) return;
    this.draining
      .run(() => this.drain())
      .catch((err: unknown) => {
        this.deps.log.error('print queue failed', { error: errorMessage(err) });
        this.schedule(this.backoff.next());
      });
  }

  private async drain(): Promise<void> {
    if (!this.deps.devices) return;
    this.settleInterrupted();
    this.store.forgetEnded(new Date(this.deps.clock.now().getTime() - 7 * 86_400_000).toISOString());
    for (;;) {
      if (this.closed) return;
      const job = this.store.head();
      if (!job) return;
      const nowMs = this.deps.clock.now().getTime();
      if (job.nextAttemptAt > nowMs) {
        this.schedule(job.nextAttemptAt - nowMs);
        return;
      }
      if (Date.parse(job.createdAt) < nowMs - (this.deps.maxJobAgeMs ?? MAX_JOB_AGE_MS)) {
        this.deps.log.warn('print job dropped: waited too long for the printer', { jobId: job.id, title: job.title });
        this.end(job.id, 'failed', job.reason ?? 'offline');
        continue;
      }
      if (!this.deps.devices || !job.doc) {
        this.end(job.id, 'failed', 'error');
        continue;
      }
      if (!this.store.claim(job.id, this.iso())) continue;
      this.announce(job.id);
      let sent = false;
      try {
        await this.deps.devices.print(job.doc, () => {
          sent = true;
          this.store.markSent(job.id, this.iso());
          this.announce(job.id);
        });
      } catch (err) {
        // Closed meanwhile (the kiosk stopping): what the job became is settled at the next start.
        if (!this.deps.db.open) return;
        const reason = reasonOf(err);
        if (sent) {
          this.deps.log.warn('print job sent but not confirmed: not sent again', { jobId: job.id, reason });
          this.end(job.id, 'failed', reason);
        } else if (reason === 'not-configured') {
          this.end(job.id, 'failed', reason);
          continue;
        } else if (this.store.replaced(job.id)) {
          // A reprint came while this copy was being tried: the reprint's job prints, not both.
          this.end(job.id, 'failed', reason);
          continue;
        } else {
          const delay = this.backoff.next();
          this.store.requeue(job.id, reason, nowMs + delay, this.iso());
          this.deps.log.warn('print job kept for later', { jobId: job.id, reason, error: errorMessage(err), retryInMs: delay });
          this.announce(job.id);
          for (const behind of this.store.noteWaiting(reason, this.iso())) this.announce(behind);
          this.schedule(delay);
          return;
        }
        this.schedule(this.backoff.next());
        return;
      }
      if (!this.deps.db.open) return;
      this.backoff.reset();
      this.end(job.id, 'printed', null);
    }
  }

  /** A job a stopped process left `printing`: sent ones may have printed (failed, never resent); the others wait again. */
  private settleInterrupted(): void {
    const before = new Date(this.deps.clock.now().getTime() - INTERRUPTED_AFTER_MS).toISOString();
    // A job printing in another process (or cut off less than the limit ago) is looked at again later.
    if (this.store.printingSince(before) > 0) this.schedule(INTERRUPTED_AFTER_MS);
    for (const job of this.store.interrupted(before)) {
      if (job.sent) {
        this.deps.log.warn('print job interrupted after it was sent: not sent again', { jobId: job.id, title: job.title });
        this.end(job.id, 'failed', job.reason ?? 'error');
      } else if (this.store.replaced(job.id)) {
        this.end(job.id, 'failed', job.reason ?? 'offline');
      } else {
        this.store.requeue(job.id, job.reason ?? 'offline', 0, this.iso());
        this.announce(job.id);
      }
    }
  }

  private end(id: string, state: 'printed' | 'failed', reason: PrintJobReason | null): void {
    this.store.end(id, state, reason, this.iso());
    this.deps.log.info('print job ended', { jobId: id, state, reason });
    this.announce(id);
  }

  private announce(id: string): void {
    const stored = this.store.get(id);
    if (!stored) return;
    const { doc: _doc, nextAttemptAt: _next, ...job } = stored;
    for (const l of this.listeners) {
      try {
        l(job);
      } catch (err) {
        this.deps.log.error('print job listener failed', { error: errorMessage(err) });
      }
    }
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      this.kick();
    }, ms);
  }

  private iso(): string {
    return this.deps.clock.now().toISOString();
  }

  /**
   * Stops trying; jobs still queued stay in the table and print after the next start. A job being
   * sent now is not waited for: its answer is still recorded while the database is open.
   */
  close(): void {
    this.closed = true;
    this.stopHealth();
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
  }
}
