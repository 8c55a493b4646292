import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../../src-main/api/channels/printing';
import { useApi } from '../../api/api-context';

/**
 * The kiosk's one print queue as it stands: what waits and why, what is printing, and what ended
 * in the last 12 hours, kept current by `printing.onJob`.
 */
export function PrintQueuePanel() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const [jobs, setJobs] = useState<PrintJob[] | null>(null);
  const reload = useCallback(() => {
    api.call('printing.jobs', {}).then(setJobs, () => undefined);
  }, [api]);
  useEffect(() => {
    reload();
    return api.on('printing.onJob', () => reload());
  }, [api, reload]);

  return (
    <section className="tech__section" aria-labelledby="print-queue" data-testid="print-queue">
      <h2 id="print-queue">{t('printer.jobs.title')}</h2>
      {jobs && jobs.length === 0 ? <p className="tech__field-hint">{t('printer.jobs.empty')}</p> : null}
      <ul className="tech__list">
        {(jobs ?? []).map((job) => (
          <li key={job.id} data-testid="print-job" data-state={job.state}>
            <strong>{t(`printer.jobs.owner.${job.owner}`)}</strong> {job.title.replace(/^(ticket|receipt|test page)\s*/, '')} ·{' '}
            <span className={job.state === 'failed' || job.reason ? 'tech__error' : job.state === 'printed' ? 'tech__ok' : ''}>
              {t(`printer.jobs.state.${job.state}`)}
              {job.reason && job.state !== 'printed' ? ` · ${t(`devices.state.${job.reason}`)}` : ''}
              {job.state === 'failed' && job.sent ? ` · ${t('printer.jobs.sent')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
