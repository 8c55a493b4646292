import { useId } from 'react';
import { Icon } from '../../../components/Icon';
import { RequiredMark } from '../../../components/RequiredMark';

/** One of a few choices as large buttons: no dropdown to open and scroll with a finger. */
export function ChoiceField({
  label,
  options,
  value,
  onChange,
  error,
  hint,
  required,
  testId,
}: {
  label: string;
  options: readonly { value: string; label: string; detail?: string }[];
  value: string;
  onChange(value: string): void;
  error?: string;
  /** Shown under the choices, before the error: what a choice means (the catalog's field hint). */
  hint?: string | undefined;
  required?: boolean;
  testId?: string;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="dossier-field" aria-describedby={hint ? hintId : undefined} data-testid={testId}>
      <legend className="dossier-field__label">
        {label}
        <RequiredMark required={required} />
      </legend>
      <div className="dossier-choices">
        {options.map((o) => (
          <label
            key={o.value}
            className={`dossier-choice${value === o.value ? ' dossier-choice--on' : ''}`}
            data-testid={testId ? `${testId}-${o.value}` : undefined}
          >
            <input
              type="radio"
              className="visually-hidden"
              name={name}
              value={o.value}
              checked={value === o.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(o.value)}
            />
            <span className="dossier-choice__mark" aria-hidden="true">
              {value === o.value ? <Icon name="check" size={28} /> : null}
            </span>
            <span className="dossier-choice__text">
              <span className="dossier-choice__label">{o.label}</span>
              {o.detail ? <span className="dossier-choice__detail">{o.detail}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="field__hint" data-testid={testId ? `${testId}-hint` : undefined}>
          {hint}
        </p>
      ) : null}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
