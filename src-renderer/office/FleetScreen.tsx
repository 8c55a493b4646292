import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EnrolmentCode, FleetEntry, type StaffView } from '../../src-main/api/center/office';
import { systemClock } from '../../src-main/api/center-clock';
import { OfficeTable } from './OfficeTable';
import { officeCall } from './office-api';
import { formatTime } from './office-i18n';
import { useLoad } from './use-load';

/** A kiosk that has not called in for an hour is out of contact (it syncs and reports far more often). */
const STALE_MS = 3600_000;
const DEVICE_STATES = new Set(['ready', 'no-paper', 'offline', 'error', 'not-configured']);

function DeviceState({ state }: { state: string | undefined }) {
  const { t } = useTranslation();
  if (!state) return <span className="office-sub">{t('fleet.unknown')}</span>;
  return <span className={`office-device office-device--${state}`}>{DEVICE_STATES.has(state) ? t(`fleet.device.${state}`) : state}</span>;
}

export function FleetScreen({ me }: { me: StaffView }) {
  const { t } = useTranslation();
  const { value: fleet, error, reload } = useLoad(() => officeCall('GET', 'fleet', z.array(FleetEntry)), 'fleet');
  const { value: communes } = useLoad(
    () => officeCall('GET', 'communes', z.array(z.object({ id: z.string(), name: z.string() }))),
    'communes',
  );
  const [commune, setCommune] = useState(me.communeId ?? '');
  const [issued, setIssued] = useState<z.infer<typeof EnrolmentCode> | null>(null);

  const revoke = (id: string) => {
    if (!window.confirm(t('fleet.confirmRevoke', { id }))) return;
    void officeCall('POST', `kiosks/${encodeURIComponent(id)}/revoke`, z.unknown()).then(reload);
  };

  return (
    <section aria-labelledby="fleet-title">
      <h1 id="fleet-title">{t('fleet.title')}</h1>
      <form
        className="office-filters"
        onSubmit={(e) => {
          e.preventDefault();
          void officeCall('POST', 'enrolment-codes', EnrolmentCode, { communeId: commune }).then(setIssued);
        }}
      >
        <label>
          {t('fleet.enrolFor')}
          <select value={commune} onChange={(e) => setCommune(e.target.value)} disabled={me.role !== 'admin'} required>
            <option value="" disabled>
              {t('fleet.chooseCommune')}
            </option>
            {(communes ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={!commune}>
          {t('fleet.enrol')}
        </button>
        {issued ? (
          <output className="office-code-issued" data-testid="enrolment-code">
            {t('fleet.code', { code: issued.code, when: formatTime(issued.expiresAt) })}
          </output>
        ) : null}
      </form>
      {error ? <p className="office-error">{t('app.error', { message: error })}</p> : null}
      <OfficeTable
        rows={fleet}
        empty={t('fleet.empty')}
        testId="fleet-table"
        headers={[
          t('fleet.id'),
          t('fleet.commune'),
          t('fleet.lastContact'),
          t('fleet.version'),
          t('fleet.backlog'),
          t('fleet.printer'),
          t('fleet.scanner'),
          t('fleet.state'),
          '',
        ]}
        row={(k) => {
          const stale = !k.lastContactAt || systemClock.now().getTime() - Date.parse(k.lastContactAt) > STALE_MS;
          const state = k.revokedAt ? 'revoked' : stale ? 'stale' : 'active';
          return (
            <tr key={k.id} data-testid={`fleet-row-${k.id}`}>
              <td className="office-code">{k.id}</td>
              <td>{k.communeName}</td>
              <td className={stale && !k.revokedAt ? 'is-late' : undefined}>
                {k.lastContactAt ? formatTime(k.lastContactAt) : t('fleet.never')}
              </td>
              <td>{k.appVersion ?? t('fleet.unknown')}</td>
              <td className={(k.backlog ?? 0) > 0 ? 'is-late' : undefined}>{k.backlog ?? t('fleet.unknown')}</td>
              <td>
                <DeviceState state={k.devices.printer} />
              </td>
              <td>
                <DeviceState state={k.devices.scanner} />
              </td>
              <td>
                <span className={`office-kiosk office-kiosk--${state}`}>{t(`fleet.${state}`)}</span>
              </td>
              <td>
                {k.revokedAt ? null : (
                  <button type="button" className="danger" onClick={() => revoke(k.id)}>
                    {t('fleet.revoke')}
                  </button>
                )}
              </td>
            </tr>
          );
        }}
      />
    </section>
  );
}
