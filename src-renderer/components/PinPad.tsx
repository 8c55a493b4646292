import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './pin-pad.css';

export interface PinPadProps {
  /** What to enter, read aloud by screen readers and shown above the dots. */
  readonly label: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** Called with the digits when OK is pressed (or Enter on a keyboard). */
  onSubmit(pin: string): void;
  /** While a check runs or the PIN is locked: keys do nothing. */
  readonly disabled?: boolean;
  /** A sentence under the dots: why the last PIN was refused, or what happens next. */
  readonly message?: { readonly tone: 'error' | 'info'; readonly text: string } | null;
  /** Change this to clear what was typed (after a wrong PIN, or between "enter" and "confirm"). */
  readonly resetKey?: string | number;
  readonly testId?: string;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'delete'] as const;

/**
 * A phone-style PIN pad with large keys. Digits never appear on screen (only dots), so nobody
 * behind the technician can read the PIN. Works by touch and, for a technician with a USB
 * keyboard, by number keys, Backspace and Enter.
 */
export function PinPad({ label, minLength, maxLength, onSubmit, disabled = false, message, resetKey, testId = 'pin-pad' }: PinPadProps) {
  const { t } = useTranslation('auth');
  const [pin, setPin] = useState('');
  // A new resetKey clears what was typed in the same render that shows the new message: cleared
  // in an effect, the dots of a wrong PIN stayed on screen for a frame next to "wrong PIN".
  const [clearedFor, setClearedFor] = useState(resetKey);
  if (clearedFor !== resetKey) {
    setClearedFor(resetKey);
    setPin('');
  }

  const press = useCallback(
    (key: (typeof KEYS)[number] | 'enter') => {
      if (disabled) return;
      if (key === 'enter') {
        if (pin.length >= minLength) onSubmit(pin);
        return;
      }
      setPin((p) => {
        if (key === 'clear') return '';
        if (key === 'delete') return p.slice(0, -1);
        return p.length < maxLength ? p + key : p;
      });
    },
    [disabled, pin, minLength, maxLength, onSubmit],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (/^[0-9]$/.test(e.key)) press(e.key as (typeof KEYS)[number]);
      else if (e.key === 'Backspace') press('delete');
      else if (e.key === 'Escape') press('clear');
      else if (e.key === 'Enter') press('enter');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [press]);

  const slots = Math.max(minLength, pin.length);
  return (
    <div className="pin-pad" data-testid={testId}>
      <p className="pin-pad__label" id={`${testId}-label`}>
        {label}
      </p>
      <div
        className="pin-pad__dots"
        role="img"
        aria-labelledby={`${testId}-label`}
        aria-describedby={`${testId}-count`}
        data-testid={`${testId}-dots`}
        data-length={pin.length}
      >
        {Array.from({ length: slots }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the dots are positions, nothing else identifies them
          <span key={i} className={`pin-pad__dot${i < pin.length ? ' pin-pad__dot--filled' : ''}`} />
        ))}
      </div>
      <p className="visually-hidden" id={`${testId}-count`} aria-live="polite">
        {t('pad.entered', { count: pin.length })}
      </p>
      <p
        className={`pin-pad__message${message?.tone === 'error' ? ' pin-pad__message--error' : ''}`}
        role={message?.tone === 'error' ? 'alert' : 'status'}
        data-testid={`${testId}-message`}
      >
        {message?.text ?? ''}
      </p>
      <div className="pin-pad__keys">
        {KEYS.map((key) => {
          const isDigit = /^[0-9]$/.test(key);
          return (
            <button
              key={key}
              type="button"
              className={`pin-pad__key${isDigit ? '' : ' pin-pad__key--fn'}`}
              onClick={() => press(key)}
              disabled={disabled || (!isDigit && pin.length === 0)}
              data-testid={`${testId}-key-${key}`}
              aria-label={isDigit ? key : t(`pad.${key}`)}
            >
              {isDigit ? key : t(`pad.${key}`)}
            </button>
          );
        })}
      </div>
      <button
        type="button"
        className="touch-button touch-button--primary touch-button--large pin-pad__ok"
        onClick={() => press('enter')}
        disabled={disabled || pin.length < minLength}
        data-testid={`${testId}-ok`}
      >
        {t('pad.ok')}
      </button>
    </div>
  );
}
