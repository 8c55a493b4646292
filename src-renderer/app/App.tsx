import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpBar } from '../components/HelpBar';
import { KeyboardDock } from '../components/keyboard';
import { TopBar } from '../components/TopBar';
import { ScanLayer } from '../scan/ScanLayer';
import { TechnicianGesture } from '../screens/technician/TechnicianGesture';
import { IdleGuard } from '../session/IdleGuard';
import { applyA11yClasses, useA11y } from '../stores/a11y-store';
import { useKiosk } from '../stores/kiosk-store';
import { currentRoute, useNavigation } from '../stores/navigation-store';
import { markAfterNextPaint } from './mark-after-paint';
import { ScreenView } from './screens';
import { usePreloadWhenQuiet } from './usePreloadWhenQuiet';
import { rememberedOrientation, useScreenOrientation } from './useScreenOrientation';

/** Puts focus on the new screen's title, so a screen reader or a keyboard starts at its top. */
function useFocusOnNavigate(routeKey: string): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per screen change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const focusTitle = (): boolean => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement && main?.contains(active)) return true; // a field that took focus itself
      const title = document.getElementById('screen-title');
      title?.focus({ preventScroll: true });
      return title !== null;
    };
    if (focusTitle() || !main) return;
    // The screen's code is still loading (components/lazy-screen.tsx): focus its title once drawn.
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [routeKey]);
}

export function App() {
  const { t } = useTranslation();
  const route = useNavigation(currentRoute);
  const highContrast = useA11y((s) => s.highContrast);
  const largeText = useA11y((s) => s.largeText);
  const routeKey = `${route.screen}-${JSON.stringify(route.params)}`;
  useFocusOnNavigate(routeKey);
  const orientation = useKiosk((s) => s.info?.orientation);
  useScreenOrientation(orientation ?? rememberedOrientation(), orientation !== undefined);
  const markedInteractive = useRef(false);

  // The home screen answers once the core's first `system.info` is on screen (see follow-core.ts).
  const answered = useKiosk((s) => s.info !== null);
  useEffect(() => {
    if (!answered || markedInteractive.current) return;
    markedInteractive.current = true;
    markAfterNextPaint('kiosk:interactive');
  }, [answered]);
  // Then, while nobody is touching the screen, the keyboard and the other screens' code.
  usePreloadWhenQuiet(answered);

  useEffect(() => applyA11yClasses(document.documentElement, { highContrast, largeText }), [highContrast, largeText]);

  // A long press must not open the browser's menu (copy, search, print) on a public screen.
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('contextmenu', block);
    return () => document.removeEventListener('contextmenu', block);
  }, []);

  const attract = route.screen === 'attract';
  return (
    <>
      <div className={`app${attract ? ' app--attract' : ''}`} data-screen={route.screen}>
        <a className="skip-link" href="#main" data-testid="skip-link">
          {t('nav.skip')}
        </a>
        {attract ? null : <TopBar />}
        <TechnicianGesture />
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so a keyboard can scroll a long screen with no button in view (axe scrollable-region-focusable) */}
        <main id="main" className="app__main" key={routeKey} tabIndex={0}>
          <ScreenView route={route} />
        </main>
        <ScanLayer />
        <KeyboardDock />
        {attract ? null : <HelpBar />}
      </div>
      <IdleGuard />
    </>
  );
}
