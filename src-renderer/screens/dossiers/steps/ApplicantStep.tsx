import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVietnameseDate } from '../../../../src-main/api/dossier-rules';
import { useApi } from '../../../api/api-context';
import { Icon } from '../../../components/Icon';
import { useDraft } from '../draft-store';
import { DateField } from '../fields/DateField';
import { TextField } from '../fields/TextField';
import type { StepProps } from './step-props';

/** Who is submitting: the details on the citizen ID card, and a phone the center can call. */
export function ApplicantStep({ errors }: StepProps) {
  const { t } = useTranslation('dossiers');
  const a = useDraft((s) => s.applicant);
  const set = useDraft((s) => s.setApplicant);
  const api = useApi();
  const [fromCard, setFromCard] = useState(false);
  // A citizen ID card held to the reader (or its QR to the scanner) fills in what it carries.
  useEffect(
    () =>
      api.on('scan.onScan', ({ scan }) => {
        if (scan.kind !== 'cccd') return;
        set('fullName', scan.fullName);
        set('citizenId', scan.idNumber);
        set('dateOfBirth', formatVietnameseDate(scan.dateOfBirth));
        set('address', scan.address);
        setFromCard(true);
      }),
    [api, set],
  );
  const err = (key: string) => {
    const m = errors.get(`applicant.${key}`);
    return m ? t(`errors.${m}`) : undefined;
  };
  return (
    <div className="dossier-step" data-testid="dossier-step-applicant">
      <p className="lead">{t('applicant.lead')}</p>
      {fromCard ? (
        <p className="dossier-note dossier-note--ok" role="status" data-testid="applicant-from-card">
          <Icon name="check" size={28} /> {t('applicant.fromCard')}
        </p>
      ) : (
        <p className="dossier-note">{t('applicant.scanHint')}</p>
      )}
      <TextField
        label={t('applicant.fullName')}
        value={a.fullName}
        onChange={(v) => set('fullName', v)}
        autoCapitalize="words"
        maxLength={100}
        required
        error={err('fullName')}
        testId="applicant-fullName"
      />
      <TextField
        label={t('applicant.citizenId')}
        hint={t('applicant.citizenIdHint')}
        value={a.citizenId}
        onChange={(v) => set('citizenId', v.replace(/\D/g, ''))}
        mode="numeric"
        maxLength={12}
        required
        error={err('citizenId')}
        testId="applicant-citizenId"
      />
      <DateField
        label={t('applicant.dateOfBirth')}
        value={a.dateOfBirth}
        onChange={(v) => set('dateOfBirth', v)}
        required
        error={err('dateOfBirth')}
        testId="applicant-dateOfBirth"
      />
      <TextField
        label={t('applicant.phone')}
        hint={t('applicant.phoneHint')}
        value={a.phone}
        onChange={(v) => set('phone', v)}
        mode="phone"
        maxLength={20}
        required
        error={err('phone')}
        testId="applicant-phone"
      />
      <TextField
        label={t('applicant.address')}
        hint={t('applicant.addressHint')}
        value={a.address}
        onChange={(v) => set('address', v)}
        maxLength={300}
        required
        multiline
        error={err('address')}
        testId="applicant-address"
      />
      <TextField
        label={t('applicant.email')}
        value={a.email}
        onChange={(v) => set('email', v)}
        mode="email"
        maxLength={254}
        error={err('email')}
        testId="applicant-email"
      />
    </div>
  );
}
