import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficeStats } from '../../src-main/api/center/office';
import { formatNumber } from '../i18n/format';
import { BarChart } from './BarChart';
import { dayText, isoWeekDays } from './day-text';
import { officeCall } from './office-api';
import { useLoad } from './use-load';

const KNOWN_FLOWS = new Set(['ticket', 'dossier']);

/** Satisfaction (the four faces) by service and week, and tickets and waits per commune. */
export function StatsScreen() {
  const { t, i18n } = useTranslation();
  const [weeks, setWeeks] = useState(8);
  const { value: stats, error } = useLoad(() => officeCall('GET', `stats?weeks=${weeks}`, OfficeStats), String(weeks));
  const flowName = (flow: string) => (KNOWN_FLOWS.has(flow) ? t(`stats.flow.${flow}`) : flow);
  /** `2026-W46` is no clerk's word: the week's Monday and Sunday instead. */
  const weekName = (week: string) => {
    const days = isoWeekDays(week);
    return days ? t('stats.week', { from: dayText(days.from).slice(0, 5), to: dayText(days.to) }) : week;
  };
  return (
    <section aria-labelledby="stats-title" data-testid="stats-page">
      <h1 id="stats-title">{t('stats.title')}</h1>
      <label className="office-inline">
        {t('stats.weeks')}
        <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
          {[4, 8, 13, 26, 52].map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </label>
      {error ? <p className="office-error">{t('app.error', { message: error })}</p> : null}
      {stats ? (
        <>
          <h2>{t('stats.ratings')}</h2>
          <p className="office-sub">{t('stats.average')}</p>
          {stats.ratings.length === 0 ? (
            <p className="office-empty">{t('stats.empty')}</p>
          ) : (
            <BarChart
              title={t('stats.ratings')}
              testId="chart-ratings"
              max={4}
              bars={stats.ratings.map((r) => ({
                label: `${flowName(r.flow)} · ${weekName(r.week)}`,
                value: r.average,
                caption: `${formatNumber(r.average, i18n.language)} · ${t('stats.count', { count: r.count })}`,
              }))}
            />
          )}
          {stats.ratings.length > 0 ? (
            <table className="office-table office-table--compact">
              <thead>
                <tr>
                  <th />
                  {[1, 2, 3, 4].map((s) => (
                    <th key={s}>{t(`stats.score.${s}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {stats.ratings.map((r) => (
                  <tr key={`${r.flow}-${r.week}`}>
                    <td>
                      {flowName(r.flow)} · {weekName(r.week)}
                    </td>
                    {r.byScore.map((n, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the four scores are fixed columns
                      <td key={i}>{n}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h2>{t('stats.waiting')}</h2>
          {stats.waiting.length === 0 ? (
            <p className="office-empty">{t('stats.empty')}</p>
          ) : (
            <>
              <BarChart
                title={t('stats.waiting')}
                testId="chart-waiting"
                bars={stats.waiting.map((w) => ({
                  label: w.communeName,
                  value: w.averageWaitMin ?? 0,
                  second: w.p90WaitMin,
                  caption: t('stats.waitCaption', { avg: w.averageWaitMin ?? '—', p90: w.p90WaitMin ?? '—' }),
                }))}
              />
              <p className="office-sub office-legend">
                <span className="office-legend__bar" aria-hidden="true" /> {t('stats.legendAverage')}{' '}
                <span className="office-legend__second" aria-hidden="true" /> {t('stats.legendP90')}
              </p>
              <table className="office-table office-table--compact">
                <thead>
                  <tr>
                    <th>{t('inbox.commune')}</th>
                    <th>{t('stats.tickets')}</th>
                    <th>{t('stats.served')}</th>
                    <th>{t('stats.avgWait')}</th>
                    <th>{t('stats.p90Wait')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.waiting.map((w) => (
                    <tr key={w.communeId}>
                      <td>{w.communeName}</td>
                      <td>{w.tickets}</td>
                      <td>{w.served}</td>
                      <td>{w.averageWaitMin ?? '—'}</td>
                      <td>{w.p90WaitMin ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
