import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskTextField } from '../../../components/keyboard';

/**
 * A date as three boxes (day, month, year) rather than a calendar widget: people know their
 * dates as numbers, and three big boxes are easier to hit than a month grid. The value is
 * `dd/mm/yyyy` as typed; the checks read it.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  testId,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('dossiers');
  const { t: tc } = useTranslation();
  const id = useId();
  const [d = '', m = '', y = ''] = value ? value.split('/') : [];
  const set = (part: 0 | 1 | 2, text: string) => {
    const parts = [d, m, y];
    parts[part] = text.replace(/\D/g, '');
    onChange(parts.every((p) => p === '') ? '' : parts.join('/'));
  };
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const box = (part: 0 | 1 | 2, text: string, max: number, name: string) => (
    <KioskTextField
      className={`dossier-date__part dossier-input--${name}`}
      label={t(`date.${name}`)}
      mode="numeric"
      value={text}
      maxLength={max}
      placeholder={t(`date.${name}Placeholder`)}
      testId={testId ? `${testId}-${name}` : undefined}
      onChange={(v) => set(part, v)}
    />
  );
  return (
    <fieldset className="dossier-field dossier-date" aria-describedby={described}>
      <legend className="dossier-field__label">
        {label}
        {required ? <span className="field__required">{tc('field.required')}</span> : null}
      </legend>
      <div className="dossier-date__parts">
        {box(0, d, 2, 'day')}
        {box(1, m, 2, 'month')}
        {box(2, y, 4, 'year')}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="dossier-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="dossier-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
