import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackReceipt } from '../../../src-main/api/channels/feedback';
import { useApi } from '../../api/api-context';
import { Icon } from '../../components/Icon';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { CodeQr } from '../dossiers/CodeQr';
import { FeedbackFacts, FeedbackReference } from './FeedbackResult';
import './feedback-screens';
import '../dossiers/dossiers.css';
import './feedback.css';

/** After sending: the reference to keep (with its QR) and where the feedback is. */
export function FeedbackReceiptScreen({ params }: { params: ScreenParams['feedback.receipt'] }) {
  const { t } = useTranslation('feedback');
  const api = useApi();
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    api.call('feedback.lookup', { reference: params.reference }).then(
      (r) => live && (r.local ? setReceipt(r.local) : setFailed(true)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, params.reference]);
  const { home, go } = useNavigation.getState();
  return (
    <ScreenFrame title={t('receipt.title')} testId="screen-feedback-receipt">
      {receipt ? (
        <div className="dossier-receipt">
          <div className="dossier-receipt__main">
            <p className="dossier-receipt__saved">
              <Icon name="check" size={40} /> {t('receipt.saved')}
            </p>
            <p className="dossier-receipt__code-label">{t('receipt.reference')}</p>
            <FeedbackReference reference={receipt.reference} />
            <FeedbackFacts receipt={receipt} />
            <p className="dossier-note">{receipt.anonymous ? t('receipt.anonymousNote') : t('receipt.namedNote')}</p>
          </div>
          <div className="dossier-receipt__side">
            <CodeQr data={receipt.reference} label={t('receipt.qr')} />
            <TouchButton
              size="large"
              onClick={() => go('feedback.lookup', { reference: receipt.reference })}
              data-testid="feedback-receipt-lookup"
            >
              {t('actions.lookup')}
            </TouchButton>
            <TouchButton variant="primary" size="large" icon="check" onClick={home} data-testid="feedback-done">
              {t('actions.done')}
            </TouchButton>
          </div>
        </div>
      ) : (
        <p className="lead" role="status">
          {failed ? t('errors.failed') : t('receipt.loading')}
        </p>
      )}
    </ScreenFrame>
  );
}
