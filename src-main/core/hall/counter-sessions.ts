import { randomBytes } from 'node:crypto';
import type { Clock } from '../../api/center-clock';
import { ApiError } from '../../api/errors';
import type { CounterSignInResult } from '../../api/hall';
import type { AuthService } from '../auth/auth-service';

/** A desk session lasts a working day at most; the officer signs in again the next morning. */
export const COUNTER_SESSION_MS = 10 * 60 * 60_000;

export interface CounterSession {
  readonly session: string;
  readonly deviceId: string;
  readonly counter: number;
  readonly expiresAt: string;
}

/**
 * Staff PIN sessions for counter consoles: a paired device is not enough to call numbers, a desk
 * officer signs in with the staff PIN (the same PIN, wrong-try counter and lockout as at the
 * kiosk). Sessions live in the host's memory and are bound to one device and one counter; a
 * restarted host asks for the PIN again.
 */
export class CounterSessions {
  private readonly sessions = new Map<string, CounterSession>();

  constructor(private readonly deps: Readonly<{ auth: AuthService; clock: Clock }>) {}

  /** A session when the staff PIN is right; otherwise why not, as the kiosk's PIN login answers. */
  async signIn(deviceId: string, pin: string, counter: number): Promise<CounterSignInResult> {
    // Each paired device is a source of its own: five wrong tries lock that desk, not every desk.
    const result = await this.deps.auth.login('staff', pin, 'screen', `hall-device:${deviceId}`);
    if (result.outcome !== 'ok') return result;
    const expiresAt = new Date(this.deps.clock.now().getTime() + COUNTER_SESSION_MS).toISOString();
    const session: CounterSession = { session: randomBytes(24).toString('base64url'), deviceId, counter, expiresAt };
    this.sessions.set(session.session, session);
    return { outcome: 'ok', session: { session: session.session, counter, expiresAt } };
  }

  /** The live session of this device, or an `unauthorized` error. */
  check(id: string, deviceId: string): CounterSession {
    const s = this.sessions.get(id);
    if (!s || s.deviceId !== deviceId) throw new ApiError('unauthorized', 'sign in with the staff PIN first');
    if (Date.parse(s.expiresAt) <= this.deps.clock.now().getTime()) {
      this.sessions.delete(id);
      throw new ApiError('unauthorized', 'the desk session has ended: sign in again');
    }
    return s;
  }

  signOut(id: string): void {
    this.sessions.delete(id);
  }

  /** Ends every session of a device (it was revoked). */
  endDevice(deviceId: string): void {
    for (const [id, s] of this.sessions) if (s.deviceId === deviceId) this.sessions.delete(id);
  }
}
