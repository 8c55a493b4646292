import { ApiError } from '../../api/errors';
import type { PartialHandlers } from '../rpc/handlers';
import type { AuthService } from './auth-service';
import type { SetupCode } from './setup-code';

/**
 * The auth channels. A successful login raises only the calling screen's session; other
 * screens stay as they were.
 */
export function authHandlers(
  auth: AuthService,
  setup: SetupCode | null,
): PartialHandlers<'auth.status' | 'auth.login' | 'auth.logout' | 'auth.setPin'> {
  return {
    'auth.status': (_args, { session }) => auth.status(session.id),
    'auth.login': async ({ role, pin }, { session }) => {
      // The source is this connection: its wrong tries lock it, not every screen (see AuthService).
      const result = await auth.login(role, pin, 'screen', session.id);
      if (result.outcome === 'ok') session.setRole(role);
      return result;
    },
    'auth.logout': (_args, { session, log }) => {
      const was = session.role;
      session.reset();
      if (was !== 'citizen') log.info('session logged out', { role: was });
      return { role: session.role };
    },
    'auth.setPin': async ({ role, pin, setupCode }, { session, log }) => {
      if (session.role === 'technician') {
        await auth.setPin(role, pin, 'screen');
        return { role, sessionRole: session.role };
      }
      // First run: the technician PIN is chosen at the screen only with the code from the log.
      if (role === 'technician' && !auth.isSet('technician')) {
        if (!setup?.accepts(setupCode)) {
          log.warn('first technician PIN refused: missing or wrong setup code');
          throw new ApiError(
            'forbidden',
            'the first technician PIN needs the setup code the kiosk printed in its log at start, or `npx kiosk auth set-pin` on the kiosk PC',
          );
        }
        await auth.setPin(role, pin, 'screen', { onlyIfUnset: true });
        setup.spend();
        session.setRole('technician');
        return { role, sessionRole: session.role };
      }
      throw new ApiError('forbidden', `only a technician can set the ${role} PIN`);
    },
  };
}
