import { useTranslation } from 'react-i18next';
import { useDraft } from '../draft-store';
import { DateField } from '../fields/DateField';
import { TextField } from '../fields/TextField';
import type { StepProps } from './step-props';

/** Who is submitting: the details on the citizen ID card, and a phone the center can call. */
export function ApplicantStep({ errors }: StepProps) {
  const { t } = useTranslation('dossiers');
  const a = useDraft((s) => s.applicant);
  const set = useDraft((s) => s.setApplicant);
  const err = (key: string) => {
    const m = errors.get(`applicant.${key}`);
    return m ? t(`errors.${m}`) : undefined;
  };
  return (
    <div className="dossier-step" data-testid="dossier-step-applicant">
      <p className="lead">{t('applicant.lead')}</p>
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
