import { type KeyboardEvent, type ReactNode, type Ref, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RequiredMark } from '../RequiredMark';
import { keepFieldInView } from './keep-in-view';
import { type KeyboardTarget, telexEnabled, useKeyboard } from './keyboard-store';
import { type EditState, type FieldMode, sanitize, typeKey } from './text-edit';

/**
 * KioskTextField: the one text input of the kiosk. Every screen that asks a citizen, staff
 * member or technician to type uses it, so the on-screen keyboard, Telex, NFC and the idle
 * privacy reset work the same everywhere.
 *
 *   <KioskTextField label={t('form.fullName')} value={name} onChange={setName} autoCapitalize="words" />
 *   <KioskTextField label={t('pin')} value={pin} onChange={setPin} mode="numeric" secret maxLength={6} onSubmit={login} />
 *
 * Props
 * - label (string, required): the visible label, already translated; also names the field for screen readers.
 * - value, onChange(value): controlled; `value` handed to onChange is NFC and holds only what `mode` accepts.
 * - mode: 'text' (default; Vietnamese layout, tone picker, Telex) | 'numeric' (digits pad: ID numbers, PINs)
 *   | 'phone' (digits, +) | 'code' (A–Z, 0–9: dossier codes) | 'email' | 'latin' (ASCII, no Telex:
 *   URLs, folder paths, device addresses, tokens).
 * - hint, error (strings): shown under the field and read with it; `error` marks it invalid.
 * - invalid: marks it invalid without a message of its own (a date's day box, whose group shows the message).
 * - maxLength, required, secret (masks the value, for PINs), autoFocus (focuses and opens the keyboard).
 * - autoCapitalize: 'sentences' (default for text) | 'words' (names, addresses) | 'none'.
 * - onSubmit(): the keyboard's Done/Enter key (and the hardware Enter key); the keyboard then closes.
 * - enterLabel: the Done key's label (default "Done" in the current language), e.g. t('search.go').
 * - testId: data-testid on the <input>; id, name, inputRef for forms that need them.
 * - placeholder (sparingly: a label says more), hideLabel (the label is read but not shown, for a
 *   search box with an icon), icon (drawn inside the box before the text), className (on the wrapper).
 * - below: shown right under the box, inside the field's group, before the hint and error: what
 *   answers the box (a pick list's matches), so it reads as this field's and not the next one's.
 *
 * The keyboard docks at the bottom of the screen while the field has focus; tapping outside or
 * Done closes it. Hardware keyboards type straight into the field (with Telex when it is on).
 */
export interface KioskTextFieldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly mode?: FieldMode;
  readonly hint?: string;
  readonly error?: string;
  readonly invalid?: boolean;
  readonly maxLength?: number;
  readonly required?: boolean;
  readonly secret?: boolean;
  readonly autoFocus?: boolean;
  readonly autoCapitalize?: 'none' | 'words' | 'sentences';
  onSubmit?(): void;
  readonly enterLabel?: string;
  readonly testId?: string;
  readonly id?: string;
  readonly name?: string;
  readonly inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  readonly disabled?: boolean;
  readonly placeholder?: string;
  readonly hideLabel?: boolean;
  readonly icon?: ReactNode;
  readonly className?: string;
  /** The language of what is typed when it is not the screen's (a service name in Arabic). */
  readonly lang?: string;
  /** Three lines instead of one (an address, a note); Done still closes the keyboard. */
  readonly multiline?: boolean;
  /** Under the box, inside the field's group (a pick list's matches). */
  readonly below?: ReactNode;
}

/** Keys closer together than this come from a scanner typing, not a person: no Telex on them. */
const MACHINE_TYPING_MS = 30;

