import { PIN_LOCKOUT_STEPS_MS } from '../../api/channels/auth';

/**
 * The lock a wrong try earns, if any: every `perLock`-th wrong try in a row locks, and each lock
 * lasts longer than the one before (5 min, 15 min, 1 h, 4 h, then a day each time). Wrong tries
 * are forgiven only by a right PIN, a new PIN or an unlock at the CLI, so waiting out a lock
 * does not start the count again.
 */
export function lockAfter(failedInARow: number, perLock: number, now: Date): string | null {
  if (failedInARow <= 0 || failedInARow % perLock !== 0) return null;
  const lockNumber = failedInARow / perLock - 1;
  const ms = PIN_LOCKOUT_STEPS_MS[Math.min(lockNumber, PIN_LOCKOUT_STEPS_MS.length - 1)] as number;
  return new Date(now.getTime() + ms).toISOString();
}

/** Tries left before the next lock. */
export function triesLeft(failedInARow: number, perLock: number): number {
  return perLock - (failedInARow % perLock);
}

/** The later of two lock ends (ISO times), or null when neither is set. */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

export interface SourceLockout {
  failed: number;
  lockedUntil: string | null;
}

/**
 * Wrong tries per source (one screen connection) and role, in memory: a source lives as long as
 * its connection, and the role's own count (in SQLite) is what survives a restart.
 */
export class SourceLockouts {
  private readonly entries = new Map<string, SourceLockout>();

  get(role: string, source: string | undefined): SourceLockout {
    if (source === undefined) return { failed: 0, lockedUntil: null };
    return this.entries.get(`${role}\u0000${source}`) ?? { failed: 0, lockedUntil: null };
  }

  set(role: string, source: string | undefined, value: SourceLockout): void {
    if (source !== undefined) this.entries.set(`${role}\u0000${source}`, value);
  }

  /** A right PIN or an unlock forgives every source of that role. */
  clear(role: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${role}\u0000`)) this.entries.delete(key);
  }
}
