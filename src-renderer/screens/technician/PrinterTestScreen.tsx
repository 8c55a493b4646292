import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestPrintResult } from '../../../src-main/api/channels/devices';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { TouchButton } from '../../components/TouchButton';
import { HealthBadge } from './HealthBadge';
import { PrintQueuePanel } from './PrintQueuePanel';
import { TechIcon } from './TechIcon';
import { TechnicianFrame } from './TechnicianFrame';
import { useDeviceHealth } from './useDeviceHealth';

/**
 * A test page with Vietnamese text and a QR, and, from the emulated printer, a picture of what
 * came out: the technician sees the diacritics and the cut without walking to the printer.
 */
export function PrinterTestScreen() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const health = useDeviceHealth().printer;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestPrintResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const print = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.call('devices.testPrint', {}));
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('common.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <TechnicianFrame title={t('printer.title')} testId="screen-technician-printer">
      <section className="tech__section" aria-labelledby="printer-now">
        <h2 id="printer-now">{t('devices.kind.printer')}</h2>
        <HealthBadge health={health} testId="printer-health" />
        <p className="tech__field-hint">{t('printer.lead')}</p>
        <div className="tech__actions">
          <TouchButton variant="primary" size="large" onClick={() => void print()} disabled={busy} data-testid="printer-test">
            <TechIcon name="printer" size={36} /> {busy ? t('printer.printing') : t('printer.print')}
          </TouchButton>
        </div>
        <p role="status" data-testid="printer-result" data-state={result?.outcome.state ?? (error ? 'error' : '')}>
          {result?.outcome.state === 'printed' ? <span className="tech__ok">{t('printer.printed')}</span> : null}
          {result?.outcome.state === 'queued' ? (
            <span className="tech__error">{t('printer.queued', { reason: t(`devices.state.${result.outcome.reason ?? 'offline'}`) })}</span>
          ) : null}
          {result?.outcome.state === 'failed' ? (
            <span className="tech__error">
              {t('printer.unconfirmed', { reason: t(`devices.state.${result.outcome.reason ?? 'offline'}`) })}
            </span>
          ) : null}
          {error ? <span className="tech__error">{error}</span> : null}
        </p>
      </section>
      {result?.preview ? (
        <section className="tech__section" aria-labelledby="printer-preview">
          <h2 id="printer-preview">{t('printer.preview')}</h2>
          <div className="tech-receipt">
            <img src={result.preview} alt={t('printer.previewAlt')} data-testid="printer-preview" />
          </div>
        </section>
      ) : null}
      {result && !result.preview && result.outcome.state === 'printed' ? (
        <p className="tech__field-hint">{t('printer.noPreview')}</p>
      ) : null}
      <PrintQueuePanel />
    </TechnicianFrame>
  );
}
