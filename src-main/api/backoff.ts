/**
 * Exponential backoff, the one schedule every retry in the kiosk uses (sync, catalog updates,
 * device reopening, crash recovery, the renderer's reconnect). Pure, so both sides may import it.
 */
export interface BackoffPolicy {
  /** Wait after the first failure. */
  readonly baseMs: number;
  /** No wait computed from the attempt count exceeds this. */
  readonly capMs: number;
  /**
   * `equal`: half the window is fixed, half random, so kiosks that lost the link together do not
   * come back in the same second, and the wait is never zero (the default). `none`: the window itself.
   */
  readonly jitter?: 'equal' | 'none';
}

/** The wait after the `attempt`-th failure in a row (1 for the first): base·2^(attempt−1), capped. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const window = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return policy.jitter === 'none' ? window : Math.round(window / 2 + random() * (window / 2));
}

/** Counts failures in a row and answers the next wait; `reset()` after a success. */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly random: () => number = Math.random,
  ) {}

  /** Records one more failure and returns how long to wait before the next try. */
  next(): number {
    this.failures = Math.min(this.failures + 1, 31);
    return backoffDelay(this.failures, this.policy, this.random);
  }

  reset(): void {
    this.failures = 0;
  }
}

/**
 * `Retry-After` (seconds or an HTTP date) in ms from `nowMs`, at most `maxMs` so a hostile value
 * cannot park a queue; null when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number, maxMs: number): number | null {
  if (!header) return null;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    ms = at - nowMs;
  }
  return Math.min(Math.max(ms, 0), maxMs);
}

/** A backoff for requests to a server, which may ask for a longer wait with `Retry-After`. */
export interface RetryPolicy extends BackoffPolicy {
  /** A server's Retry-After is honoured up to this (a broken header must not stall us for days). */
  readonly maxRetryAfterMs: number;
}

/** The wait after a transient failure: the backoff, or longer when the server asks for longer. */
export function nextDelay(attempt: number, retryAfterMs: number | null, policy: RetryPolicy, random: () => number = Math.random): number {
  const computed = backoffDelay(attempt, policy, random);
  return retryAfterMs === null ? computed : Math.max(computed, retryAfterMs);
}
