import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Keyboard from 'react-simple-keyboard';
import { afterPress } from './after-press';
import { type KeyboardTarget, telexEnabled, useKeyboard } from './keyboard-store';
import { allButtons, layoutFor } from './layouts';
import { TonePicker } from './TonePicker';
import { backspace, type EditState, insertText, replaceBeforeCaret, typeKey, vowelBeforeCaret } from './text-edit';

type SimpleKeyboardInstance = { clearInput(): void };

function wantsCapital(target: KeyboardTarget, state: EditState): boolean {
  const before = state.value.slice(0, state.start);
  if (target.autoCapitalize === 'words') return before.length === 0 || /\s$/u.test(before);
  if (target.autoCapitalize === 'sentences') return before.trim().length === 0 || /[.!?]\s+$/u.test(before);
  return false;
}

/**
 * The docked keyboard for one field: react-simple-keyboard draws the keys, and every key goes
 * through the same pure edit functions the tests cover. The library's own copy of the input is
 * wiped after each key so no typed text lingers in it.
 */
export default function KeyboardPanel({ target }: { target: KeyboardTarget }) {
  const { t, i18n } = useTranslation();
  const telexChoice = useKeyboard((s) => s.telex);
  const telex = target.mode === 'text' && telexEnabled(telexChoice, i18n.language);
  const spec = layoutFor(target.mode);
  const [shift, setShift] = useState<'off' | 'once' | 'lock'>(() => (wantsCapital(target, target.read()) ? 'once' : 'off'));
  const [tone, setTone] = useState<{ char: string; forms: string[] } | null>(null);
  const keyboardRef = useRef<SimpleKeyboardInstance | null>(null);
  const donePending = useRef(false);

  useEffect(() => {
    setShift(spec.shiftable && wantsCapital(target, target.read()) ? 'once' : 'off');
    setTone(null);
  }, [target, spec.shiftable]);

  const afterEdit = (next: EditState, showTone: boolean) => {
    target.commit(next);
    if (spec.shiftable && shift !== 'lock') setShift(wantsCapital(target, next) ? 'once' : 'off');
    setTone(showTone && target.mode === 'text' ? vowelBeforeCaret(next) : null);
  };

  const onKeyPress = (button: string) => {
    const state = target.read();
    switch (button) {
      case '{bksp}':
        afterEdit(backspace(state), false);
        return;
      case '{space}':
        afterEdit(insertText(state, ' '), false);
        return;
      case '{shift}':
        setShift((s) => (s === 'off' ? 'once' : s === 'once' ? 'lock' : 'off'));
        return;
      case '{telex}':
        useKeyboard.getState().setTelex(!telex);
        return;
      case '{done}':
        // It closes the keyboard (or submits): not before this touch's click has passed, and once.
        if (donePending.current) return;
        donePending.current = true;
        afterPress(() => {
          donePending.current = false;
          target.submit();
          // Focus may have moved to another field while the finger was down (the form's Next
          // focusing its first error): Done still closes the keyboard, without that field's submit.
          const now = useKeyboard.getState().target;
          if (now !== null && now.id !== target.id) {
            if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
            useKeyboard.getState().release(now.id);
          }
        });
        return;
      default:
        if (button.startsWith('{')) return;
        afterEdit(typeKey(state, button, telex ? {} : false), true);
    }
  };

  const display = useMemo(
    () => ({
      '{bksp}': `⌫ ${t('keyboard.backspace')}`,
      '{space}': t('keyboard.space'),
      '{shift}': `⇧ ${t('keyboard.shift')}`,
      '{done}': target.enterLabel ?? t('keyboard.done'),
      '{telex}': telex ? t('keyboard.telexOn') : t('keyboard.telexOff'),
    }),
    [t, target.enterLabel, telex],
  );

  const buttonAttributes = useMemo(
    () => [
      // The keys are for fingers; a hardware keyboard types into the field directly.
      { attribute: 'tabindex', value: '-1', buttons: allButtons(spec) },
      { attribute: 'aria-label', value: t('keyboard.backspace'), buttons: '{bksp}' },
      { attribute: 'aria-label', value: t('keyboard.shift'), buttons: '{shift}' },
      { attribute: 'aria-pressed', value: String(shift !== 'off'), buttons: '{shift}' },
      { attribute: 'aria-pressed', value: String(telex), buttons: '{telex}' },
    ],
    [spec, t, shift, telex],
  );

  const buttonTheme = useMemo(
    () => [
      { class: 'kbd-key--fn', buttons: '{bksp} {shift} {telex} {space}' },
      { class: 'kbd-key--done', buttons: '{done}' },
      { class: 'kbd-key--marked', buttons: 'ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư' },
      ...(shift !== 'off' ? [{ class: shift === 'lock' ? 'kbd-key--locked' : 'kbd-key--on', buttons: '{shift}' }] : []),
      ...(telex ? [{ class: 'kbd-key--on', buttons: '{telex}' }] : []),
    ],
    [shift, telex],
  );

  return (
    <div className={`kbd ${spec.className}`}>
      {target.mode === 'text' ? (
        <TonePicker
          tone={tone}
          telex={telex}
          onPick={(form) => {
            const next = replaceBeforeCaret(target.read(), form);
            target.commit(next);
            setTone(vowelBeforeCaret(next));
          }}
        />
      ) : null}
      <Keyboard
        keyboardRef={(r: SimpleKeyboardInstance) => {
          keyboardRef.current = r;
        }}
        theme={`kiosk-kbd ${spec.className}`}
        layout={spec.layout}
        layoutName={spec.shiftable && shift !== 'off' ? 'shift' : 'default'}
        display={display}
        buttonTheme={buttonTheme}
        buttonAttributes={buttonAttributes}
        useButtonTag
        disableButtonHold
        preventMouseDownDefault
        onKeyPress={onKeyPress}
        onChange={() => keyboardRef.current?.clearInput()}
      />
    </div>
  );
}
