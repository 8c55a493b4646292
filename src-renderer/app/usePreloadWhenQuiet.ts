import { useEffect } from 'react';
import { preloadKeyboard } from '../components/keyboard';
import { preloadLazyScreens } from '../components/lazy-screen';

/** How long nobody must have touched the screen before the other screens' code is fetched. */
export const PRELOAD_QUIET_MS = 3000;

/**
 * Once the kiosk answers (`ready`), fetches the keyboard's and the other screens' code while nobody
 * is using the screen: after PRELOAD_QUIET_MS with no touch, click or key, in the browser's next
 * idle moment. A kiosk stands untouched between visitors, so this runs within seconds of a start;
 * a visitor who is already tapping is not slowed by compiling screens they may never open (those
 * load on first use, see components/lazy-screen.tsx), and a page that lives only a moment never
 * spends the half CPU-second it costs.
 */
export function usePreloadWhenQuiet(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 0));
    let timer = 0;
    let done = false;
    const inputs = ['pointerdown', 'keydown'] as const;
    const stop = () => {
      window.clearTimeout(timer);
      for (const type of inputs) window.removeEventListener(type, wait, true);
    };
    const preload = () => {
      if (done) return;
      done = true;
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
    for (const type of inputs) window.addEventListener(type, wait, true);
    wait();
    return stop;
  }, [ready]);
}
