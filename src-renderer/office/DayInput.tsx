import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText, parseDayText } from './day-text';

/**
 * A day typed as dd/mm/yyyy with the format said in the placeholder and a hint, checked as it is
 * typed (a day that does not exist is marked and explained). `onChange` gets `YYYY-MM-DD`, '' for
 * empty, or null while the text is not a day. `initial` is read once: give a new `key` to reset it.
 */
export function DayInput(props: Readonly<{ label: string; initial: string; onChange: (day: string | null) => void; testId: string }>) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => dayText(props.initial));
  const parsed = parseDayText(text);
  const hintId = useId();
  return (
    <label>
      {props.label}
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={text}
        size={11}
        maxLength={10}
        aria-invalid={parsed === null}
        aria-describedby={hintId}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(parseDayText(e.target.value));
        }}
      />
      <span id={hintId} className={parsed === null ? 'office-field-error' : 'office-field-hint'}>
        {parsed === null ? t('date.invalid') : t('date.hint')}
      </span>
    </label>
  );
}
