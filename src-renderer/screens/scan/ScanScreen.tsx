import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCAN_SUBMIT_CHARS } from '../../../src-main/api/channels/scan';
import { useApi } from '../../api/api-context';
import { Icon } from '../../components/Icon';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useCameraScanner } from './useCameraScanner';
import './scan-screens';
import '../../scan/scan.css';

/**
 * How to scan a code: under the scanner (the usual way), or in front of the camera. Whatever is
 * read goes to main like any other scan; the scan router then opens the right screen.
 */
export function ScanScreen() {
  const { t } = useTranslation('scan');
  const api = useApi();
  const video = useRef<HTMLVideoElement | null>(null);
  const onCode = useCallback(
    (text: string) => {
      if (!text) return;
      api.call('scan.submit', { payload: text.slice(0, MAX_SCAN_SUBMIT_CHARS), source: 'camera' }).catch(() => undefined);
    },
    [api],
  );
  const camera = useCameraScanner(video, onCode);
  return (
    <ScreenFrame title={t('screen.title')} testId="screen-scan">
      <div className="scan-screen">
        <p className="lead">{t('screen.lead')}</p>
        <div className="scan-screen__ways">
          <section className="scan-way" aria-labelledby="scan-way-scanner">
            <Icon name="qr" size={96} />
            <h2 id="scan-way-scanner">{t('screen.scanner.title')}</h2>
            <p>{t('screen.scanner.body')}</p>
          </section>
          <section className="scan-way" aria-labelledby="scan-way-camera">
            <h2 id="scan-way-camera">{t('screen.camera.title')}</h2>
            <div className="scan-camera" hidden={camera === 'unavailable'}>
              <video ref={video} muted playsInline data-testid="scan-camera-video" />
              <div className="scan-camera__frame" />
            </div>
            <p className="scan-camera__status" role="status" data-testid="scan-camera-status" data-state={camera}>
              {t(`screen.camera.${camera}`)}
            </p>
          </section>
        </div>
      </div>
    </ScreenFrame>
  );
}
