import { PIN_MAX_LENGTH, PIN_MIN_LENGTH, type PinRole, pinProblem } from '../../api/channels/auth';
import { ApiError } from '../../api/errors';

/** Refuses a new PIN that breaks the shared rule (`pinProblem`), saying why. */
export function checkNewPin(role: PinRole, pin: string): void {
  const problem = pinProblem(role, pin);
  switch (problem) {
    case null:
      return;
    case 'not-digits':
      throw new ApiError('bad-request', 'a PIN is digits only');
    case 'too-short':
    case 'too-long':
      throw new ApiError('bad-request', `a ${role} PIN has ${PIN_MIN_LENGTH[role]} to ${PIN_MAX_LENGTH} digits`);
    case 'too-easy':
      throw new ApiError('bad-request', 'this PIN is too easy to guess (repeated or consecutive digits)');
    default: {
      const unhandled: never = problem;
      throw new Error(`unhandled PIN problem ${String(unhandled)}`);
    }
  }
}
