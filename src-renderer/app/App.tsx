import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { HelpBar } from '../components/HelpBar';
import { KeyboardDock, preloadKeyboard } from '../components/keyboard';
import { TopBar } from '../components/TopBar';
import { isLanguageCode } from '../i18n/languages';
import { ScanLayer } from '../scan/ScanLayer';
import { TechnicianGesture } from '../screens/technician/TechnicianGesture';
import { IdleGuard } from '../session/IdleGuard';
import { applyA11yClasses, useA11y } from '../stores/a11y-store';
import { useKiosk } from '../stores/kiosk-store';
import { currentRoute, useNavigation } from '../stores/navigation-store';
import { markAfterNextPaint } from './mark-after-paint';
import { ScreenView } from './screens';
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
    const active = document.activeElement;
    const main = document.getElementById('main');
    if (active instanceof HTMLInputElement && main?.contains(active)) return; // a field that took focus itself
    document.getElementById('screen-title')?.focus({ preventScroll: true });
  }, [routeKey]);
}

export function App() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const route = useNavigation(currentRoute);
  const highContrast = useA11y((s) => s.highContrast);
  const largeText = useA11y((s) => s.largeText);
  const routeKey = `${route.screen}-${JSON.stringify(route.params)}`;
  useFocusOnNavigate(routeKey);
  const orientation = useKiosk((s) => s.info?.orientation);
  useScreenOrientation(orientation ?? rememberedOrientation(), orientation !== undefined);
  const firstInfo = useRef(true);

  useEffect(() => {
    const { setInfo, setConnected, setRole } = useKiosk.getState();
    const stopConn = api.onConnectionChange((connected) => {
      setConnected(connected);
      if (!connected) return;
      api.call('system.info', {}).then(
        (info) => {
          setInfo(info);
          // The configured language greets the first visitor, unless they already chose one.
          if (firstInfo.current && isLanguageCode(info.defaultLanguage) && useNavigation.getState().stack.length === 1) {
            void i18n.changeLanguage(info.defaultLanguage);
          }
          if (firstInfo.current) markAfterNextPaint('kiosk:interactive');
          firstInfo.current = false;
        },
        () => undefined,
      );
    });
    const stopRole = api.on('system.onSessionChanged', ({ role }) => setRole(role));
    const stopConfig = api.on('config.onChanged', ({ public: config }) => useKiosk.getState().applyPublicConfig(config));
    return () => {
      stopConn();
      stopRole();
      stopConfig();
    };
  }, [api, i18n]);

  useEffect(() => applyA11yClasses(document.documentElement, { highContrast, largeText }), [highContrast, largeText]);

  // A long press must not open the browser's menu (copy, search, print) on a public screen.
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('contextmenu', block);
    return () => document.removeEventListener('contextmenu', block);
  }, []);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 500));
    idle(() => preloadKeyboard());
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