export function KioskTextField(props: KioskTextFieldProps) {
  const { label, value, mode = 'text', hint, error, maxLength, required, secret, autoFocus, testId, disabled } = props;
  const { i18n } = useTranslation();
  const generatedId = useId();
  const id = props.id ?? `field-${generatedId}`;
  const inputEl = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef(props);
  latest.current = props;

  const placeCaret = useCallback(() => {
    const el = inputEl.current;
    const caret = pendingCaret.current;
    if (!el || caret === null) return;
    pendingCaret.current = null;
    if (document.activeElement === el) el.setSelectionRange(caret, caret);
  }, []);

  const commit = useCallback(
    (next: EditState) => {
      const p = latest.current;
      const clean = sanitize(p.mode ?? 'text', next.value, p.maxLength);
      pendingCaret.current = Math.min(sanitize(p.mode ?? 'text', next.value.slice(0, next.start)).length, clean.length);
      if (clean !== p.value) p.onChange(clean);
      else placeCaret();
    },
    [placeCaret],
  );

  // After the parent re-renders with the new value, put the caret where the edit left it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again each time the value changes
  useLayoutEffect(() => placeCaret(), [value, placeCaret]);

  const target = useMemo<KeyboardTarget>(
    () => ({
      id,
      mode,
      label,
      autoCapitalize: props.autoCapitalize ?? (mode === 'text' ? 'sentences' : 'none'),
      ...(props.enterLabel ? { enterLabel: props.enterLabel } : {}),
      read: () => {
        const el = inputEl.current;
        const v = el?.value ?? latest.current.value;
        return { value: v, start: el?.selectionStart ?? v.length, end: el?.selectionEnd ?? v.length };
      },
      commit,
      submit: () => {
        latest.current.onSubmit?.();
        inputEl.current?.blur();
      },
    }),
    [id, mode, label, props.autoCapitalize, props.enterLabel, commit],
  );

  // A field that re-renders with a new label or mode while focused hands the keyboard the update.
  useEffect(() => {
    const kb = useKeyboard.getState();
    if (kb.target?.id === id) kb.open(target);
  }, [id, target]);

  useEffect(() => () => useKeyboard.getState().release(id), [id]);

  const onFocus = () => {
    useKeyboard.getState().open(target);
    // Let the dock take its place first, then keep the field, its label and its error in view beside or above it.
    requestAnimationFrame(() => {
      if (inputEl.current) keepFieldInView(inputEl.current);
    });
  };

  const onBlur = () => {
    setTimeout(() => {
      if (document.activeElement !== inputEl.current) useKeyboard.getState().release(id);
    }, 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      target.submit();
      return;
    }
    if (e.key === 'Escape') {
      inputEl.current?.blur();
      return;
    }
    const machine = e.timeStamp - lastKeyAt.current < MACHINE_TYPING_MS;
    lastKeyAt.current = e.timeStamp;
    const telexOn = mode === 'text' && !machine && telexEnabled(useKeyboard.getState().telex, i18n.language);
    if (!telexOn || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    commit(typeKey(target.read(), e.key, {}));
  };

  const setRefs = (el: HTMLInputElement | HTMLTextAreaElement | null) => {
    inputEl.current = el;
    const ref = props.inputRef;
    if (typeof ref === 'function') ref(el);
    else if (ref) (ref as { current: HTMLInputElement | HTMLTextAreaElement | null }).current = el;
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  const common = {
    ref: setRefs,
    id,
    name: props.name,
    className: 'field__input',
    // Our keyboard replaces the system's on-screen one; hardware keys still type.
    inputMode: 'none' as const,
    dir: 'auto',
    lang: props.lang,
    autoComplete: 'off',
    autoCorrect: 'off',
    autoCapitalize: 'off',
    spellCheck: false,
    value,
    maxLength,
    required,
    disabled,
    'aria-invalid': error || props.invalid ? true : undefined,
    'aria-describedby': describedBy,
    autoFocus,
    'data-testid': testId,
    onFocus,
    onBlur,
    onKeyDown,
    placeholder: props.placeholder,
  };

  return (
    <div className={`field${error || props.invalid ? ' field--invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label className={props.hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      <div className="field__box">
        {props.icon ? <span className="field__icon">{props.icon}</span> : null}
        {props.multiline ? (
          <textarea
            {...common}
            rows={3}
            onChange={(e) => commit({ value: e.target.value, start: e.target.selectionStart ?? 0, end: e.target.selectionEnd ?? 0 })}
          />
        ) : (
          <input
            {...common}
            type={secret ? 'password' : 'text'}
            onChange={(e) => commit({ value: e.target.value, start: e.target.selectionStart ?? 0, end: e.target.selectionEnd ?? 0 })}
          />
        )}
      </div>
      {props.below}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
