import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../../src-main/api/center-clock';
import { localized } from '../../../../src-main/api/channels/catalog';
import { askedNow, parseVietnameseDate } from '../../../../src-main/api/dossier-rules';
import { TouchButton } from '../../../components/TouchButton';
import { applicableDocuments, FROM_APPLICANT } from '../draft-build';
import { type Step, useDraft } from '../draft-store';
import type { StepProps } from './step-props';

function Section({ title, step, children }: { title: string; step: Step; children: ReactNode }) {
  const { t } = useTranslation('dossiers');
  const setStep = useDraft((s) => s.setStep);
  return (
    <section className="dossier-review__section" aria-label={title}>
      <header className="dossier-review__head">
        <h2>{title}</h2>
        <TouchButton onClick={() => setStep(step)} data-testid={`review-edit-${step}`}>
          {t('review.edit')}
        </TouchButton>
      </header>
      <dl className="dossier-review__list">{children}</dl>
    </section>
  );
}

/** A real typed date in the language's words ("ngày 2 tháng 8 năm 1995"), so a swapped day and month shows; otherwise as typed. */
const showDate = (typed: string, lang: string) => {
  const iso = parseVietnameseDate(typed);
  return iso ? formatCalendarDate(iso, lang, 'long') : typed;
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="dossier-review__row">
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
}

/** Everything once more, in the citizen's words, with a way back to each part before submitting. */
export function ReviewStep({ procedure, lang }: StepProps) {
  const { t } = useTranslation('dossiers');
  const s = useDraft();
  const formValue = (id: string, type: string, value: string) => {
    if (type === 'date') return showDate(value, lang);
    if (type !== 'select') return value;
    const f = procedure.formFields.find((x) => x.id === id);
    const o = f?.options?.find((x) => x.value === value);
    return o ? localized(o.label, lang) : value;
  };
  const applies = applicableDocuments(procedure, s);
  const total = applies.filter(Boolean).length;
  const provided = procedure.documents.filter((_d, i) => applies[i] && s.documents[i] === true);
  return (
    <div className="dossier-step dossier-review" data-testid="dossier-step-review">
      <p className="lead">{t('review.lead')}</p>
      <Section title={t('steps.applicant')} step="applicant">
        <Row label={t('applicant.fullName')} value={s.applicant.fullName} />
        <Row label={t('applicant.citizenId')} value={s.applicant.citizenId} />
        <Row label={t('applicant.dateOfBirth')} value={showDate(s.applicant.dateOfBirth, lang)} />
        <Row label={t('applicant.phone')} value={s.applicant.phone} />
        <Row label={t('applicant.address')} value={s.applicant.address} />
        {s.applicant.email ? <Row label={t('applicant.email')} value={s.applicant.email} /> : null}
      </Section>
      {procedure.formFields.length > 0 ? (
        <Section title={t('steps.form')} step="form">
          {procedure.formFields
            .filter((f) => !FROM_APPLICANT.has(f.id) && askedNow(f, s.form))
            .map((f) => (
              <Row key={f.id} label={localized(f.label, lang)} value={formValue(f.id, f.type, s.form[f.id] ?? '')} />
            ))}
        </Section>
      ) : null}
      {total > 0 ? (
        <Section title={t('steps.documents')} step="documents">
          <Row
            label={t('review.documentsProvided', { provided: provided.length, total })}
            value={provided.map((d) => localized(d.name, lang)).join('; ')}
          />
        </Section>
      ) : null}
      <Section title={t('steps.delivery')} step="delivery">
        <Row label={t('delivery.label')} value={s.deliveryMethod === 'post' ? t('delivery.post') : t('delivery.counter')} />
        {s.deliveryMethod === 'post' ? (
          <Row
            label={t('delivery.address')}
            value={[s.postal.recipient, s.postal.phone, s.postal.street, s.postal.ward, s.postal.province].filter(Boolean).join(', ')}
          />
        ) : null}
      </Section>
    </div>
  );
}
