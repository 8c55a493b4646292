import { useTranslation } from 'react-i18next';
import type { PaymentState as State } from '../../../src-main/api/payment';
import './payment.css';

/** "Paid" or "not paid yet", only ever as the center's status answer says it. */
export function PaymentStateLine({ state }: { state: State }) {
  const { t } = useTranslation('payment');
  return (
    <p className={`payment-state payment-state--${state}`} data-testid="status-payment" data-payment={state}>
      <span className="payment-state__label">{t('state.label')}:</span> {t(`state.${state}`)}
    </p>
  );
}
