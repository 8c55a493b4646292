import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { useKiosk } from '../../stores/kiosk-store';
import { currentRoute, type Route, useNavigation } from '../../stores/navigation-store';

export function isStaffScreen(screen: string): boolean {
  return screen.startsWith('staff.');
}

/**
 * Staff screens show nothing to a citizen session (after an idle reset, or a screen reached by
 * Back): they ask for the staff PIN and come back to the same screen. Leaving the staff screens
 * (Home, a citizen screen) ends the staff session, so the next citizen never inherits it.
 */
export function StaffGate({ here, children }: { here: Route; children: ReactNode }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const role = useKiosk((s) => s.role);
  const replace = useNavigation((s) => s.replace);

  useEffect(
    () => () => {
      const next = currentRoute(useNavigation.getState()).screen;
      if (isStaffScreen(next) || useKiosk.getState().role !== 'staff') return;
      useKiosk.getState().setRole('citizen');
      api.call('auth.logout', {}).catch(() => undefined);
    },
    [api],
  );

  if (role === 'staff' || role === 'technician') return <>{children}</>;
  return (
    <ScreenFrame title={t('gate.title')} testId="screen-staff-gate">
      <p className="lead">{t('gate.lead')}</p>
      <TouchButton
        variant="primary"
        size="large"
        onClick={() => replace('auth.login', { role: 'staff', next: here })}
        data-testid="staff-login"
      >
        {t('gate.login')}
      </TouchButton>
    </ScreenFrame>
  );
}
