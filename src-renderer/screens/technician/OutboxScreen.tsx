import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { TouchButton } from '../../components/TouchButton';
import { useFormat } from '../../i18n/format';
import { TechIcon } from './TechIcon';
import { TechnicianFrame } from './TechnicianFrame';
import { usePolling } from './usePolling';

const COUNTS = ['pending', 'sending', 'sent', 'failed'] as const;

/**
 * What waits to reach the center server: counts, and every item the server refused for good with
 * its reason. A retry puts items back in the queue; the sync worker sends them on its next turn.
 */
export function OutboxScreen() {
  const { t } = useTranslation('technician');
  const f = useFormat();
  const api = useApi();
  const load = useCallback(() => api.call('outbox.status', {}), [api]);
  const { value: status, failed, refresh } = usePolling(load, 5000);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const retry = async (args: { key: string } | { allFailed: true }) => {
    try {
      const r = await api.call('outbox.retry', args);
      setMessage({ ok: true, text: t('outbox.retried', { count: r.retried }) });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiCallError ? err.message : t('common.failed') });
    }
    refresh();
  };

  const retriable = status ? status.failed.filter((i) => !i.purged).length : 0;
  const when = (iso: string) => f.dateTime(iso, 'short', 'medium');

  return (
    <TechnicianFrame title={t('outbox.title')} testId="screen-technician-outbox">
      {failed ? <p className="tech__error">{t('common.failed')}</p> : null}
      {status ? (
        <>
          <div className="tech-stats" data-testid="outbox-counts">
            {COUNTS.map((c) => (
              <div key={c} className={`tech-stat${c === 'failed' && status.counts.failed > 0 ? ' tech-stat--bad' : ''}`}>
                <span className="tech-stat__value" data-testid={`outbox-count-${c}`}>
                  {status.counts[c]}
                </span>
                <span className="tech-stat__label">{t(`outbox.counts.${c}`)}</span>
              </div>
            ))}
          </div>
          <p className={status.paused ? 'tech__error' : 'tech__field-hint'} data-testid="outbox-paused">
            {status.paused ? t('outbox.paused') : t('outbox.running')}
          </p>
          <p className="tech__field-hint" data-testid="outbox-awaiting-purge">
            {t('outbox.awaitingPurge', { n: status.awaitingPurge, days: status.retentionDays })}
          </p>
          <section className="tech__section" aria-labelledby="outbox-failed">
            <h2 id="outbox-failed">{t('outbox.failedTitle')}</h2>
            {status.failed.length === 0 ? <p>{t('outbox.noneFailed')}</p> : null}
            {retriable > 0 ? (
              <TouchButton variant="primary" onClick={() => void retry({ allFailed: true })} data-testid="outbox-retry-all">
                <TechIcon name="refresh" size={28} /> {t('outbox.retryAll', { count: retriable })}
              </TouchButton>
            ) : null}
            <ul className="tech__list" data-testid="outbox-failed-list">
              {status.failed.map((item) => (
                <li key={item.key} className="tech__row" data-testid={`outbox-failed-${item.key}`}>
                  <div>
                    <p className="tech__row-title">
                      {t(`outbox.kind.${item.kind}`)} · <span className="tech__mono">{item.key}</span>
                    </p>
                    <p className="tech__row-detail">
                      {t('outbox.attempts', { count: item.attempts })} · {when(item.updatedAt)}
                      {item.lastStatus !== null ? ` · ${t('outbox.httpStatus', { status: item.lastStatus })}` : ''}
                    </p>
                    {item.lastError ? <p className="tech__row-detail tech__mono">{item.lastError}</p> : null}
                    {item.purged ? <p className="tech__row-detail">{t('outbox.purged')}</p> : null}
                  </div>
                  {item.purged ? null : (
                    <TouchButton onClick={() => void retry({ key: item.key })} data-testid={`outbox-retry-${item.key}`}>
                      {t('outbox.retry')}
                    </TouchButton>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
      {message ? (
        <p className={message.ok ? 'tech__ok' : 'tech__error'} role="status" data-testid="outbox-message">
          {message.text}
        </p>
      ) : null}
    </TechnicianFrame>
  );
}
