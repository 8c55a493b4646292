import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallDayStats } from '../../../src-main/api/hall';
import { useApi } from '../../api/api-context';
import { ScreenFrame } from '../../components/ScreenFrame';
import { formatNumber } from '../../i18n/format';
import { serviceName } from '../tickets/service-text';
import { useServices } from '../tickets/useServices';
import { HourChart } from './HourChart';
import { StaffGate } from './StaffGate';
import './staff-screens';
import './staff.css';

export function StaffStatsScreen() {
  return (
    <StaffGate here={{ screen: 'staff.stats', params: {} }}>
      <StaffStats />
    </StaffGate>
  );
}

const mins = (m: number | null, language: string) => (m === null ? '–' : formatNumber(m, language, { maximumFractionDigits: 1 }));

/** Today's hall figures (docs/hall.md, "Statistics"): the numbers `npx kiosk ticket stats --json` gives, as a chart and tables. */
function StaffStats() {
  const { t, i18n } = useTranslation('staff');
  const api = useApi();
  const { services } = useServices();
  const [stats, setStats] = useState<HallDayStats | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    api.call('hall.stats', {}).then(setStats, () => setFailed(true));
  }, [api]);
  const name = (id: string) => {
    const s = services?.find((x) => x.id === id);
    return s ? serviceName(s.names, i18n.language) : id;
  };
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

  return (
    <ScreenFrame title={t('stats.title')} testId="screen-staff-stats">
      {failed ? (
        <p className="ticket-error" role="alert">
          {t('stats.failed')}
        </p>
      ) : null}
      {stats ? (
        <>
          <p className="lead">{t('stats.lead', { day: stats.day })}</p>
          {stats.hours.length === 0 ? (
            <p className="lead" data-testid="stats-empty">
              {t('stats.empty')}
            </p>
          ) : (
            <>
              <HourChart hours={stats.hours} title={t('stats.chart')} issuedLabel={t('stats.issued')} servedLabel={t('stats.served')} />
              <h2 className="staff-section-title">{t('stats.byHour')}</h2>
              <table className="staff-stats__table" data-testid="stats-hours">
                <thead>
                  <tr>
                    <th scope="col">{t('stats.hour')}</th>
                    <th scope="col">{t('stats.issued')}</th>
                    <th scope="col">{t('stats.served')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.hours.map((h) => (
                    <tr key={h.hour} data-testid={`stats-hour-${h.hour}`}>
                      <th scope="row">
                        {hh(h.hour)}–{hh(h.hour + 1)}
                      </th>
                      <td>{h.issued}</td>
                      <td>{h.served}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h2 className="staff-section-title">{t('stats.byService')}</h2>
              <table className="staff-stats__table" data-testid="stats-services">
                <thead>
                  <tr>
                    <th scope="col">{t('stats.service')}</th>
                    <th scope="col">{t('stats.issued')}</th>
                    <th scope="col">{t('stats.served')}</th>
                    <th scope="col">{t('stats.noShow')}</th>
                    <th scope="col">{t('stats.avgWait')}</th>
                    <th scope="col">{t('stats.maxWait')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.services.map((s) => (
                    <tr key={s.serviceId} data-testid={`stats-service-${s.serviceId}`}>
                      <th scope="row">{name(s.serviceId)}</th>
                      <td>{s.issued}</td>
                      <td>{s.served}</td>
                      <td>{s.noShow}</td>
                      <td>{mins(s.avgWaitMin, i18n.language)}</td>
                      <td>{mins(s.maxWaitMin, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      ) : null}
    </ScreenFrame>
  );
}
