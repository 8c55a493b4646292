import type { PinRole } from '../../../src-main/api/channels/auth';
import type { Route } from '../../stores/navigation-store';

declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /**
     * The PIN pad for a role. After a good PIN it replaces itself with `next` (so Back does not
     * return to the pad); without `next` a technician lands on technician home and staff go back.
     */
    'auth.login': { role: PinRole; next?: Route };
  }
}
