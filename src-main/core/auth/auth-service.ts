import {
  type AuthStatus,
  type LoginResult,
  PIN_LOCKOUT_MS,
  PIN_MAX_ATTEMPTS,
  PIN_MIN_LENGTH,
  type PinRole,
  type PinState,
} from '../../api/channels/auth';
import { ApiError } from '../../api/errors';
import { KeyedMutex } from '../../api/mutex';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import { DEFAULT_COST, hashPin, type ScryptCost, verifyPin } from './pin-hash';
import { checkNewPin } from './pin-policy';
import { PinStore } from './pin-store';

export interface AuthServiceDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly log: Logger;
  /** Tests lower the cost; production keeps the default. */
  readonly cost?: ScryptCost;
}

/** Where a login attempt came from, for the log (never the PIN itself). */
export type AttemptSource = 'screen' | 'cli';

/**
 * PIN checks for staff and technicians: hashing, the wrong-try counter and the lockout, and a
 * log line for every attempt. Attempts for one role run one at a time, so a burst of guesses
 * sent together cannot all slip in before the counter reaches the limit.
 */
export class AuthService {
  private readonly store: PinStore;
  private readonly perRole = new KeyedMutex<PinRole>();

  constructor(private readonly deps: AuthServiceDeps) {
    this.store = new PinStore(deps.db);
  }

  private now(): Date {
    return this.deps.clock();
  }

  private serial<T>(role: PinRole, task: () => Promise<T>): Promise<T> {
    return this.perRole.run(role, task);
  }

  /** The lockout as of now; an expired lockout counts as none (and its tries are forgiven). */
  private activeLockout(role: PinRole): { failed: number; lockedUntil: string | null } {
    const row = this.store.lockout(role);
    if (row.lockedUntil && Date.parse(row.lockedUntil) <= this.now().getTime()) return { failed: 0, lockedUntil: null };
    return { failed: row.failedAttempts, lockedUntil: row.lockedUntil };
  }

  state(role: PinRole): PinState {
    const { failed, lockedUntil } = this.activeLockout(role);
    return { set: this.store.hash(role) !== null, lockedUntil, attemptsLeft: lockedUntil ? 0 : PIN_MAX_ATTEMPTS - failed };
  }

  status(): AuthStatus {
    return { staff: this.state('staff'), technician: this.state('technician'), minLength: { ...PIN_MIN_LENGTH } };
  }

  isSet(role: PinRole): boolean {
    return this.store.hash(role) !== null;
  }

  /** Checks a PIN; counts a wrong one and locks the role after the last allowed try. */
  login(role: PinRole, pin: string, source: AttemptSource): Promise<LoginResult> {
    const log = this.deps.log;
    return this.serial(role, async () => {
      const hash = this.store.hash(role);
      if (!hash) {
        log.warn('PIN login refused: no PIN set', { role, source });
        return { outcome: 'not-set' };
      }
      const before = this.activeLockout(role);
      if (before.lockedUntil) {
        log.warn('PIN login refused: locked', { role, source, lockedUntil: before.lockedUntil });
        return { outcome: 'locked', lockedUntil: before.lockedUntil };
      }
      const ok = await verifyPin(pin, hash);
      const at = this.now();
      if (ok) {
        this.store.clearLockout(role);
        log.info('PIN login accepted', { role, source });
        return { outcome: 'ok', role };
      }
      const failed = before.failed + 1;
      if (failed >= PIN_MAX_ATTEMPTS) {
        const lockedUntil = new Date(at.getTime() + PIN_LOCKOUT_MS).toISOString();
        this.store.saveLockout(role, failed, lockedUntil, at.toISOString());
        log.warn('PIN login refused: wrong PIN, now locked', { role, source, failedAttempts: failed, lockedUntil });
        return { outcome: 'locked', lockedUntil };
      }
      this.store.saveLockout(role, failed, null, at.toISOString());
      log.warn('PIN login refused: wrong PIN', { role, source, failedAttempts: failed });
      return { outcome: 'wrong-pin', attemptsLeft: PIN_MAX_ATTEMPTS - failed };
    });
  }

  /**
   * Stores a new PIN (the caller has already been allowed to); refuses guessable ones. With
   * `onlyIfUnset` (first run from the screen) it refuses when a PIN appeared meanwhile, checked
   * in the same queue as logins so two screens cannot both claim the first PIN.
   */
  setPin(role: PinRole, pin: string, source: AttemptSource, options: Readonly<{ onlyIfUnset?: boolean }> = {}): Promise<void> {
    const log = this.deps.log;
    checkNewPin(role, pin);
    return this.serial(role, async () => {
      if (options.onlyIfUnset && this.store.hash(role) !== null) {
        throw new ApiError('forbidden', `the ${role} PIN is already set; log in as technician to change it`);
      }
      const hash = await hashPin(pin, this.deps.cost ?? DEFAULT_COST);
      this.store.setHash(role, hash, this.now().toISOString());
      log.info('PIN set', { role, source });
    });
  }

  /** Ends a lockout early: for a technician at the CLI, who already has the machine. */
  unlock(role: PinRole, source: AttemptSource): void {
    this.store.clearLockout(role);
    this.deps.log.info('PIN lockout cleared', { role, source });
  }
}
