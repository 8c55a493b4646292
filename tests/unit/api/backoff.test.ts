import { describe, expect, it } from 'vitest';
import { Backoff, backoffDelay, nextDelay, parseRetryAfter, type RetryPolicy } from '../../../src-main/api/backoff';
import { DEFAULT_BACKOFF } from '../../../src-main/core/outbox/sync-worker';

const policy: RetryPolicy = { baseMs: 1000, capMs: 60_000, maxRetryAfterMs: 3_600_000, jitter: 'equal' };

describe('backoff', () => {
  it('doubles per attempt with equal jitter and stops at the cap', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 0.999999)).toBe(1000);
    expect(backoffDelay(2, policy, () => 0)).toBe(1000);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(3000);
    expect(backoffDelay(7, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(50, policy, () => 0)).toBe(30_000);
    expect(backoffDelay(5000, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.capMs);
  });

  it('without jitter waits the window itself: 1 s, 2 s, 4 s … up to the cap', () => {
    const plain = { baseMs: 1000, capMs: 60_000, jitter: 'none' } as const;
    expect([1, 2, 3, 6, 7, 100].map((n) => backoffDelay(n, plain))).toEqual([1000, 2000, 4000, 32_000, 60_000, 60_000]);
    expect(backoffDelay(0, plain)).toBe(1000);
  });

  it('counts failures in a row until reset', () => {
    const b = new Backoff({ baseMs: 250, capMs: 2000, jitter: 'none' });
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([250, 500, 1000, 2000, 2000]);
    b.reset();
    expect(b.next()).toBe(250);
    for (let i = 0; i < 100; i++) b.next();
    expect(b.next()).toBe(2000);
  });

  it('reads Retry-After as seconds or an HTTP date, bounded, and ignores garbage', () => {
    const now = Date.parse('2026-03-02T02:00:00Z');
    const max = policy.maxRetryAfterMs;
    expect(parseRetryAfter('120', now, max)).toBe(120_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 02:00:30 GMT', now, max)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 01:00:00 GMT', now, max)).toBe(0);
    expect(parseRetryAfter('99999999', now, max)).toBe(3_600_000);
    expect(parseRetryAfter('soon', now, max)).toBeNull();
    expect(parseRetryAfter(null, now, max)).toBeNull();
  });

  it('never retries before the server asked', () => {
    expect(nextDelay(1, 45_000, policy, () => 1)).toBe(45_000);
    expect(nextDelay(6, 1_000, policy, () => 1)).toBe(32_000);
  });
});
