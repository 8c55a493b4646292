import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskTextField } from '../../../components/keyboard';
import { RequiredMark } from '../../../components/RequiredMark';

/** One box of a PartsField: its name (the label `dossiers:date.<name>` and the test id suffix) and length. */
export interface NumberPart {
  readonly name: 'day' | 'month' | 'year' | 'hour' | 'minute';
  readonly max: number;
}

export interface PartsFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  testId?: string | undefined;
}

/**
 * A value made of numbers (a date's day, month and year; a time's hours and minutes) as one big
 * box per number rather than a picker widget: people know these as numbers, and big boxes are
 * easier to hit than a grid or a wheel. The value is the parts as typed joined by `separator`
 * (`6/12/2026`, `7:05`); the checks read it.
 */
export function PartsField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  testId,
  parts,
  separator,
}: PartsFieldProps & { parts: readonly NumberPart[]; separator: string }) {
  const { t } = useTranslation('dossiers');
  const id = useId();
  const texts = value ? value.split(separator) : [];
  const set = (index: number, text: string) => {
    const next = parts.map((_, i) => texts[i] ?? '');
    next[index] = text.replace(/\D/g, '');
    onChange(next.every((p) => p === '') ? '' : next.join(separator));
  };
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="dossier-field dossier-date" aria-describedby={described}>
      <legend className="dossier-field__label">
        {label}
        <RequiredMark required={required} />
      </legend>
      <div className="dossier-date__parts">
        {parts.map((part, index) => (
          <KioskTextField
            key={part.name}
            className={`dossier-date__part dossier-input--${part.name}`}
            label={t(`date.${part.name}`)}
            mode="numeric"
            value={texts[index] ?? ''}
            maxLength={part.max}
            placeholder={t(`date.${part.name}Placeholder`)}
            testId={testId ? `${testId}-${part.name}` : undefined}
            // Each box is marked with the group's error, so the form's "first error" finds and focuses it.
            invalid={Boolean(error)}
            onChange={(v) => set(index, v)}
          />
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
