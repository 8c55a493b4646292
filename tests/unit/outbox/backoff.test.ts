import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, nextDelay, parseRetryAfter } from '../../../src-main/core/outbox/backoff';

const policy = { baseMs: 1000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };

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

  it('reads Retry-After as seconds or an HTTP date, bounded, and ignores garbage', () => {
    const now = Date.parse('2026-03-02T02:00:00Z');
    expect(parseRetryAfter('120', now, policy)).toBe(120_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 02:00:30 GMT', now, policy)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 01:00:00 GMT', now, policy)).toBe(0);
    expect(parseRetryAfter('99999999', now, policy)).toBe(3_600_000);
    expect(parseRetryAfter('soon', now, policy)).toBeNull();
    expect(parseRetryAfter(null, now, policy)).toBeNull();
  });

  it('never retries before the server asked', () => {
    expect(nextDelay(1, 45_000, policy, () => 1)).toBe(45_000);
    expect(nextDelay(6, 1_000, policy, () => 1)).toBe(32_000);
  });
});
