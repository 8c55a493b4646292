import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffView } from '../../src-main/api/center/office';
import { OfficeApiError, officeCall } from './office-api';

export function LoginScreen({ onSignedIn }: { onSignedIn: (me: StaffView) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="office-login">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setProblem(null);
          officeCall('POST', 'login', StaffView, { username, password })
            .then(onSignedIn, (err: unknown) => {
              setPassword('');
              setProblem(err instanceof OfficeApiError && err.status === 429 ? t('login.tooMany') : t('login.wrong'));
            })
            .finally(() => setBusy(false));
        }}
      >
        <h1>{t('login.title')}</h1>
        <label>
          {t('login.username')}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {problem ? (
          <p role="alert" className="office-error">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </main>
  );
}
