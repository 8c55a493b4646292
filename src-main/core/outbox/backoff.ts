/** How long to wait between attempts; the same rules for every kind of item. */
export interface BackoffPolicy {
  /** First wait after one failure. */
  readonly baseMs: number;
  /** No wait computed from the attempt count exceeds this. */
  readonly capMs: number;
  /** A server's Retry-After is honoured up to this (a broken header must not stall us for days). */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 5 * 60_000, maxRetryAfterMs: 60 * 60_000 };

/**
 * Exponential backoff with "equal jitter": half the window is fixed, half random. Never zero
 * (a broken server is not hammered), and kiosks that lost the link together do not all come back
 * in the same second.
 */
export function backoffDelay(attempts: number, policy: BackoffPolicy, random: () => number): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const window = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(window / 2 + random() * (window / 2));
}

/**
 * `Retry-After` as seconds or an HTTP date, in ms from now; null when absent or unreadable.
 * Bounded by the policy so a hostile value cannot park the queue.
 */
export function parseRetryAfter(header: string | null, nowMs: number, policy: BackoffPolicy): number | null {
  if (!header) return null;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    ms = at - nowMs;
  }
  return Math.min(Math.max(ms, 0), policy.maxRetryAfterMs);
}

/** The wait after a transient failure: the backoff, or longer when the server asks for longer. */
export function nextDelay(attempts: number, retryAfterMs: number | null, policy: BackoffPolicy, random: () => number): number {
  const computed = backoffDelay(attempts, policy, random);
  return retryAfterMs === null ? computed : Math.max(computed, retryAfterMs);
}
