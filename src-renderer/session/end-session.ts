import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/api-client';
import { useApi } from '../api/api-context';
import { DEFAULT_LANGUAGE, isLanguageCode } from '../i18n/languages';
import { useKiosk } from '../stores/kiosk-store';
import { useNavigation } from '../stores/navigation-store';
import { resetSession } from '../stores/session-reset';

export type EndReason = 'idle' | 'user' | 'finished';

/**
 * Ends a visit: every registered store is reset, any half-typed text and selection go, the
 * screens return to the welcome (attract) screen in the kiosk's default language, and the core
 * drops the session's role (a staff login never outlives the person who made it).
 */
export function endSession(api: ApiClient, i18n: I18n): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.blur();
  window.getSelection()?.removeAllRanges();
  resetSession((name, error) => {
    // No personal data here: only which store refused to reset.
    console.error(`session reset failed for ${name}`, error instanceof Error ? error.message : '');
  });
  useNavigation.getState().attract();
  useKiosk.getState().setRole('citizen');
  const configured = useKiosk.getState().info?.defaultLanguage ?? DEFAULT_LANGUAGE;
  void i18n.changeLanguage(isLanguageCode(configured) ? configured : DEFAULT_LANGUAGE);
  api.call('session.end', {}).then(
    ({ role }) => useKiosk.getState().setRole(role),
    () => undefined,
  );
  // Settings such as the idle time may have changed while this visit went on.
  api.call('system.info', {}).then(
    (info) => useKiosk.getState().setInfo(info),
    () => undefined,
  );
}

/** `const end = useEndSession(); … end('finished')` from any screen. */
export function useEndSession(): (reason?: EndReason) => void {
  const api = useApi();
  const { i18n } = useTranslation();
  return useCallback((_reason: EndReason = 'user') => endSession(api, i18n), [api, i18n]);
}
