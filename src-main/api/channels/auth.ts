import { z } from 'zod';
import { channel } from '../define';
import { ANY_ROLE, Role } from '../roles';

/** The roles a PIN unlocks; citizens never need one. */
export const PinRole = z.enum(['staff', 'technician']);
export type PinRole = z.infer<typeof PinRole>;

export const PIN_MAX_LENGTH = 12;
/** Shortest PIN per role: technicians guard the whole machine, so theirs is longer. */
export const PIN_MIN_LENGTH: Readonly<Record<PinRole, number>> = { staff: 4, technician: 6 };
/** Wrong tries from one screen connection (a source) before that source is locked out. */
export const PIN_MAX_ATTEMPTS = 5;
/**
 * Wrong tries from all sources together before the role itself is locked for everyone: what
 * bounds a guesser who opens connection after connection, without letting one visitor's five
 * wrong tries lock every technician out.
 */
export const PIN_ROLE_MAX_ATTEMPTS = 20;
/** How long each lock lasts, one after another: the lock lengthens while wrong tries go on. */
export const PIN_LOCKOUT_STEPS_MS: readonly number[] = [5, 15, 60, 240, 1440].map((m) => m * 60 * 1000);
export const PIN_LOCKOUT_MS = PIN_LOCKOUT_STEPS_MS[0] as number;

/** Digits of the one-time setup code printed in the log at a first start (never on a screen). */
export const SETUP_CODE_LENGTH = 8;

/** A PIN as typed: digits only. Length per role is checked by the service, which knows the role. */
export const Pin = z.string().regex(/^\d+$/, 'a PIN is digits only').max(PIN_MAX_LENGTH, `a PIN has at most ${PIN_MAX_LENGTH} digits`);

export const PinState = z.object({
  /** A PIN has been chosen for this role. */
  set: z.boolean(),
  /** While locked: when the PIN pad opens again (ISO time). */
  lockedUntil: z.string().nullable(),
  /** Wrong tries left before the lockout. */
  attemptsLeft: z.number().int().nonnegative(),
});
export type PinState = z.infer<typeof PinState>;

export const AuthStatus = z.object({
  staff: PinState,
  technician: PinState,
  minLength: z.object({ staff: z.number().int(), technician: z.number().int() }),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

/**
 * A login is answered, not thrown: a wrong PIN is an ordinary outcome the PIN pad must explain
 * (tries left, how long the lockout lasts), so it comes back as data the screen can translate.
 */
export const LoginResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), role: Role }),
  z.object({ outcome: z.literal('wrong-pin'), attemptsLeft: z.number().int().nonnegative() }),
  z.object({ outcome: z.literal('locked'), lockedUntil: z.string() }),
  z.object({ outcome: z.literal('not-set') }),
]);
export type LoginResult = z.infer<typeof LoginResult>;

export const authChannels = {
  /** Which PINs are set and which are locked: the PIN pad needs it before anyone is logged in. */
  'auth.status': channel({ args: z.object({}).strict(), result: AuthStatus, roles: ANY_ROLE }),
  /** Raises the calling screen's session to the role whose PIN is given. */
  'auth.login': channel({
    args: z.object({ role: PinRole, pin: Pin }).strict(),
    result: LoginResult,
    roles: ANY_ROLE,
  }),
  /** Back to citizen, with a fresh correlation id (the next person is a new visit). */
  'auth.logout': channel({ args: z.object({}).strict(), result: z.object({ role: Role }), roles: ANY_ROLE }),
  /**
   * Sets a PIN. A technician may set either. While no technician PIN is set, the technician PIN
   * may be chosen at the screen only with `setupCode`, the one-time code the kiosk printed in its
   * log and console at start (shown on no screen); whoever gives it is then logged in as
   * technician. Without it: `npx kiosk auth set-pin` on the kiosk PC.
   */
  'auth.setPin': channel({
    args: z.object({ role: PinRole, pin: Pin, setupCode: z.string().regex(/^\d+$/).max(SETUP_CODE_LENGTH).optional() }).strict(),
    result: z.object({ role: PinRole, sessionRole: Role }),
    roles: ANY_ROLE,
  }),
};

export type PinProblem = 'not-digits' | 'too-short' | 'too-long' | 'too-easy';

/**
 * What is wrong with a new PIN, or null. Shared by the service (which refuses it) and the PIN
 * pad (which explains it in the reader's language before asking). PINs anyone tries first
 * (`000000`, `123456`, `987654`) are refused: a lockout after five tries only protects a PIN
 * that is not among the first five guesses.
 */
export function pinProblem(role: PinRole, pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN_LENGTH[role]) return 'too-short';
  if (pin.length > PIN_MAX_LENGTH) return 'too-long';
  const digits = [...pin].map(Number);
  const same = digits.every((d) => d === digits[0]);
  const up = digits.every((d, i) => i === 0 || d === ((digits[i - 1] as number) + 1) % 10);
  const down = digits.every((d, i) => i === 0 || d === ((digits[i - 1] as number) + 9) % 10);
  return same || up || down ? 'too-easy' : null;
}
