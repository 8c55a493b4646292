import { nextDelay } from '../../api/backoff';
import { errorMessage } from '../../api/error-message';
import type { Logger } from '../logging/logger';
import { type CatalogFetchDeps, type CatalogFetchResult, fetchCatalogOnce } from './catalog-fetch';
import type { CatalogService } from './catalog-service';

export interface CatalogRefresherDeps {
  readonly catalog: CatalogService;
  readonly log: Logger;
  /** Read on every attempt, so a technician's change of server or token applies at once. */
  readonly settings: () => Omit<CatalogFetchDeps, 'kioskId'> & { readonly intervalMs: number };
  readonly kioskId: string;
  readonly random?: () => number;
  /** First check after start-up; later checks follow `intervalMs` or the backoff. */
  readonly firstDelayMs?: number;
}

const BASE_BACKOFF_MS = 30_000;

/**
 * Checks the center server for a newer catalog on a timer. Failures that may pass (network,
 * timeouts, 408, 429, 5xx) are retried with exponential backoff and jitter, honouring
 * Retry-After; anything else waits for the next regular check. One check runs at a time.
 */
export class CatalogRefresher {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<CatalogFetchResult> | null = null;
  private failures = 0;
  private stopped = true;

  constructor(private readonly deps: CatalogRefresherDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(this.deps.firstDelayMs ?? 5_000);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Checks now (technician's button, CLI); joins a check already running. */
  refreshNow(): Promise<CatalogFetchResult> {
    this.inFlight ??= fetchCatalogOnce(this.deps.catalog, { ...this.deps.settings(), kioskId: this.deps.kioskId }).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    // A pending check must never keep a process (CLI, tests) alive.
    this.timer.unref?.();
  }

  private async tick(): Promise<void> {
    const { intervalMs } = this.deps.settings();
    if (intervalMs <= 0) {
      this.schedule(60 * 60_000);
      return;
    }
    let result: CatalogFetchResult;
    try {
      result = await this.refreshNow();
    } catch (err) {
      result = { outcome: 'failed', message: errorMessage(err), retryable: true };
    }
    if (result.outcome === 'failed') {
      this.deps.log.warn('catalog update failed; keeping the current catalog', { reason: result.message });
      if (result.retryable) {
        this.failures += 1;
        const policy = { baseMs: BASE_BACKOFF_MS, capMs: intervalMs, maxRetryAfterMs: intervalMs, jitter: 'equal' } as const;
        this.schedule(Math.min(intervalMs, nextDelay(this.failures, result.retryAfterMs ?? null, policy, this.deps.random)));
        return;
      }
    }
    this.failures = 0;
    this.schedule(intervalMs);
  }
}
