import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { usePolling } from './usePolling';

/**
 * On a member kiosk (docs/hall.md, "Order of updates"): the kiosk id its QR codes print, as the
 * host's hall screen lists it, and whether its host knows kiosk ids. A member updated before its
 * host keeps issuing and telling its own tickets; the technician reads here that the host needs
 * updating for tickets of other kiosks to be told at this one.
 */
export function HallMemberState() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const load = useCallback(() => api.call('hall.member.state', {}), [api]);
  const state = usePolling(load, 5000).value;
  if (!state) return null;
  return (
    <div className="hall-tech__member" data-testid="hall-member-state" data-host-version={state.hostVersion}>
      <p className="hall-tech__id-row">
        <span className="hall-tech__id-label">{t('hall.thisKioskId')}</span>{' '}
        <span className="tech__mono hall-tech__id" lang="en">
          {state.kioskId}
        </span>
      </p>
      <p className={state.hostVersion === 'older' ? 'tech__error' : state.hostVersion === 'current' ? 'tech__ok' : 'tech__row-detail'}>
        {t(`hall.hostVersion.${state.hostVersion}`)}
      </p>
    </div>
  );
}
