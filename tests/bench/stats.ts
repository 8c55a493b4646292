/** The middle value (the upper one of an even count), NaN for none. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/**
 * The nearest-rank percentile (p in 0–100): the smallest sample with at least p % of the samples
 * at or below it, so a p95 is always a time that really happened. NaN for no samples.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`);
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** Samples grouped by name (the kind of tap), in the order the names first came. */
export class Samples {
  private readonly byKind = new Map<string, number[]>();

  add(kind: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`${kind}: ${ms} ms is not a duration`);
    const list = this.byKind.get(kind) ?? [];
    list.push(ms);
    this.byKind.set(kind, list);
  }

  /** Every sample of the kinds whose name passes the filter. */
  of(filter: (kind: string) => boolean): number[] {
    return [...this.byKind].filter(([k]) => filter(k)).flatMap(([, v]) => v);
  }

  kinds(): string[] {
    return [...this.byKind.keys()];
  }
}
