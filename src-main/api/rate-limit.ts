import { type Clock, systemClock } from './center-clock';
/**
 * Token buckets per key (a device id, or an address before pairing): each request takes one
 * token, tokens come back at `perSecond` up to `burst`. A refused request costs nothing more.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: Readonly<{ perSecond: number; burst: number }>,
    private readonly clock: Clock = systemClock,
  ) {}

  /** True when the request may go ahead. */
  take(key: string): boolean {
    const t = this.clock.now().getTime();
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((t - b.at) / 1000) * this.limit.perSecond);
    b.at = t;
    if (this.buckets.size > 10_000) this.buckets.clear();
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
