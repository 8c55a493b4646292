import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { TechnicianFrame } from '../technician/TechnicianFrame';
import { usePolling } from '../technician/usePolling';
import { MrzReadPanel } from './MrzReadPanel';
import './cards-screens';
import './cards.css';
import { useFormat } from '../../i18n/format';

/**
 * The chip reader for technicians: PC/SC readers seen and whether a card is on them, the last
 * read's outcome and timings (never whose card it was), and the CSCA certificates trusted.
 */
export function ChipStatusScreen() {
  const { t } = useTranslation('cards');
  const f = useFormat();
  const api = useApi();
  const load = useCallback(() => api.call('cards.status', {}), [api]);
  const { value: status, failed } = usePolling(load, 2000);
  const when = (iso: string) => f.dateTime(iso, 'short', 'medium');
  const ms = (n: number) => t('tech.ms', { ms: Math.round(n) });

  return (
    <TechnicianFrame title={t('tech.title')} testId="screen-technician-chip">
      {failed ? <p className="tech__error">{t('tech.loadFailed')}</p> : null}
      {status ? (
        <>
          <section className="tech__section" aria-labelledby="chip-readers">
            <h2 id="chip-readers">{t('tech.readers')}</h2>
            {status.problem ? (
              <p className="tech__error" data-testid="chip-problem">
                {t('tech.unavailable', { problem: status.problem })}
              </p>
            ) : null}
            {!status.problem && status.readers.length === 0 ? <p>{t('tech.noReaders')}</p> : null}
            <ul className="tech__list" data-testid="chip-readers">
              {status.readers.map((r) => (
                <li key={r.name} className="tech__row">
                  <span className="tech__row-title">{r.name}</span>
                  <span>{r.cardPresent ? t('tech.cardPresent') : t('tech.empty')}</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="tech__section" aria-labelledby="chip-last">
            <h2 id="chip-last">{t('tech.lastRead')}</h2>
            {status.lastRead ? (
              <div data-testid="chip-last-read" data-outcome={status.lastRead.outcome}>
                <p className="tech__row-title">
                  {t(`tech.outcome.${status.lastRead.outcome}`)} · {when(status.lastRead.at)}
                  {status.lastRead.durationMs > 0 ? ` · ${t('tech.took', { time: ms(status.lastRead.durationMs) })}` : ''}
                </p>
                {status.lastRead.failures.length > 0 ? (
                  <p className="tech__row-detail">{status.lastRead.failures.map((f) => t(`tech.pa.${f}`)).join(' · ')}</p>
                ) : null}
                {status.lastRead.keyRule ? (
                  <p className="tech__row-detail tech__mono">{t('tech.keyRule', { rule: status.lastRead.keyRule })}</p>
                ) : null}
                {status.lastRead.timings ? (
                  <p className="tech__row-detail" data-testid="chip-timings">
                    {t('tech.timings', {
                      bac: ms(status.lastRead.timings.bacMs),
                      data: ms(status.lastRead.timings.readDg1Dg13Ms),
                      photo: ms(status.lastRead.timings.readDg2Ms),
                      pa: ms(status.lastRead.timings.paMs),
                    })}
                  </p>
                ) : null}
              </div>
            ) : (
              <p>{t('tech.noRead')}</p>
            )}
          </section>
          <MrzReadPanel />
          <section className="tech__section" aria-labelledby="chip-trust">
            <h2 id="chip-trust">{t('tech.trust')}</h2>
            {status.trust.length === 0 ? <p className="tech__error">{t('tech.noTrust')}</p> : null}
            <ul className="tech__list" data-testid="chip-trust">
              {status.trust.map((c) => (
                <li key={c.fingerprint} className="tech__row">
                  <div>
                    <p className="tech__row-title">{c.subject}</p>
                    <p className="tech__row-detail tech__mono">{c.fingerprint.slice(0, 16)}…</p>
                    <p className="tech__row-detail">{t('tech.validTo', { date: when(c.validTo) })}</p>
                  </div>
                </li>
              ))}
            </ul>
            <p className="tech__field-hint">{t('tech.trustHint')}</p>
          </section>
        </>
      ) : null}
    </TechnicianFrame>
  );
}
