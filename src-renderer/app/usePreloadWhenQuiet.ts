import { useEffect } from 'react';
import { preloadKeyboard } from '../components/keyboard';
import { preloadLazyScreens } from '../components/lazy-screen';
import { ACTIVITY_EVENTS } from '../session/activity-events';

/** How long nobody must have touched the screen before the other screens' code is fetched. */
export const PRELOAD_QUIET_MS = 3000;

/**
 * Once the kiosk answers (`ready`), fetches the keyboard's and the other screens' code while nobody
 * is using the screen: after PRELOAD_QUIET_MS without activity (session/activity-events.ts), in
 * the browser's next idle moment, once. A kiosk stands untouched between visitors, so this runs within seconds of a start;
 * a visitor who is already tapping is not slowed by compiling screens they may never open (those
 * load on first use, see components/lazy-screen.tsx), and a page that lives only a moment never
 * spends the half CPU-second it costs.
 */
export function usePreloadWhenQuiet(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 0));
    let timer = 0;
    const stop = () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, wait, { capture: true });
    };
    const preload = () => {
      stop();
      idle(() => {
        preloadKeyboard();
        void preloadLazyScreens();
      });
    };
    function wait() {
      window.clearTimeout(timer);
      timer = window.setTimeout(preload, PRELOAD_QUIET_MS);
    }
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, wait, { capture: true, passive: true });
    wait();
    return stop;
  }, [ready]);
}
