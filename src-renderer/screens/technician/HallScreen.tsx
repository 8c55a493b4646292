import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedDevice } from '../../../src-main/api/hall';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { TouchButton } from '../../components/TouchButton';
import { useFormat } from '../../i18n/format';
import { HallKioskIds } from './HallKioskIds';
import { HallMemberState } from './HallMemberState';
import { TechnicianFrame } from './TechnicianFrame';
import { useConfig } from './useConfig';
import { usePolling } from './usePolling';

/**
 * The hall (docs/hall.md): this kiosk's hall role, a one-time 6-digit code a counter page, display
 * page or member kiosk exchanges for its device token, and the paired devices (a member kiosk with
 * the kiosk ids it reported), each revocable.
 */
export function HallScreen() {
  const { t } = useTranslation('technician');
  const f = useFormat();
  const timeOf = (iso: string) => f.dateTime(iso, 'short', 'short');
  const api = useApi();
  const { entries } = useConfig();
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadDevices = useCallback(() => api.call('hall.devices.list', {}), [api]);
  const devices = usePolling(loadDevices, 5000);

  const role = entries?.get('hall.role')?.value as string | undefined;
  const port = entries?.get('hall.port')?.value as number | undefined;
  const hostUrl = entries?.get('hall.hostUrl')?.value as string | undefined;
  const fail = (err: unknown) => setError(err instanceof ApiCallError ? err.message : String(err));

  const newCode = () => {
    setError(null);
    api.call('hall.pairing.start', {}).then(setCode, fail);
  };
  const revoke = (d: PairedDevice) => {
    setError(null);
    setConfirming(null);
    api.call('hall.devices.revoke', { id: d.id }).then(devices.refresh, fail);
  };

  return (
    <TechnicianFrame title={t('hall.title')} testId="screen-technician-hall">
      <section className="tech__section" data-testid="hall-role">
        <h2>{t('hall.roleTitle')}</h2>
        {role ? (
          <>
            <p className="tech__value">{t(`hall.role.${role}`)}</p>
            <p className="tech__row-detail">
              {role === 'host'
                ? t('hall.hostHint', { port })
                : role === 'member'
                  ? t('hall.memberHint', { url: hostUrl })
                  : t('hall.standaloneHint')}
            </p>
            {role === 'member' ? <HallMemberState /> : null}
          </>
        ) : null}
      </section>
      <section className="tech__section">
        <h2>{t('hall.pairTitle')}</h2>
        <p className="tech__row-detail">{t('hall.pairHint')}</p>
        {code ? (
          <div className="hall-tech__code" data-testid="hall-code" role="status">
            <span className="hall-tech__digits" lang="en" dir="ltr">
              {code.code.slice(0, 3)} {code.code.slice(3)}
            </span>
            <span>{t('hall.expires', { time: f.time(code.expiresAt) })}</span>
          </div>
        ) : null}
        <TouchButton variant="primary" size="large" onClick={newCode} data-testid="hall-new-code">
          {code ? t('hall.anotherCode') : t('hall.newCode')}
        </TouchButton>
      </section>
      {error ? (
        <p className="tech__error" role="alert">
          {error}
        </p>
      ) : null}
      <section className="tech__section">
        <h2>{t('hall.devicesTitle')}</h2>
        {devices.failed ? <p className="tech__error">{t('hall.loadFailed')}</p> : null}
        {devices.value && devices.value.length === 0 ? <p className="tech__row-detail">{t('hall.none')}</p> : null}
        <ul className="tech__list" data-testid="hall-devices">
          {(devices.value ?? []).map((d) => (
            <li key={d.id} className={`tech__row${d.revokedAt ? ' tech__row--off' : ''}`} data-testid={`hall-device-${d.id}`}>
              <div className="tech__row-main">
                <p className="tech__row-title">
                  {d.name} · {t(`hall.kind.${d.kind}`)}
                </p>
                <p className="tech__row-detail">
                  {t('hall.pairedAt', { time: timeOf(d.pairedAt) })}
                  {' · '}
                  {d.lastSeenAt ? t('hall.lastSeen', { time: timeOf(d.lastSeenAt) }) : t('hall.neverSeen')}
                </p>
                <HallKioskIds device={d} timeOf={timeOf} />
                {d.revokedAt ? <p className="tech__row-detail">{t('hall.revokedAt', { time: timeOf(d.revokedAt) })}</p> : null}
              </div>
              {d.revokedAt ? null : confirming === d.id ? (
                <div className="tech__row-actions">
                  <TouchButton variant="danger" onClick={() => revoke(d)} data-testid="hall-revoke-confirm">
                    {t('hall.revokeConfirm')}
                  </TouchButton>
                  <TouchButton variant="ghost" onClick={() => setConfirming(null)}>
                    {t('common.cancel')}
                  </TouchButton>
                </div>
              ) : (
                <TouchButton variant="secondary" onClick={() => setConfirming(d.id)} data-testid="hall-revoke">
                  {t('hall.revoke')}
                </TouchButton>
              )}
            </li>
          ))}
        </ul>
      </section>
    </TechnicianFrame>
  );
}
