import { ApiError } from '../../api/errors';
import type { PartialHandlers } from '../rpc/handlers';
import type { AuthService } from './auth-service';

/**
 * The auth channels. A successful login raises only the calling screen's session; other
 * screens stay as they were.
 */
export function authHandlers(auth: AuthService): PartialHandlers<'auth.status' | 'auth.login' | 'auth.logout' | 'auth.setPin'> {
  return {
    'auth.status': () => auth.status(),
    'auth.login': async ({ role, pin }, { session }) => {
      const result = await auth.login(role, pin, 'screen');
      if (result.outcome === 'ok') session.setRole(role);
      return result;
    },
    'auth.logout': (_args, { session, log }) => {
      const was = session.role;
      session.reset();
      if (was !== 'citizen') log.info('session logged out', { role: was });
      return { role: session.role };
    },
    'auth.setPin': async ({ role, pin }, { session }) => {
      if (session.role === 'technician') {
        await auth.setPin(role, pin, 'screen');
        return { role, sessionRole: session.role };
      }
      // First run: whoever installs the kiosk chooses the technician PIN at the screen.
      if (role === 'technician' && !auth.isSet('technician')) {
        await auth.setPin(role, pin, 'screen', { onlyIfUnset: true });
        session.setRole('technician');
        return { role, sessionRole: session.role };
      }
      throw new ApiError('forbidden', `only a technician can set the ${role} PIN`);
    },
  };
}
