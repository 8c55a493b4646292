import { useTranslation } from 'react-i18next';
import type { PaymentDue } from '../../../src-main/api/payment';
import { vndInFigures, vndInWords } from '../../../src-main/api/vnd-words';
import { useQrDataUrl } from '../../components/useQrDataUrl';
import { formatFee } from '../../i18n/format';
import './payment.css';

const QR_SIZE = 300;

/** Figures in the screen's language, words in Vietnamese ("50.000 đồng – năm mươi nghìn đồng"). */
export function AmountLine({ amountVnd }: { amountVnd: number }) {
  const { i18n } = useTranslation('payment');
  const figures = i18n.language === 'vi' ? vndInFigures(amountVnd) : formatFee(amountVnd, i18n.language);
  return (
    <p className="payment__amount" data-testid="payment-amount" data-amount={amountVnd}>
      <span className="payment__figures">{figures}</span>
      <span aria-hidden="true"> – </span>
      <span className="payment__words" lang="vi" data-testid="payment-words">
        {vndInWords(amountVnd)}
      </span>
    </p>
  );
}

function PayQr({ payload, amountVnd }: { payload: string; amountVnd: number }) {
  const { t, i18n } = useTranslation('payment');
  const src = useQrDataUrl(payload, QR_SIZE);
  if (!src) return null;
  return (
    <figure className="payment__qr" data-testid="payment-qr" data-qr={payload}>
      <img src={src} width={QR_SIZE} height={QR_SIZE} alt={t('qrAlt', { amount: formatFee(amountVnd, i18n.language) })} />
      <figcaption>{t('qrCaption')}</figcaption>
    </figure>
  );
}

/**
 * What the citizen owes for the dossier and how to pay it: a VietQR with the amount and the
 * dossier code already in it, or the counter. It never says the fee is paid: only the center knows.
 */
export function PaymentPanel({ payment, dossierCode }: { payment: PaymentDue; dossierCode: string }) {
  const { t } = useTranslation('payment');
  return (
    <section className="payment" aria-labelledby="payment-title" data-testid="payment-panel">
      <h2 id="payment-title" className="payment__title">
        {t('title')}
      </h2>
      <AmountLine amountVnd={payment.amountVnd} />
      {payment.qrPayload ? (
        <div className="payment__body">
          <PayQr payload={payment.qrPayload} amountVnd={payment.amountVnd} />
          <div className="payment__how">
            <p>{t('qrLead')}</p>
            <dl className="payment__facts">
              {payment.beneficiaryName ? (
                <div>
                  <dt>{t('beneficiary')}</dt>
                  <dd data-testid="payment-beneficiary">{payment.beneficiaryName}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('purpose')}</dt>
                <dd className="payment__mono">{dossierCode}</dd>
              </div>
            </dl>
            <p className="payment__cash" data-testid="payment-cash">
              {t('cash')}
            </p>
          </div>
        </div>
      ) : (
        <p className="payment__cash" data-testid="payment-cash">
          {t('cashOnly')}
        </p>
      )}
      <p className="payment__note">{t('exempt')}</p>
      <p className="payment__note">{t('notRecorded')}</p>
    </section>
  );
}
