import { useTranslation } from 'react-i18next';
import { toBankName } from '../../../src-main/api/payment';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { SaveBar } from './SaveBar';
import { TechnicianFrame } from './TechnicianFrame';
import { useSettingsDraft } from './useSettingsDraft';

type PaymentKey = 'payment.bankBin' | 'payment.accountNumber' | 'payment.accountName' | 'payment.provinceFees';

const trim = (typed: unknown) => String(typed).trim();
/** Banks hold names in capitals without marks: a name typed in Vietnamese is saved that way; the rule refuses the rest. */
const TIDY = {
  'payment.bankBin': trim,
  'payment.accountNumber': trim,
  'payment.accountName': (typed: unknown) => toBankName(String(typed)),
  'payment.provinceFees': trim,
};

/**
 * The center's bank account for fees paid by VietQR, and the amounts the province sets. Core
 * checks each value against the VietQR field rules; a refusal names the setting and the rule.
 */
export function PaymentSettingsScreen() {
  const { t } = useTranslation('payment');
  const tt = useTranslation('technician').t;
  const { entries, loadFailed, reload, save, value, change, dirty, saveDraft } = useSettingsDraft<PaymentKey>(TIDY);

  if (!entries) {
    return (
      <TechnicianFrame title={t('settings.title')} testId="screen-technician-payment">
        {loadFailed ? (
          <>
            <p className="tech__error">{tt('common.failed')}</p>
            <TouchButton onClick={reload}>{tt('common.retry')}</TouchButton>
          </>
        ) : (
          <p>{tt('common.loading')}</p>
        )}
      </TechnicianFrame>
    );
  }

  const text = (key: PaymentKey) => String(value(key) ?? '');
  const field = (key: PaymentKey, id: string, maxLength: number, mode: 'numeric' | 'latin' | 'text') => (
    <div className="tech__field">
      <KioskTextField
        id={`payment-${id}`}
        testId={`payment-${id}`}
        className="tech__mono"
        label={t(`settings.${id}`)}
        hint={t(`settings.${id}Hint`)}
        mode={mode}
        maxLength={maxLength}
        value={text(key)}
        onChange={(v) => change({ [key]: v })}
      />
    </div>
  );
  const complete = ['payment.bankBin', 'payment.accountNumber', 'payment.accountName'].every((k) => text(k as PaymentKey).trim());

  return (
    <TechnicianFrame title={t('settings.title')} testId="screen-technician-payment">
      <section className="tech__section" aria-labelledby="payment-bank">
        <h2 id="payment-bank">{t('settings.bank')}</h2>
        <p className="tech__field-hint">{t('settings.bankLead')}</p>
        {field('payment.bankBin', 'bin', 6, 'numeric')}
        {field('payment.accountNumber', 'account', 19, 'latin')}
        {field('payment.accountName', 'name', 60, 'text')}
        <p className={complete ? 'tech__ok' : 'tech__error'} data-testid="payment-complete">
          {complete ? t('settings.complete') : t('settings.incomplete')}
        </p>
      </section>
      <section className="tech__section" aria-labelledby="payment-province">
        <h2 id="payment-province">{t('settings.province')}</h2>
        {field('payment.provinceFees', 'fees', 4000, 'latin')}
      </section>
      <SaveBar dirty={dirty} save={save} onSave={() => void saveDraft()} />
    </TechnicianFrame>
  );
}
