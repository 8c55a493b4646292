import { useId } from 'react';

/**
 * A labelled text input with its hint and error. Its props are those of the UX kit's
 * KioskTextField (label, value, onChange, mode, hint, error, maxLength, required, testId,
 * autoCapitalize) so the on-screen keyboard field can replace it without touching the steps.
 */
export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly mode?: 'text' | 'numeric' | 'phone' | 'code' | 'email';
  readonly hint?: string;
  readonly error?: string;
  readonly maxLength?: number;
  readonly required?: boolean;
  readonly testId?: string;
  readonly autoCapitalize?: 'none' | 'words' | 'sentences';
  readonly multiline?: boolean;
}

const INPUT_MODE = { text: 'text', numeric: 'numeric', phone: 'tel', code: 'text', email: 'email' } as const;

export function TextField({
  label,
  value,
  onChange,
  mode = 'text',
  hint,
  error,
  maxLength,
  required,
  testId,
  autoCapitalize,
  multiline,
}: TextFieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    'data-testid': testId,
    autoCapitalize: autoCapitalize ?? (mode === 'text' ? 'sentences' : 'none'),
    autoComplete: 'off',
    spellCheck: false,
    className: `dossier-input${error ? ' dossier-input--invalid' : ''}`,
  };
  return (
    <div className="dossier-field">
      <label htmlFor={id} className="dossier-field__label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={INPUT_MODE[mode]}
          onChange={(e) => onChange(mode === 'code' ? e.target.value.toUpperCase() : e.target.value)}
        />
      )}
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
    </div>
  );
}
