import { useTranslation } from 'react-i18next';
import { type FormField, localized } from '../../../../src-main/api/channels/catalog';
import { askedNow, parseVietnameseDate, requiredNow } from '../../../../src-main/api/dossier-rules';
import { KioskTextField } from '../../../components/keyboard';
import { useChipRead } from '../../cards/chip-store';
import { FROM_APPLICANT, fromApplicantAs } from '../draft-build';
import { useDraft } from '../draft-store';
import { AddressField } from '../fields/AddressField';
import { ChoiceField } from '../fields/ChoiceField';
import { NATIONALITY_FIRST, useCountryName, useNationalitySource } from '../fields/country-name';
import { DateField } from '../fields/DateField';
import { PickListField } from '../fields/PickListField';
import { TimeField } from '../fields/TimeField';
import type { StepProps } from './step-props';

/** The procedure's own questions, built from the catalog's form fields. */
export function FormFieldsStep({ procedure, lang, errors }: StepProps) {
  const { t } = useTranslation('dossiers');
  const inLanguage = useCountryName(lang);
  const nationalities = useNationalitySource(lang);
  const chip = useChipRead((c) => (c.result?.verified ? c.result : null));
  const values = useDraft((s) => s.form);
  const setForm = useDraft((s) => s.setForm);
  const set = (id: string, value: string) => {
    setForm(id, value);
    if (id === 'relationship')
      for (const [k, v] of Object.entries(fromApplicantAs(value, useDraft.getState(), procedure, chip?.identity))) setForm(k, v);
  };
  if (procedure.formFields.length === 0) {
    return (
      <div className="dossier-step" data-testid="dossier-step-form">
        <p className="lead">{t('form.none')}</p>
      </div>
    );
  }
  // The label of the field a message names: the one whose answer makes this one required
  // ("requiredWith"), the date this one may not come before ("dateBeforeField"), or the choice
  // whose case rules out the option chosen here ("notInCase").
  const otherLabel = (f: FormField, message: string): string => {
    const id =
      message === 'dateBeforeField'
        ? f.notBefore
        : message === 'notInCase'
          ? f.options?.find((o) => o.value === values[f.id])?.askedWhen?.field
          : f.requiredWith;
    const other = procedure.formFields.find((g) => g.id === id);
    return other ? localized(other.label, lang) : '';
  };
  // A date's notice, once the date typed is on or after its day: told, never refused.
  const notice = (f: FormField, message: string | undefined) => {
    const typed = parseVietnameseDate(values[f.id] ?? '');
    if (!f.notice || message || typed === null || typed < f.notice.from) return null;
    return (
      <p key={`${f.id}-notice`} className="dossier-note dossier-note--warn" role="status" data-testid={`form-${f.id}-notice`}>
        {localized(f.notice.text, lang)}
      </p>
    );
  };
  const field = (f: FormField) => {
    const label = localized(f.label, lang);
    const hint = f.hint ? localized(f.hint, lang) : undefined;
    const message = errors.get(`form.${f.id}`);
    const error = message ? t(`errors.${message}`, { field: otherLabel(f, message) }) : undefined;
    const value = values[f.id] ?? '';
    const required = requiredNow(f, values);
    const common = { label, value, onChange: (v: string) => set(f.id, v), required, error, testId: `form-${f.id}` };
    switch (f.type) {
      case 'date':
        return [<DateField key={f.id} {...common} {...(hint ? { hint } : {})} />, notice(f, message)];
      case 'select':
        return (
          <ChoiceField
            key={f.id}
            {...common}
            hint={hint}
            // The options of the case chosen, and the one already chosen if that case has changed since,
            // so that its message says what to choose again.
            options={(f.options ?? [])
              .filter((o) => o.value === value || askedNow(o, values))
              .map((o) => ({ value: o.value, label: localized(o.label, lang) }))}
          />
        );
      case 'number':
        return <KioskTextField key={f.id} {...common} hint={hint} mode="numeric" maxLength={f.maxLength ?? 20} />;
      case 'year':
        return (
          <KioskTextField
            key={f.id}
            {...common}
            hint={hint ?? t('form.yearHint')}
            mode="numeric"
            maxLength={4}
            onChange={(v) => set(f.id, v.replace(/\D/g, ''))}
          />
        );
      case 'time':
        return <TimeField key={f.id} {...common} hint={hint ?? t('form.timeHint')} />;
      case 'phone':
        return <KioskTextField key={f.id} {...common} hint={hint ?? t('applicant.phoneHint')} mode="phone" maxLength={20} />;
      case 'idNumber':
        return (
          <KioskTextField
            key={f.id}
            {...common}
            hint={hint}
            mode="numeric"
            maxLength={12}
            onChange={(v) => set(f.id, v.replace(/\D/g, ''))}
          />
        );
      case 'address':
        return <AddressField key={f.id} {...common} hint={hint} />;
      case 'textarea':
        return <KioskTextField key={f.id} {...common} hint={hint} maxLength={f.maxLength ?? 500} multiline />;
      case 'text':
        if (f.list === 'nationalities')
          return (
            <PickListField
              key={f.id}
              {...common}
              source={nationalities}
              hint={hint ?? t('places:nationalityHint')}
              suggest={NATIONALITY_FIRST}
              describe={inLanguage}
            />
          );
        if (f.list) return <PickListField key={f.id} {...common} list={f.list} hint={hint} />;
        return <KioskTextField key={f.id} {...common} hint={hint} maxLength={f.maxLength ?? 200} autoCapitalize="words" />;
      default: {
        const never: never = f.type;
        throw new Error(`form field of unknown type ${String(never)}`);
      }
    }
  };
  return (
    <div className="dossier-step" data-testid="dossier-step-form">
      <p className="lead">{t('form.lead')}</p>
      {procedure.formFields.some((f) => FROM_APPLICANT.has(f.id)) ? <p className="dossier-note">{t('form.requesterKnown')}</p> : null}
      {procedure.formFields.filter((f) => !FROM_APPLICANT.has(f.id) && askedNow(f, values)).map(field)}
    </div>
  );
}
