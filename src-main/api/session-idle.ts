import type { Role } from './roles';

/**
 * How long a raised session may sit untouched, shared by the screen (which ends it on its own) and
 * the core (which ends it on the server whatever the screen does), so the two never disagree.
 */
export const TECHNICIAN_IDLE_S = 5 * 60;
/** A desk officer reads and thinks longer than a citizen taps; their idle time is at least this. */
export const STAFF_MIN_IDLE_S = 5 * 60;
/** Seconds the screen's "Are you still there?" question stays up before the visit ends. */
export const IDLE_COUNTDOWN_S = 20;

/** Milliseconds after which the server ends a session of this role (citizens have nothing to end). */
export function serverIdleMs(role: Role, configuredIdleS: number): number | null {
  switch (role) {
    case 'citizen':
      return null;
    case 'technician':
      return TECHNICIAN_IDLE_S * 1000;
    case 'staff':
      return (Math.max(configuredIdleS, STAFF_MIN_IDLE_S) + IDLE_COUNTDOWN_S) * 1000;
    default: {
      const unhandled: never = role;
      throw new Error(`unhandled role ${String(unhandled)}`);
    }
  }
}
