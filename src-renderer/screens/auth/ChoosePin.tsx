import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_LENGTH, type PinRole, pinProblem } from '../../../src-main/api/channels/auth';
import { ApiCallError } from '../../api/api-error';
import { PinPad } from '../../components/PinPad';

/**
 * Choosing a new PIN: typed twice, refused at once (in the reader's language) when it is too
 * short or too easy to guess, then handed to `save`.
 */
export function ChoosePin({
  pinRole: role,
  minLength,
  save,
  testId = 'choose-pin',
}: {
  pinRole: PinRole;
  minLength: number;
  save(pin: string): Promise<void>;
  testId?: string;
}) {
  const { t } = useTranslation('auth');
  const [first, setFirst] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);

  const restart = (text: string) => {
    setFirst(null);
    setMessage({ tone: 'error', text });
    setResetKey((k) => k + 1);
  };

  const submit = async (pin: string) => {
    if (first === null) {
      const problem = pinProblem(role, pin);
      if (problem) {
        restart(t(`problem.${problem}`, { min: minLength, max: PIN_MAX_LENGTH }));
        return;
      }
      setFirst(pin);
      setMessage(null);
      setResetKey((k) => k + 1);
      return;
    }
    if (pin !== first) {
      restart(t('choose.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await save(pin);
    } catch (err) {
      restart(err instanceof ApiCallError && err.code === 'forbidden' ? t('choose.forbidden') : t('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PinPad
      testId={testId}
      label={first === null ? t('choose.enter', { context: role }) : t('choose.confirm')}
      minLength={minLength}
      maxLength={PIN_MAX_LENGTH}
      onSubmit={(pin) => void submit(pin)}
      disabled={busy}
      message={message ?? (first === null ? { tone: 'info', text: t('choose.rule', { min: minLength, max: PIN_MAX_LENGTH }) } : null)}
      resetKey={resetKey}
    />
  );
}
