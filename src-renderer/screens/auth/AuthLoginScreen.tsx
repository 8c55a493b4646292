import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuthStatus, PIN_MAX_LENGTH, type PinRole, SETUP_CODE_LENGTH } from '../../../src-main/api/channels/auth';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { PinPad } from '../../components/PinPad';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { useKiosk } from '../../stores/kiosk-store';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { ChoosePin } from './ChoosePin';
import { formatCountdown, useNow } from './useNow';
import './auth.css';

type Message = { tone: 'error' | 'info'; text: string } | null;

/** Where a good PIN leads: the caller's `next`, technician home, or back where staff came from. */
function useProceed(role: PinRole, next: ScreenParams['auth.login']['next']) {
  return useCallback(() => {
    const nav = useNavigation.getState();
    if (next) nav.replace(next.screen, next.params as never);
    else if (role === 'technician') nav.replace('technician.home', {});
    else nav.back();
  }, [role, next]);
}

/**
 * The PIN pad for staff and technicians. On a kiosk whose technician PIN was never set, the
 * first technician chooses it here after typing the one-time setup code the kiosk printed in its
 * console and log at start (this screen never shows it), or sets it with the CLI on the kiosk PC.
 */
export function AuthLoginScreen({ params }: { params: ScreenParams['auth.login'] }) {
  const { role, next } = params;
  const { t } = useTranslation('auth');
  const api = useApi();
  const proceed = useProceed(role, next);
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const [loadFailed, setLoadFailed] = useState(false);
  const [setupCode, setSetupCode] = useState<string | null>(null);
  const [setupMessage, setSetupMessage] = useState<Message>(null);

  const lockedUntil = status?.[role].lockedUntil ? Date.parse(status[role].lockedUntil) : null;
  const now = useNow(lockedUntil !== null);
  const locked = lockedUntil !== null && lockedUntil > now;

  const refresh = useCallback(() => {
    api.call('auth.status', {}).then(
      (s) => {
        setStatus(s);
        setLoadFailed(false);
      },
      () => setLoadFailed(true),
    );
  }, [api]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: decided once, when the pad opens
  useEffect(() => {
    // Already there (a technician opening a staff screen, or a second tap): no PIN asked twice.
    const current = useKiosk.getState().role;
    if (current === role || current === 'technician') proceed();
    else refresh();
  }, []);

  // When a lockout runs out, ask again so the pad opens with the real count of tries.
  useEffect(() => {
    if (lockedUntil !== null && !locked) {
      setMessage(null);
      refresh();
    }
  }, [lockedUntil, locked, refresh]);

  const entered = (sessionRole: 'staff' | 'technician') => {
    useKiosk.getState().setRole(sessionRole);
    proceed();
  };

  const login = async (pin: string) => {
    setBusy(true);
    try {
      const result = await api.call('auth.login', { role, pin });
      switch (result.outcome) {
        case 'ok':
          entered(role);
          return;
        case 'wrong-pin':
          setMessage({ tone: 'error', text: t('login.wrong', { count: result.attemptsLeft }) });
          break;
        case 'locked':
          setMessage(null);
          refresh();
          break;
        case 'not-set':
          refresh();
          break;
        default: {
          const unhandled: never = result;
          throw new Error(`unhandled login outcome ${JSON.stringify(unhandled)}`);
        }
      }
    } catch {
      setMessage({ tone: 'error', text: t('failed') });
    } finally {
      setBusy(false);
      setResetKey((k) => k + 1);
    }
  };

  const choose = async (pin: string) => {
    try {
      await api.call('auth.setPin', { role: 'technician', pin, setupCode: setupCode ?? '' });
    } catch (err) {
      if (!(err instanceof ApiCallError && err.code === 'forbidden')) throw err;
      // A wrong or spent code, or a PIN set meanwhile: back to the code, with the status as it is now.
      setSetupCode(null);
      setSetupMessage({ tone: 'error', text: t('setup.refused') });
      refresh();
      return;
    }
    entered('technician');
  };

  const cancel = () => useNavigation.getState().back();
  const title = t('login.title', { context: role });
  const minLength = status?.minLength[role] ?? 4;

  let body: React.ReactNode;
  if (loadFailed) {
    body = (
      <p className="auth__notice" role="alert">
        {t('failed')}
      </p>
    );
  } else if (!status) {
    body = <p className="auth__notice">{t('loading')}</p>;
  } else if (!status[role].set && role === 'technician' && setupCode === null) {
    body = (
      <>
        <p className="lead auth__lead">{t('setup.lead', { count: SETUP_CODE_LENGTH })}</p>
        <PinPad
          testId="setup-code"
          label={t('setup.enter')}
          minLength={SETUP_CODE_LENGTH}
          maxLength={SETUP_CODE_LENGTH}
          onSubmit={(code) => {
            setSetupMessage(null);
            setSetupCode(code);
          }}
          message={setupMessage}
        />
        <p className="auth__hint" data-testid="auth-cli-hint">
          {t('choose.cliHint')} <code dir="ltr">npx kiosk auth set-pin --role technician</code>
        </p>
      </>
    );
  } else if (!status[role].set && role === 'technician') {
    body = (
      <>
        <p className="lead auth__lead">{t('choose.lead')}</p>
        <ChoosePin pinRole="technician" minLength={minLength} save={choose} />
        <p className="auth__hint" data-testid="auth-cli-hint">
          {t('choose.cliHint')} <code dir="ltr">npx kiosk auth set-pin --role technician</code>
        </p>
      </>
    );
  } else if (!status[role].set) {
    body = (
      <p className="auth__notice" data-testid="auth-not-set">
        {t('login.notSet', { context: role })}
      </p>
    );
  } else {
    body = (
      <PinPad
        testId="login-pin"
        label={t('login.enter', { context: role })}
        minLength={minLength}
        maxLength={PIN_MAX_LENGTH}
        onSubmit={(pin) => void login(pin)}
        disabled={busy || locked}
        resetKey={resetKey}
        message={
          locked && lockedUntil !== null
            ? { tone: 'error', text: t('login.locked', { time: formatCountdown(lockedUntil - now) }) }
            : message
        }
      />
    );
  }

  return (
    <ScreenFrame title={title} testId="screen-auth-login">
      <div className="auth">
        {body}
        {role === 'technician' && !next ? (
          // Staff reach their screens (reprint, issue for a visitor, today's figures) by the same
          // hidden corner: nothing on a citizen's screen invites a tap (docs/tickets.md).
          <TouchButton
            variant="ghost"
            onClick={() => useNavigation.getState().replace('auth.login', { role: 'staff', next: { screen: 'staff.home', params: {} } })}
            data-testid="auth-as-staff"
          >
            {t('asStaff')}
          </TouchButton>
        ) : null}
        <TouchButton variant="ghost" onClick={cancel} data-testid="auth-cancel">
          {t('cancel')}
        </TouchButton>
      </div>
    </ScreenFrame>
  );
}
