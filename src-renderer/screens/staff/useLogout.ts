import { useCallback } from 'react';
import { useApi } from '../../api/api-context';
import { useKiosk } from '../../stores/kiosk-store';
import { useNavigation } from '../../stores/navigation-store';

/** Ends the staff session and leaves the screen to the next citizen. */
export function useLogout(): () => Promise<void> {
  const api = useApi();
  return useCallback(async () => {
    try {
      await api.call('auth.logout', {});
    } catch {
      // The screen goes home either way; a broken link gives a new, citizen session on reconnect.
    } finally {
      useKiosk.getState().setRole('citizen');
      useNavigation.getState().home();
    }
  }, [api]);
}
