import { useEffect, useRef } from 'react';
import { useApi } from '../../api/api-context';
import { useKiosk } from '../../stores/kiosk-store';
import { currentRoute, useNavigation } from '../../stores/navigation-store';
import { createCornerTapCounter } from './hidden-gesture';
import { isTechnicianScreen } from './technician-screens';

/**
 * Mounted once in the app: opens the technician PIN pad on the hidden corner gesture, ends
 * technician mode as soon as the screen leaves the technician screens (Home, idle reset), so a
 * technician who walks away never leaves the next citizen a technician session, and refreshes
 * what the screen shows of the settings when they change.
 */
export function TechnicianGesture() {
  const api = useApi();
  const counter = useRef(createCornerTapCounter());

  useEffect(() => {
    // Capture phase and passive: the taps still reach whatever is under them.
    const onPointer = (e: PointerEvent) => {
      if (!counter.current(e.clientX, e.clientY, window.innerHeight, e.timeStamp)) return;
      const route = currentRoute(useNavigation.getState());
      if (route.screen.startsWith('technician.') || route.screen === 'auth.login') return;
      useNavigation.getState().go('auth.login', { role: 'technician' });
    };
    document.addEventListener('pointerdown', onPointer, { capture: true, passive: true });
    return () => document.removeEventListener('pointerdown', onPointer, { capture: true });
  }, []);

  useEffect(() => {
    const check = () => {
      const role = useKiosk.getState().role;
      const route = currentRoute(useNavigation.getState());
      if (role === 'technician' && !isTechnicianScreen(route.screen)) {
        useKiosk.getState().setRole('citizen');
        api.call('auth.logout', {}).catch(() => undefined);
      }
    };
    const stopNav = useNavigation.subscribe(check);
    const stopRole = useKiosk.subscribe(check);
    return () => {
      stopNav();
      stopRole();
    };
  }, [api]);

  // A setting saved here or from the CLI shows at once (the center name in the top bar).
  useEffect(
    () =>
      api.on('config.onChanged', () => {
        api.call('system.info', {}).then(
          (info) => useKiosk.getState().setInfo(info),
          () => undefined,
        );
      }),
    [api],
  );

  return null;
}
