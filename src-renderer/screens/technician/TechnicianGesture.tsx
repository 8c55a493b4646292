import { useEffect, useRef } from 'react';
import { systemClock } from '../../../src-main/api/center-clock';
import { TECHNICIAN_IDLE_S } from '../../../src-main/api/session-idle';
import { useApi } from '../../api/api-context';
import { framePoint } from '../../app/useScreenOrientation';
import { useKiosk } from '../../stores/kiosk-store';
import { currentRoute, useNavigation } from '../../stores/navigation-store';
import { createCornerTapCounter } from './hidden-gesture';
import { isTechnicianScreen } from './technician-screens';

/** Longer than a citizen's idle time: a technician reads logs and waits for a printer. */
const TECHNICIAN_IDLE_MS = TECHNICIAN_IDLE_S * 1000;

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
    // Capture phase and passive: the taps still reach whatever is under them. The corner is the
    // one the technician sees, also when the UI is turned on a monitor stood on its side.
    const onPointer = (e: PointerEvent) => {
      const { x, y, height } = framePoint(e.clientX, e.clientY);
      if (!counter.current(x, y, height, e.timeStamp)) return;
      const route = currentRoute(useNavigation.getState());
      if (route.screen.startsWith('technician.') || route.screen === 'auth.login') return;
      useNavigation.getState().go('auth.login', { role: 'technician' });
    };
    document.addEventListener('pointerdown', onPointer, { capture: true, passive: true });
    return () => document.removeEventListener('pointerdown', onPointer, { capture: true });
  }, []);

  // A technician who walks away: after five minutes without a touch the mode ends by itself.
  useEffect(() => {
    let last = systemClock.now().getTime();
    const touch = () => {
      last = systemClock.now().getTime();
    };
    const timer = setInterval(() => {
      if (useKiosk.getState().role !== 'technician' || systemClock.now().getTime() - last < TECHNICIAN_IDLE_MS) return;
      useKiosk.getState().setRole('citizen');
      api.call('auth.logout', {}).catch(() => undefined);
      useNavigation.getState().home();
    }, 5000);
    document.addEventListener('pointerdown', touch, { capture: true, passive: true });
    document.addEventListener('keydown', touch, { capture: true, passive: true });
    return () => {
      clearInterval(timer);
      document.removeEventListener('pointerdown', touch, { capture: true });
      document.removeEventListener('keydown', touch, { capture: true });
    };
  }, [api]);

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
