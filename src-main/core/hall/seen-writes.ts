/** A last-seen time is written at most this often per key: otherwise every request is a disk write. */
export const SEEN_WRITE_MS = 60_000;

/**
 * When a "last seen" time is worth writing again: the first time a key is seen, once SEEN_WRITE_MS
 * have passed since its last write, or when the clock went back (a stale time would stay until it
 * caught up). The one throttle of the hall host's last-seen columns (paired devices, members'
 * kiosk ids).
 */
export class SeenWrites {
  private readonly last = new Map<string, number>();

  /** Whether `key`'s last-seen time is due a write at `now` (ms). */
  due(key: string, now: number): boolean {
    const last = this.last.get(key);
    return last === undefined || now < last || now - last >= SEEN_WRITE_MS;
  }

  /** `key`'s last-seen time was written at `now` (ms). */
  wrote(key: string, now: number): void {
    this.last.set(key, now);
  }
}
