import { nextDelay, type RetryPolicy } from '../../api/backoff';
import type { Clock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import { type CenterEndpoint, centerRequest, type FetchFn, type Timers } from './center-client';
import { routeForItems } from './item-routes';
import { OutboxStore } from './outbox-store';
import type { OutboxCounts, OutboxItem } from './outbox-types';
import { onEnqueued } from './outbox-wake';

/** Sync's retry schedule: 1 s doubling to 5 min with equal jitter; Retry-After honoured up to an hour. */
export const DEFAULT_BACKOFF: RetryPolicy = { baseMs: 1000, capMs: 5 * 60_000, maxRetryAfterMs: 60 * 60_000, jitter: 'equal' };

export interface SyncWorkerDeps {
  readonly db: Database;
  readonly fetch: FetchFn;
  readonly clock: Clock;
  readonly timers: Timers;
  /** 0 ≤ x < 1, for jitter; tests pass a constant. */
  readonly random: () => number;
  readonly log: Logger;
  /** Read on every attempt, so a technician's config change applies at once; null = not configured. */
  readonly endpoint: () => CenterEndpoint | null;
  readonly backoff?: RetryPolicy;
  readonly requestTimeoutMs?: number;
  readonly batchSize?: number;
  /** Look at the queue this often even when nothing announced work (another process may write). */
  readonly idlePollMs?: number;
}

export type StepResult =
  | { readonly kind: 'sent'; readonly items: readonly OutboxItem[] }
  | { readonly kind: 'retry'; readonly items: readonly OutboxItem[]; readonly reason: string; readonly pausedUntil: number | null }
  | { readonly kind: 'failed' | 'split'; readonly items: readonly OutboxItem[]; readonly reason: string }
  | { readonly kind: 'idle'; readonly nextAt: number | null }
  | { readonly kind: 'paused'; readonly until: number }
  | { readonly kind: 'unconfigured' };

export type SyncListener = (result: StepResult) => void;

/** After this many transient failures in a row, the queue waits even for 500s (the server is sick). */
const SICK_AFTER = 3;

/**
 * Delivers the outbox to the center server, one request at a time, oldest first.
 *
 * - Order: the oldest due item goes first. When a failure points at the link or the server
 *   (network error, timeout, 408, 429, 502, 503, 504, Retry-After, or several failures in a row),
 *   the whole queue waits out that item's backoff, so nothing overtakes it.
 * - No poison: an item the server refuses (other 4xx) is set aside as `failed` for technicians;
 *   an item that alone gets a 500 backs off by itself while later items go on.
 * - Backoff: exponential with equal jitter and a cap, never shorter than Retry-After.
 */
export class SyncWorker {
  private readonly store: OutboxStore;
  private readonly backoff: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  private readonly idlePollMs: number;
  private readonly listeners = new Set<SyncListener>();
  private pausedUntil = 0;
  private consecutiveTransient = 0;
  private running = false;
  private loopDone: Promise<void> | null = null;
  private wakeTimer: unknown = null;
  private wake: (() => void) | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(private readonly deps: SyncWorkerDeps) {
    this.store = new OutboxStore(deps.db);
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.timeoutMs = deps.requestTimeoutMs ?? 15_000;
    this.batchSize = deps.batchSize ?? 100;
    this.idlePollMs = deps.idlePollMs ?? 30_000;
  }

  private nowMs(): number {
    return this.deps.clock.now().getTime();
  }

  counts(): OutboxCounts {
    return this.store.counts();
  }

  onResult(listener: SyncListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Items a crash left `sending` go back to pending; call once before the first step. */
  recover(): number {
    const n = this.store.recoverInFlight(this.deps.clock.now().toISOString());
    if (n > 0) this.deps.log.info('outbox items interrupted by a restart are pending again', { count: n });
    return n;
  }

  /** One attempt at the oldest due item (or event batch). Tests drive the worker through this. */
  async step(): Promise<StepResult> {
    const result = await this.attempt();
    for (const l of this.listeners) {
      try {
        l(result);
      } catch (err) {
        this.deps.log.warn('sync listener failed', { error: errorMessage(err) });
      }
    }
    return result;
  }

  private async attempt(): Promise<StepResult> {
    const endpoint = this.deps.endpoint();
    if (!endpoint) return { kind: 'unconfigured' };
    const now = this.nowMs();
    if (this.pausedUntil > now) return { kind: 'paused', until: this.pausedUntil };
    const head = this.store.nextDue(now);
    if (!head) return { kind: 'idle', nextAt: this.store.earliestPending() };
    const nowIso = new Date(now).toISOString();
    const items = this.store.claim(head, now, nowIso, this.batchSize);
    if (items.length === 0) return { kind: 'idle', nextAt: this.store.earliestPending() };
    const route = routeForItems(items);
    const ids = items.map((i) => i.id);
    const outcome = await centerRequest(
      { fetch: this.deps.fetch, timers: this.deps.timers, clock: this.deps.clock, backoff: this.backoff },
      endpoint,
      { method: 'POST', path: route.path, body: route.body, idempotencyKey: route.key, timeoutMs: this.timeoutMs },
    );
    const doneIso = this.deps.clock.now().toISOString();
    const problem = outcome.kind === 'ok' ? route.check(outcome.body) : null;
    if (outcome.kind === 'ok' && problem === null) {
      this.store.markSent(ids, outcome.text, outcome.status, doneIso);
      this.consecutiveTransient = 0;
      return { kind: 'sent', items };
    }
    if (outcome.kind === 'reject') {
      const kind = this.store.markFailed(ids, outcome.reason, outcome.status, doneIso);
      this.consecutiveTransient = 0;
      this.deps.log.warn(kind === 'split' ? 'event batch refused: sending its events one by one' : 'outbox item refused by the server', {
        kind: head.kind,
        key: route.key,
        reason: outcome.reason,
      });
      return { kind, items, reason: outcome.reason };
    }
    const reason = outcome.kind === 'ok' ? `HTTP ${outcome.status}: ${problem}` : outcome.reason;
    const status = outcome.status;
    const retryAfterMs = outcome.kind === 'retry' ? outcome.retryAfterMs : null;
    const link = outcome.kind === 'retry' && outcome.link;
    this.consecutiveTransient += 1;
    const attempts = Math.max(...items.map((i) => i.attempts)) + 1;
    const dueAt = this.nowMs() + nextDelay(attempts, retryAfterMs, this.backoff, this.deps.random);
    this.store.markRetry(ids, reason, status, dueAt, doneIso);
    const pause = link || this.consecutiveTransient >= SICK_AFTER;
    if (pause) this.pausedUntil = dueAt;
    this.deps.log.info('outbox delivery will be retried', { kind: head.kind, key: route.key, reason, inMs: dueAt - this.nowMs() });
    return { kind: 'retry', items, reason, pausedUntil: pause ? dueAt : null };
  }

  /**
   * The link may be back (a network interface changed, the server answers its health check, a
   * technician asked): forget every backoff and try at once.
   */
  kick(): void {
    this.pausedUntil = 0;
    this.consecutiveTransient = 0;
    this.store.makeAllDue();
    this.wakeUp();
  }

  /** True while the queue waits for the server to recover. */
  isPaused(): boolean {
    return this.pausedUntil > this.nowMs();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    if (this.wakeTimer !== null) this.deps.timers.clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.wakeTimer = this.deps.timers.setTimeout(() => this.wakeUp(), Math.max(0, ms));
    });
  }

  /** How long to wait after a step before the next. */
  private waitAfter(result: StepResult): number {
    const now = this.nowMs();
    switch (result.kind) {
      case 'sent':
      case 'failed':
      case 'split':
        return 0;
      case 'retry':
        return result.pausedUntil === null ? 0 : result.pausedUntil - now;
      case 'paused':
        return result.until - now;
      case 'idle':
        return result.nextAt === null ? this.idlePollMs : Math.min(this.idlePollMs, Math.max(0, result.nextAt - now));
      case 'unconfigured':
        return this.idlePollMs;
      default: {
        const never: never = result;
        throw new Error(`unhandled step result ${JSON.stringify(never)}`);
      }
    }
  }

  /** Runs in the background until `stop()`: recovers in-flight items, then delivers as they come. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.recover();
    this.stopWatching = onEnqueued(this.deps.db, () => this.wakeUp());
    this.loopDone = (async () => {
      while (this.running) {
        let wait: number;
        try {
          wait = this.waitAfter(await this.step());
        } catch (err) {
          // A bug or a database error must not end delivery for good: log it and look again later.
          this.deps.log.error('sync step failed', { error: errorMessage(err) });
          wait = this.backoff.baseMs;
        }
        if (!this.running) break;
        if (wait > 0) await this.sleep(wait);
        else await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopWatching?.();
    this.stopWatching = null;
    this.wakeUp();
    await this.loopDone;
    this.loopDone = null;
  }

  /**
   * Delivers until nothing is pending or in flight, or until the deadline (CLI `sync
   * --until-empty`). Waits out backoffs on the given timers. Returns the final counts.
   */
  async drain(options: Readonly<{ deadlineMs: number; untilEmpty: boolean }>): Promise<OutboxCounts> {
    for (;;) {
      const result = await this.step();
      // Counting is a scan of the table: only done when the queue may be empty or must wait.
      if (result.kind === 'unconfigured' || (result.kind === 'idle' && result.nextAt === null)) return this.store.counts();
      const wait = this.waitAfter(result);
      if (wait <= 0) continue;
      if (!options.untilEmpty || this.nowMs() + wait > options.deadlineMs) return this.store.counts();
      await this.sleep(wait);
    }
  }
}
