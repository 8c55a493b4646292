import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackReceipt } from '../../../src-main/api/channels/feedback';
import { useApi } from '../../api/api-context';
import { ScreenFrame } from '../../components/ScreenFrame';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { ReceiptLayout } from '../dossiers/ReceiptLayout';
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
  const { go } = useNavigation.getState();
  return (
    <ScreenFrame title={t('receipt.title')} testId="screen-feedback-receipt">
      {receipt ? (
        <ReceiptLayout
          saved={t('receipt.saved')}
          codeLabel={t('receipt.reference')}
          main={
            <>
              <FeedbackReference reference={receipt.reference} />
              <FeedbackFacts receipt={receipt} />
              <p className="dossier-note">{receipt.anonymous ? t('receipt.anonymousNote') : t('receipt.namedNote')}</p>
            </>
          }
          code={receipt.reference}
          qrLabel={t('receipt.qr')}
          lookup={{
            text: t('actions.lookup'),
            testId: 'feedback-receipt-lookup',
            onClick: () => go('feedback.lookup', { reference: receipt.reference }),
          }}
          done={{ text: t('actions.done'), testId: 'feedback-done' }}
        />
      ) : (
        <p className="lead" role="status">
          {failed ? t('errors.failed') : t('receipt.loading')}
        </p>
      )}
    </ScreenFrame>
  );
}
