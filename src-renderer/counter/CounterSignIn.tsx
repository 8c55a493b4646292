import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterSession, CounterSignInResult } from '../../src-main/api/hall';
import { PinPad } from '../components/PinPad';
import { HallField } from '../hall/HallField';
import type { HallClient } from '../hall/hall-client';

export type DeskSession = CounterSession;

/** The desk officer picks the counter and signs in with the staff PIN of the hall host. */
export function CounterSignIn({ client, onSignedIn }: Readonly<{ client: HallClient; onSignedIn(s: DeskSession): void }>) {
  const { t } = useTranslation('hall');
  const [counter, setCounter] = useState(() => Number(window.localStorage.getItem('hall.counter') ?? '1') || 1);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const submit = async (pin: string) => {
    setBusy(true);
    try {
      const result = await client.request<CounterSignInResult>('POST', '/api/hall/counter/session', { pin, counter });
      switch (result.outcome) {
        case 'ok':
          window.localStorage.setItem('hall.counter', String(counter));
          onSignedIn(result.session);
          return;
        case 'wrong-pin':
          setMessage(t('counter.wrongPin', { count: result.attemptsLeft }));
          break;
        case 'locked':
          setMessage(t('counter.locked'));
          break;
        case 'not-set':
          setMessage(t('counter.notSet'));
          break;
        default: {
          const unhandled: never = result;
          throw new Error(`unhandled sign-in outcome ${JSON.stringify(unhandled)}`);
        }
      }
      setAttempt((a) => a + 1);
    } catch (err) {
      setMessage(t('counter.error', { message: (err as Error).message }));
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="counter-signin" data-testid="counter-signin">
      <h1>{t('counter.signInTitle')}</h1>
      <HallField
        inline
        label={t('counter.counterLabel')}
        name="counter"
        type="number"
        min={1}
        max={99}
        value={counter}
        onChange={(e) => setCounter(Math.min(99, Math.max(1, Number(e.target.value) || 1)))}
      />
      <PinPad
        label={t('counter.pinLabel')}
        minLength={4}
        maxLength={12}
        onSubmit={(pin) => void submit(pin)}
        disabled={busy}
        message={message ? { tone: 'error', text: message } : null}
        resetKey={attempt}
        testId="counter-pin"
      />
    </section>
  );
}
