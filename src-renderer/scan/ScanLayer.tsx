import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { Icon } from '../components/Icon';
import { TouchButton } from '../components/TouchButton';
import { offerChipAfterQrScan } from '../screens/cards/offer-chip';
import { useKiosk } from '../stores/kiosk-store';
import { useNavigation } from '../stores/navigation-store';
import { clearScannedCard } from './id-card-store';
import { useScanFeedback } from './scan-feedback-store';
import { routeScan } from './scan-router';
import { registerScanRoutes } from './scan-routes';
import { useWedgeScanner } from './useWedgeScanner';
import './scan.css';

registerScanRoutes();

const SHOW_MS = 7000;

/**
 * Always mounted: takes every scan (serial scanner, keyboard wedge, camera, card reader) from
 * main, routes it, and tells the citizen what happened in a message at the bottom of the screen.
 */
export function ScanLayer() {
  const api = useApi();
  const { t } = useTranslation('scan');
  const feedback = useScanFeedback((s) => s.current);
  const dismiss = useScanFeedback((s) => s.dismiss);
  useWedgeScanner(api);

  useEffect(() => api.on('scan.onScan', (event) => routeScan(event, useKiosk.getState().role)), [api]);
  useEffect(() => offerChipAfterQrScan(api), [api]);

  // A visit ends on the home screen: the card read during it is forgotten.
  useEffect(
    () =>
      useNavigation.subscribe((state, previous) => {
        if (state.stack.length === 1 && previous.stack.length > 1) clearScannedCard();
      }),
    [],
  );

  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(dismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [feedback, dismiss]);

  if (!feedback) return null;
  return (
    <div className={`scan-feedback scan-feedback--${feedback.tone}`} role="status" aria-live="polite" data-testid="scan-feedback">
      <Icon name={feedback.tone === 'ok' ? 'check' : 'alert'} size={44} />
      <p className="scan-feedback__text">{t(feedback.messageKey, feedback.values ?? {})}</p>
      {feedback.offerClearCard ? (
        <TouchButton
          variant="secondary"
          onClick={() => {
            clearScannedCard();
            dismiss();
          }}
          data-testid="scan-clear-card"
        >
          {t('card.clear')}
        </TouchButton>
      ) : null}
      <TouchButton variant="ghost" onClick={dismiss} aria-label={t('feedback.close')} data-testid="scan-feedback-close">
        {t('feedback.close')}
      </TouchButton>
    </div>
  );
}
