import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanTestEntry } from '../../../src-main/api/channels/technician';
import { useApi } from '../../api/api-context';
import { useFormat } from '../../i18n/format';
import { HealthBadge } from './HealthBadge';
import { TechnicianFrame } from './TechnicianFrame';
import { useDeviceHealth } from './useDeviceHealth';
import { usePolling } from './usePolling';

function ScanRow({ scan }: { scan: ScanTestEntry }) {
  const { t } = useTranslation('technician');
  const time = useFormat().time(scan.at, 'medium');
  return (
    <li className={`tech__row tech-scan tech-scan--${scan.kind}`} data-testid="scan-entry" data-kind={scan.kind}>
      <div className="tech__row-main">
        <p className="tech__row-title">
          {t(`scan.kind.${scan.kind}`)} · <span className="tech__mono">{scan.detail}</span>
        </p>
        <p className="tech__row-detail">
          {time} · {t(`scan.source.${scan.source}`)}
          {scan.length !== null ? ` · ${t('scan.length', { count: scan.length })}` : ''}
        </p>
        {scan.payload !== null ? (
          <p className="tech-scan__payload tech__mono" data-testid="scan-payload">
            {scan.payload}
          </p>
        ) : null}
      </div>
    </li>
  );
}

/**
 * Scanner or card reader test: the last reads, as they arrived (control characters shown) and
 * what the kiosk made of them. A card holder's data is masked before it ever reaches here.
 */
function ScanTest({ device, testId, title }: { device: 'scanner' | 'idReader'; testId: string; title: string }) {
  const { t } = useTranslation('technician');
  const api = useApi();
  const health = useDeviceHealth()[device];
  const load = useCallback(() => api.call('technician.recentScans', {}), [api]);
  const { value, refresh } = usePolling(load, 3000);
  useEffect(() => api.on('scan.onScan', () => refresh()), [api, refresh]);
  const scans = (value?.scans ?? []).filter((s) => (device === 'idReader' ? s.source === 'idReader' : s.source !== 'idReader'));

  return (
    <TechnicianFrame title={title} testId={testId}>
      <section className="tech__section" aria-labelledby="scan-device">
        <h2 id="scan-device">{t(`devices.kind.${device}`)}</h2>
        <HealthBadge health={health} testId="scan-health" />
        <p className="lead">{t(`scan.prompt.${device}`)}</p>
      </section>
      <section className="tech__section" aria-labelledby="scan-latest" aria-live="polite">
        <h2 id="scan-latest">{t('scan.latest')}</h2>
        {scans.length === 0 ? <p>{t('scan.none')}</p> : null}
        <ul className="tech__list" data-testid="scan-list">
          {scans.map((s) => (
            <ScanRow key={`${s.at}-${s.source}-${s.detail}`} scan={s} />
          ))}
        </ul>
      </section>
    </TechnicianFrame>
  );
}

export function ScannerTestScreen() {
  const { t } = useTranslation('technician');
  return <ScanTest device="scanner" testId="screen-technician-scanner" title={t('scan.titleScanner')} />;
}

export function CardReaderTestScreen() {
  const { t } = useTranslation('technician');
  return <ScanTest device="idReader" testId="screen-technician-card-reader" title={t('scan.titleReader')} />;
}
