import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { placeOf } from '../../../../src-main/api/places/address-parts';
import { isListEntry } from '../../../../src-main/api/reference-lists';
import { KioskTextField } from '../../../components/keyboard';
import { useDraft } from '../draft-store';
import { ChoiceField } from '../fields/ChoiceField';
import { PickListField } from '../fields/PickListField';
import { wardsOf } from '../fields/wards-of';
import type { StepProps } from './step-props';

/** Where the result goes: picked up at the counter, or by public postal service to an address. */
export function DeliveryStep({ procedure, errors }: StepProps) {
  const { t } = useTranslation('dossiers');
  const method = useDraft((s) => s.deliveryMethod);
  const setMethod = useDraft((s) => s.setDeliveryMethod);
  const postal = useDraft((s) => s.postal);
  const setPostal = useDraft((s) => s.setPostal);
  const applicant = useDraft((s) => s.applicant);
  const byPost = procedure.resultDelivery.includes('postal');
  const err = (key: string) => {
    const m = errors.get(`delivery.address.${key}`);
    return m ? t(`errors.${m}`) : undefined;
  };
  // The recipient is usually the applicant: start from their name and phone.
  useEffect(() => {
    if (method !== 'post') return;
    if (!postal.recipient) setPostal('recipient', applicant.fullName);
    if (!postal.phone) setPostal('phone', applicant.phone);
  }, [method, postal.recipient, postal.phone, applicant.fullName, applicant.phone, setPostal]);
  // …and from their residence, when it names today's commune and province and nothing is typed yet.
  useEffect(() => {
    if (method !== 'post' || postal.street || postal.ward || postal.province) return;
    const home = placeOf(applicant.address);
    if (!home.commune || !home.province) return;
    setPostal('street', home.rest);
    setPostal('ward', home.commune);
    setPostal('province', home.province);
  }, [method, postal.street, postal.ward, postal.province, applicant.address, setPostal]);
  const options = [{ value: 'counter', label: t('delivery.counter'), detail: t('delivery.counterDetail') }];
  if (byPost) options.push({ value: 'post', label: t('delivery.post'), detail: t('delivery.postDetail') });
  return (
    <div className="dossier-step" data-testid="dossier-step-delivery">
      <ChoiceField
        label={t('delivery.label')}
        options={options}
        value={method}
        onChange={(v) => setMethod(v === 'post' ? 'post' : 'counter')}
        testId="delivery"
      />
      {!byPost ? <p className="dossier-note">{t('delivery.counterOnly')}</p> : null}
      {method === 'post' ? (
        <div className="dossier-postal">
          <KioskTextField
            label={t('delivery.recipient')}
            value={postal.recipient}
            onChange={(v) => setPostal('recipient', v)}
            autoCapitalize="words"
            required
            error={err('recipient')}
            testId="postal-recipient"
          />
          <KioskTextField
            label={t('applicant.phone')}
            value={postal.phone}
            onChange={(v) => setPostal('phone', v)}
            mode="phone"
            maxLength={20}
            required
            error={err('phone')}
            testId="postal-phone"
          />
          <KioskTextField
            label={t('delivery.street')}
            hint={t('delivery.streetHint')}
            value={postal.street}
            onChange={(v) => setPostal('street', v)}
            required
            error={err('street')}
            testId="postal-street"
          />
          <PickListField
            list="provinces"
            label={t('delivery.province')}
            hint={t('delivery.provinceHint')}
            value={postal.province}
            onChange={(v) => setPostal('province', v)}
            required
            error={err('province')}
            testId="postal-province"
          />
          <PickListField
            source={wardsOf(postal.province)}
            label={t('delivery.ward')}
            hint={isListEntry('provinces', postal.province) ? t('places:communeHint') : t('places:communeFirst')}
            value={postal.ward}
            onChange={(v) => setPostal('ward', v)}
            required
            error={err('ward')}
            testId="postal-ward"
          />
        </div>
      ) : null}
    </div>
  );
}
