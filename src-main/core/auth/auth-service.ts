import type { Clock } from '../../api/center-clock';
import {
  type AuthStatus,
  type LoginResult,
  PIN_MAX_ATTEMPTS,
  PIN_MIN_LENGTH,
  PIN_ROLE_MAX_ATTEMPTS,
  type PinRole,
  type PinState,
} from '../../api/channels/auth';
import { ApiError } from '../../api/errors';
import { KeyedMutex } from '../../api/mutex';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import { laterOf, lockAfter, SourceLockouts, triesLeft } from './lockout-policy';
import { DEFAULT_COST, hashPin, type ScryptCost, verifyPin } from './pin-hash';
import { checkNewPin } from './pin-policy';
import { PinStore } from './pin-store';

export interface AuthServiceDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly log: Logger;
  /** Tests lower the cost; production keeps the default. */
  readonly cost?: ScryptCost;
}

/** Which shell a login attempt came through, for the log (never the PIN itself). */
export type AttemptSource = 'screen' | 'cli';

/**
 * PIN checks for staff and technicians: hashing, the wrong-try counter and the lockout, and a
 * log line for every attempt. Attempts for one role run one at a time, so a burst of guesses
 * sent together cannot all slip in before the counter reaches the limit.
 */
export class AuthService {
  private readonly store: PinStore;
  private readonly perRole = new KeyedMutex<PinRole>();
  private readonly sources = new SourceLockouts();

  constructor(private readonly deps: AuthServiceDeps) {
    this.store = new PinStore(deps.db);
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  private serial<T>(role: PinRole, task: () => Promise<T>): Promise<T> {
    return this.perRole.run(role, task);
  }

  /** The role's wrong tries in a row and its lock, if that lock still runs. */
  private roleLockout(role: PinRole): { failed: number; lockedUntil: string | null } {
    const row = this.store.lockout(role);
    return { failed: row.failedAttempts, lockedUntil: this.stillLocked(row.lockedUntil) };
  }

  private sourceLockout(role: PinRole, source: string | undefined): { failed: number; lockedUntil: string | null } {
    const entry = this.sources.get(role, source);
    return { failed: entry.failed, lockedUntil: this.stillLocked(entry.lockedUntil) };
  }

  private stillLocked(until: string | null): string | null {
    return until && Date.parse(until) > this.now().getTime() ? until : null;
  }

  /** The PIN pad's view for one source (a screen connection), or the role's alone without one. */
  state(role: PinRole, source?: string): PinState {
    const r = this.roleLockout(role);
    const s = this.sourceLockout(role, source);
    const lockedUntil = laterOf(r.lockedUntil, s.lockedUntil);
    const left = Math.min(
      triesLeft(r.failed, PIN_ROLE_MAX_ATTEMPTS),
      source === undefined ? PIN_MAX_ATTEMPTS : triesLeft(s.failed, PIN_MAX_ATTEMPTS),
    );
    return { set: this.store.hash(role) !== null, lockedUntil, attemptsLeft: lockedUntil ? 0 : left };
  }

  status(source?: string): AuthStatus {
    return { staff: this.state('staff', source), technician: this.state('technician', source), minLength: { ...PIN_MIN_LENGTH } };
  }

  isSet(role: PinRole): boolean {
    return this.store.hash(role) !== null;
  }

  /**
   * Checks a PIN. A wrong one counts for its source (a screen connection: five in a row lock that
   * source) and for the role (twenty from all sources lock it for everyone); each further lock
   * lasts longer. A right PIN forgives both.
   */
  login(role: PinRole, pin: string, via: AttemptSource, source?: string): Promise<LoginResult> {
    const log = this.deps.log;
    return this.serial(role, async () => {
      const hash = this.store.hash(role);
      if (!hash) {
        log.warn('PIN login refused: no PIN set', { role, source: via });
        return { outcome: 'not-set' };
      }
      const roleBefore = this.roleLockout(role);
      const sourceBefore = this.sourceLockout(role, source);
      const lockedNow = laterOf(roleBefore.lockedUntil, sourceBefore.lockedUntil);
      if (lockedNow) {
        log.warn('PIN login refused: locked', { role, source: via, lockedUntil: lockedNow, whole: roleBefore.lockedUntil !== null });
        return { outcome: 'locked', lockedUntil: lockedNow };
      }
      const ok = await verifyPin(pin, hash);
      const at = this.now();
      if (ok) {
        this.store.clearLockout(role);
        this.sources.clear(role);
        log.info('PIN login accepted', { role, source: via });
        return { outcome: 'ok', role };
      }
      const roleFailed = roleBefore.failed + 1;
      const sourceFailed = sourceBefore.failed + 1;
      const roleLock = lockAfter(roleFailed, PIN_ROLE_MAX_ATTEMPTS, at);
      const sourceLock = source === undefined ? null : lockAfter(sourceFailed, PIN_MAX_ATTEMPTS, at);
      this.store.saveLockout(role, roleFailed, roleLock, at.toISOString());
      this.sources.set(role, source, { failed: sourceFailed, lockedUntil: sourceLock });
      const lockedUntil = laterOf(roleLock, sourceLock);
      if (lockedUntil) {
        log.warn('PIN login refused: wrong PIN, now locked', {
          role,
          source: via,
          failedAttempts: roleFailed,
          lockedUntil,
          whole: roleLock !== null,
        });
        return { outcome: 'locked', lockedUntil };
      }
      log.warn('PIN login refused: wrong PIN', { role, source: via, failedAttempts: roleFailed });
      const left = Math.min(
        triesLeft(roleFailed, PIN_ROLE_MAX_ATTEMPTS),
        source === undefined ? PIN_MAX_ATTEMPTS : triesLeft(sourceFailed, PIN_MAX_ATTEMPTS),
      );
      return { outcome: 'wrong-pin', attemptsLeft: left };
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
      this.sources.clear(role);
      log.info('PIN set', { role, source });
    });
  }

  /** Ends a lockout early: for a technician at the CLI, who already has the machine. */
  unlock(role: PinRole, source: AttemptSource): void {
    this.store.clearLockout(role);
    this.sources.clear(role);
    this.deps.log.info('PIN lockout cleared', { role, source });
  }
}
