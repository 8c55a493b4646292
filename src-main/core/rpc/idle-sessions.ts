import type { Clock } from '../../api/center-clock';
import { serverIdleMs } from '../../api/session-idle';
import type { Logger } from '../logging/logger';
import type { Session } from './session';

export interface IdleSessionsDeps {
  readonly clock: Clock;
  /** `ui.idleTimeoutS` as it is now: a change applies to sessions already open. */
  readonly configuredIdleS: () => number;
  readonly log: Logger;
}

/**
 * Ends staff and technician sessions on the server after the same idle time as the screen: a
 * screen that hangs, is closed without logging out, or is driven by something other than the
 * kiosk page cannot keep the role. Any call counts as activity; the screen's own timeout (touches
 * only) and its logout still end the session first in ordinary use.
 */
export class IdleSessions {
  private readonly lastCall = new WeakMap<Session, number>();

  constructor(private readonly deps: IdleSessionsDeps) {}

  /** Before each call: ends the role if the session idled too long, then notes this call. */
  beforeCall(session: Session): void {
    this.expireIfIdle(session);
    this.lastCall.set(session, this.deps.clock.now().getTime());
  }

  /** Ends every raised session that idled too long (so its screen hears of it without calling). */
  sweep(sessions: Iterable<Session>): void {
    for (const session of sessions) this.expireIfIdle(session);
  }

  private expireIfIdle(session: Session): void {
    const idleMs = serverIdleMs(session.role, this.deps.configuredIdleS());
    const last = this.lastCall.get(session);
    if (idleMs === null || last === undefined) return;
    const idle = this.deps.clock.now().getTime() - last;
    if (idle < idleMs) return;
    this.deps.log.info('session ended on the server after idle time', { role: session.role, idleS: Math.round(idle / 1000) });
    session.reset();
  }
}
