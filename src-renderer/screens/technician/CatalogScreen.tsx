import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogInfo, CatalogSyncOutcome } from '../../../src-main/api/channels/catalog';
import { useApi } from '../../api/api-context';
import { TouchButton } from '../../components/TouchButton';
import { useFormat } from '../../i18n/format';
import { TechIcon } from './TechIcon';
import { TechnicianFrame } from './TechnicianFrame';
import { usePolling } from './usePolling';

/** Which catalog the kiosk shows, where it came from, and an update from the center now. */
export function CatalogScreen() {
  const { t } = useTranslation('technician');
  const f = useFormat();
  const api = useApi();
  const load = useCallback(() => api.call('catalog.info', {}), [api]);
  const { value: polled, failed } = usePolling(load, 30_000);
  const [fresh, setFresh] = useState<CatalogInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ outcome: CatalogSyncOutcome | 'error'; message: string | null } | null>(null);
  const info = fresh ?? polled;

  const update = async () => {
    setBusy(true);
    setResult(null);
    try {
      const r = await api.call('catalog.refresh', {});
      setFresh(r.info);
      setResult({ outcome: r.outcome, message: r.message });
    } catch (err) {
      setResult({ outcome: 'error', message: err instanceof Error ? err.message : null });
    } finally {
      setBusy(false);
    }
  };

  const when = (iso: string | null) => (iso ? f.dateTime(iso) : t('catalog.never'));

  const rows: [string, string][] = info
    ? [
        [t('catalog.version'), info.version],
        [t('catalog.source'), t(`catalog.sources.${info.source}`)],
        [t('catalog.contents'), t('catalog.counts', { procedures: info.procedureCount, fields: info.fieldCount })],
        [t('catalog.importedAt'), when(info.importedAt)],
        [t('catalog.lastCheck'), info.lastOutcome ? `${when(info.lastCheckAt)} · ${t(`catalog.outcome.${info.lastOutcome}`)}` : when(null)],
      ]
    : [];

  return (
    <TechnicianFrame title={t('catalog.title')} testId="screen-technician-catalog">
      {failed && !info ? <p className="tech__error">{t('common.failed')}</p> : null}
      {info ? (
        <section className="tech__section" aria-labelledby="catalog-now">
          <h2 id="catalog-now">{t('catalog.current')}</h2>
          <dl className="tech-facts" data-testid="catalog-info">
            {rows.map(([label, value]) => (
              <div key={label} className="tech-facts__row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {info.lastError && !result ? <p className="tech__row-detail tech__mono">{info.lastError}</p> : null}
        </section>
      ) : null}
      <section className="tech__section" aria-labelledby="catalog-update">
        <h2 id="catalog-update">{t('catalog.update')}</h2>
        <p className="tech__field-hint">{t('catalog.updateHint')}</p>
        <div className="tech__actions">
          <TouchButton variant="primary" onClick={() => void update()} disabled={busy} data-testid="catalog-update">
            <TechIcon name="refresh" size={28} /> {busy ? t('catalog.updating') : t('catalog.updateNow')}
          </TouchButton>
        </div>
        {result ? (
          <p
            className={result.outcome === 'updated' || result.outcome === 'not-modified' ? 'tech__ok' : 'tech__error'}
            role="status"
            data-testid="catalog-update-result"
            data-outcome={result.outcome}
          >
            {t(`catalog.outcome.${result.outcome}`)}
            {result.message ? <span className="tech__row-detail tech__mono"> ({result.message})</span> : null}
          </p>
        ) : null}
      </section>
    </TechnicianFrame>
  );
}
