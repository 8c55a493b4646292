import type { PinRole } from '../../api/channels/auth';
import type { Database } from '../db/open-database';

export interface LockoutRow {
  readonly failedAttempts: number;
  readonly lockedUntil: string | null;
}

/** The two auth tables of migration 0005; no rule lives here, only reads and writes. */
export class PinStore {
  constructor(private readonly db: Database) {}

  hash(role: PinRole): string | null {
    const row = this.db.prepare('SELECT hash FROM auth_pin WHERE role = ?').get(role) as { hash: string } | undefined;
    return row?.hash ?? null;
  }

  /** A new PIN also clears that role's wrong-try counter: the old guesses no longer apply. */
  setHash(role: PinRole, hash: string, at: string): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO auth_pin (role, hash, updated_at) VALUES (?, ?, ?) ON CONFLICT(role) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at',
        )
        .run(role, hash, at);
      this.db.prepare('DELETE FROM auth_lockout WHERE role = ?').run(role);
    })();
  }

  lockout(role: PinRole): LockoutRow {
    const row = this.db.prepare('SELECT failed_attempts, locked_until FROM auth_lockout WHERE role = ?').get(role) as
      | { failed_attempts: number; locked_until: string | null }
      | undefined;
    return { failedAttempts: row?.failed_attempts ?? 0, lockedUntil: row?.locked_until ?? null };
  }

  saveLockout(role: PinRole, failedAttempts: number, lockedUntil: string | null, at: string): void {
    this.db
      .prepare(
        `INSERT INTO auth_lockout (role, failed_attempts, locked_until, last_failed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(role) DO UPDATE SET failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until,
           last_failed_at = excluded.last_failed_at`,
      )
      .run(role, failedAttempts, lockedUntil, at);
  }

  clearLockout(role: PinRole): void {
    this.db.prepare('DELETE FROM auth_lockout WHERE role = ?').run(role);
  }
}
