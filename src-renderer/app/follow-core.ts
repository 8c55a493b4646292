import type { i18n } from 'i18next';
import type { ApiClient } from '../api/api-client';
import { isLanguageCode } from '../i18n/languages';
import { useKiosk } from '../stores/kiosk-store';
import { useNavigation } from '../stores/navigation-store';

/**
 * Keeps the kiosk store in step with the core: connection, the center link, `system.info` on every (re)connect,
 * the session's role and live public settings. Started before the first render, so the first
 * `system.info` leaves as soon as the bridge opens instead of after React's first commit.
 */
export function followCore(api: ApiClient, i18n: i18n): () => void {
  const { setInfo, setConnected, setRole, applyPublicConfig, setCenterLink } = useKiosk.getState();
  let first = true;
  const stopConn = api.onConnectionChange((connected) => {
    setConnected(connected);
    if (!connected) return;
    api.call('system.centerLink', {}).then(
      (link) => setCenterLink(link.state),
      () => undefined,
    );
    api.call('system.info', {}).then(
      (info) => {
        // The configured language greets the first visitor, unless they already chose one.
        if (first && isLanguageCode(info.defaultLanguage) && useNavigation.getState().stack.length === 1) {
          void i18n.changeLanguage(info.defaultLanguage);
        }
        first = false;
        setInfo(info);
      },
      () => undefined,
    );
  });
  const stopRole = api.on('system.onSessionChanged', ({ role }) => setRole(role));
  const stopConfig = api.on('config.onChanged', ({ public: config }) => applyPublicConfig(config));
  const stopLink = api.on('system.onCenterLink', ({ state }) => setCenterLink(state));
  return () => {
    stopLink();
    stopConn();
    stopRole();
    stopConfig();
  };
}
