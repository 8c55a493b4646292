import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { slashDate } from '../../../../src-main/api/center-clock';
import { namesOldDistrict } from '../../../../src-main/api/reference-lists';
import { Icon } from '../../../components/Icon';
import { KioskTextField } from '../../../components/keyboard';
import { useIdCard } from '../../../scan/id-card-store';
import { useChipRead, verifiedChipFor } from '../../cards/chip-store';
import { useDraft } from '../draft-store';
import { AddressField } from '../fields/AddressField';
import { DateField } from '../fields/DateField';
import type { StepProps } from './step-props';

/** Who is submitting: the details on the citizen ID card, and a phone the center can call. */
export function ApplicantStep({ errors }: StepProps) {
  const { t } = useTranslation('dossiers');
  const a = useDraft((s) => s.applicant);
  const set = useDraft((s) => s.setApplicant);
  const card = useIdCard((c) => c.card);
  const cardAt = useIdCard((c) => c.readAt);
  // The chip's data counts only when passive authentication passed and it is the card scanned.
  const chip = verifiedChipFor(
    useChipRead((c) => c.result),
    card?.idNumber,
  );
  const appliedAt = useDraft((d) => d.cardAppliedAt);
  const confirmed = useDraft((d) => d.addressConfirmed !== null && d.addressConfirmed === d.applicant.address);
  const confirmAddress = useDraft((d) => d.confirmAddress);
  const markApplied = useDraft((d) => d.markCardApplied);
  // A citizen ID card read, before or during this step, fills in what it carries, once per read:
  // later edits by the citizen are kept. The chip's verified data wins over the printed QR's.
  useEffect(() => {
    if (chip) {
      if (chip.readAt === appliedAt) return;
      set('fullName', chip.identity.fullName);
      set('citizenId', chip.identity.idNumber);
      set('dateOfBirth', slashDate(chip.identity.dateOfBirth));
      set('address', chip.identity.placeOfResidence);
      markApplied(chip.readAt);
      return;
    }
    if (!card || cardAt === null || cardAt === appliedAt) return;
    set('fullName', card.fullName);
    set('citizenId', card.idNumber);
    set('dateOfBirth', slashDate(card.dateOfBirth));
    set('address', card.address);
    markApplied(cardAt);
  }, [card, cardAt, chip, appliedAt, set, markApplied]);
  const source = appliedAt === null ? null : chip && appliedAt === chip.readAt ? 'chip' : 'qr';
  const err = (key: string) => {
    const m = errors.get(`applicant.${key}`);
    return m ? t(`errors.${m}`) : undefined;
  };
  return (
    <div className="dossier-step" data-testid="dossier-step-applicant">
      <p className="lead">{t('applicant.lead')}</p>
      {source ? (
        <p className="dossier-note dossier-note--ok" role="status" data-testid="applicant-from-card" data-source={source}>
          <Icon name="check" size={28} /> {t(source === 'chip' ? 'applicant.fromChip' : 'applicant.fromQr')}
        </p>
      ) : (
        <p className="dossier-note">{t('applicant.scanHint')}</p>
      )}
      <KioskTextField
        label={t('applicant.fullName')}
        value={a.fullName}
        onChange={(v) => set('fullName', v)}
        autoCapitalize="words"
        maxLength={100}
        required
        error={err('fullName')}
        testId="applicant-fullName"
      />
      <KioskTextField
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
      <KioskTextField
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
      <AddressField
        label={t('applicant.address')}
        hint={t('applicant.addressHint')}
        value={a.address}
        onChange={(v) => set('address', v)}
        required
        error={err('address')}
        testId="applicant-address"
        oldNote={
          namesOldDistrict(a.address) ? (
            <div className="dossier-note dossier-note--warn" role="note" data-testid="applicant-address-old">
              <p>
                <Icon name="alert" size={28} /> {t('applicant.addressOld')}
              </p>
              <label className={`dossier-doc${confirmed ? ' dossier-doc--on' : ''}`} data-testid="applicant-address-confirm">
                <input
                  type="checkbox"
                  className="visually-hidden"
                  checked={confirmed}
                  onChange={() => confirmAddress(confirmed ? null : a.address)}
                />
                <span className="dossier-doc__box" aria-hidden="true">
                  {confirmed ? <Icon name="check" size={36} /> : null}
                </span>
                <span className="dossier-doc__name">{t('applicant.addressConfirm')}</span>
              </label>
            </div>
          ) : null
        }
      />
      <KioskTextField
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
