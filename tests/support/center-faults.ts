/** Faults the reference center server can inject, all changeable while it runs. */
export interface CenterFaults {
  /** Share of API requests (0..1) answered with a retryable error. */
  readonly failRate: number;
  /** Status for those failures; null picks one of 500, 502, 503, 504, 429, 408 at random. */
  readonly failStatus: number | null;
  /** Every API answer waits this long. */
  readonly delayMs: number;
  /** Share of API requests whose connection is dropped: half before, half after the work is stored. */
  readonly dropRate: number;
  /** Answer every API request with this status (for example 503: the server is down). */
  readonly status: number | null;
  /** Sent with `status` and fail-rate answers when set. */
  readonly retryAfterS: number | null;
}

export const NO_FAULTS: CenterFaults = { failRate: 0, failStatus: null, delayMs: 0, dropRate: 0, status: null, retryAfterS: null };

export const RETRYABLE_STATUSES = [500, 502, 503, 504, 429, 408] as const;

/** A small seeded generator (mulberry32) so a failing fault run can be replayed with `--seed`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the server does with one API request, decided before it is handled. */
export type FaultPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'drop-before' }
  | { readonly kind: 'drop-after' }
  | { readonly kind: 'fail'; readonly status: number; readonly afterWork: boolean };

export function planFault(faults: CenterFaults, random: () => number): FaultPlan {
  if (faults.status !== null) return { kind: 'fail', status: faults.status, afterWork: false };
  if (faults.dropRate > 0 && random() < faults.dropRate) return random() < 0.5 ? { kind: 'drop-before' } : { kind: 'drop-after' };
  if (faults.failRate > 0 && random() < faults.failRate) {
    const status = faults.failStatus ?? (RETRYABLE_STATUSES[Math.floor(random() * RETRYABLE_STATUSES.length)] as number);
    // A gateway timeout is the classic "the back end stored it but you never heard": do the work first.
    return { kind: 'fail', status, afterWork: status === 504 };
  }
  return { kind: 'none' };
}
