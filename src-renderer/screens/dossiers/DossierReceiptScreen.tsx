import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatMoment } from '../../../src-main/api/center-clock';
import { fallbackLang, localized } from '../../../src-main/api/channels/catalog';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import { formatDossierCode } from '../../../src-main/api/codes';
import { Icon } from '../../components/Icon';
import { RatingPrompt } from '../../components/rating/RatingPrompt';
import { ScreenFrame } from '../../components/ScreenFrame';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { PaymentPanel } from '../payment/PaymentPanel';
import { NextSteps } from './NextSteps';
import { ReceiptLayout } from './ReceiptLayout';
import { StateBadge } from './StateBadge';
import { useDossierReceipt, useReceiptPrint } from './useDossierReceipt';
import './dossier-screens';
import './dossiers.css';

function Details({ receipt }: { receipt: DossierReceipt }) {
  const { t, i18n } = useTranslation('dossiers');
  const lang = i18n.language;
  return (
    <dl className="dossier-receipt__facts">
      <div>
        <dt>{t('receipt.procedure')}</dt>
        <dd lang={fallbackLang(receipt.procedureName, lang)}>{localized(receipt.procedureName, lang)}</dd>
      </div>
      <div>
        <dt>{t('receipt.submitted')}</dt>
        <dd>{formatMoment(receipt.submittedAt, lang)}</dd>
      </div>
      {receipt.expectedResultDate ? (
        <div>
          <dt>{t('receipt.expected')}</dt>
          <dd data-testid="receipt-expected">{formatCalendarDate(receipt.expectedResultDate, lang, 'weekday')}</dd>
        </div>
      ) : null}
      {receipt.delivery ? (
        <div>
          <dt>{t('delivery.label')}</dt>
          <dd>{receipt.delivery === 'post' ? t('delivery.post') : t('delivery.counter')}</dd>
        </div>
      ) : null}
      {receipt.documentsListed > 0 ? (
        <div>
          <dt>{t('receipt.documents')}</dt>
          <dd data-testid="receipt-documents-count">
            {t('receipt.documentsValue', { provided: receipt.documentsProvided, total: receipt.documentsListed })}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** Shown at once after submitting: the code to keep, its QR, the dates, and where the dossier is. */
export function DossierReceiptScreen({ params }: { params: ScreenParams['dossier.receipt'] }) {
  const { t } = useTranslation('dossiers');
  const { go } = useNavigation.getState();
  const { receipt, error } = useDossierReceipt(params.code);
  const print = useReceiptPrint(params.code, receipt !== null);
  return (
    <ScreenFrame title={t('receipt.title')} testId="screen-dossier-receipt">
      {receipt ? (
        <ReceiptLayout
          saved={t('receipt.saved')}
          codeLabel={t('receipt.code')}
          main={
            <>
              <p className="dossier-receipt__code" data-testid="receipt-code" data-code={receipt.code}>
                {formatDossierCode(receipt.code)}
              </p>
              <StateBadge state={receipt.state} />
              <Details receipt={receipt} />
              <NextSteps receipt={receipt} />
              {receipt.payment ? <PaymentPanel payment={receipt.payment} dossierCode={receipt.code} /> : null}
              <RatingPrompt flow="dossier" />
            </>
          }
          code={receipt.code}
          qrLabel={t('receipt.qr')}
          side={
            print ? (
              <p className={`dossier-print dossier-print--${print}`} role="status" data-testid="receipt-print">
                <Icon name="printer" size={32} /> {t(`print.${print}`)}
              </p>
            ) : null
          }
          lookup={{ text: t('receipt.checkStatus'), testId: 'receipt-status', onClick: () => go('dossier.status', { code: receipt.code }) }}
          done={{ text: t('receipt.done'), testId: 'receipt-done' }}
        />
      ) : (
        <p className="lead" role="status">
          {error ? t('errors.receiptNotFound') : t('receipt.loading')}
        </p>
      )}
    </ScreenFrame>
  );
}
