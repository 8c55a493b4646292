/**
 * The last few answers by key, the oldest dropped first: what a screen drew a tap ago, drawn
 * again at once when the citizen comes back to it (bench:tap). `set` says whether the new answer
 * differs from the one kept, so a screen redraws only for a real change.
 */
export class RecentAnswers<T> {
  private readonly kept = new Map<string, { value: T; json: string }>();

  constructor(private readonly keep: number) {}

  get(key: string): T | undefined {
    return this.kept.get(key)?.value;
  }

  /** Keeps `value` as the newest answer for `key`; true when it differs (as JSON) from the one kept. */
  set(key: string, value: T): boolean {
    const json = JSON.stringify(value);
    const changed = this.kept.get(key)?.json !== json;
    this.kept.delete(key);
    this.kept.set(key, { value, json });
    if (this.kept.size > this.keep) this.kept.delete(this.kept.keys().next().value as string);
    return changed;
  }

  clear(): void {
    this.kept.clear();
  }

  keys(): string[] {
    return [...this.kept.keys()];
  }
}
