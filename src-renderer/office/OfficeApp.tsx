import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { StaffView } from '../../src-main/api/center/office';
import { CatalogScreen } from './CatalogScreen';
import { DossierScreen } from './DossierScreen';
import { FeedbackScreen } from './FeedbackScreen';
import { FleetScreen } from './FleetScreen';
import { InboxScreen } from './InboxScreen';
import { LoginScreen } from './LoginScreen';
import { officeCall } from './office-api';
import { OFFICE_LANGUAGES } from './office-i18n';
import { StatsScreen } from './StatsScreen';
import { useHashRoute } from './use-hash-route';

const LANGUAGE_NAMES: Record<(typeof OFFICE_LANGUAGES)[number], string> = { vi: 'Tiếng Việt', en: 'English' };

/** The back office: sign-in, then the inbox, a dossier, the kiosks, the charts and the catalog. */
export function OfficeApp() {
  const { t, i18n } = useTranslation();
  const [me, setMe] = useState<StaffView | null | 'loading'>('loading');
  const route = useHashRoute();

  useEffect(() => {
    officeCall('GET', 'me', StaffView).then(setMe, () => setMe(null));
  }, []);

  const signOut = useCallback(async () => {
    await officeCall('POST', 'logout', z.unknown()).catch(() => undefined);
    setMe(null);
  }, []);

  if (me === 'loading') return <p className="office-loading">{t('app.loading')}</p>;
  if (!me) return <LoginScreen onSignedIn={setMe} />;

  const nav = [
    ['inbox', t('nav.inbox')],
    ['fleet', t('nav.fleet')],
    ['feedback', t('nav.feedback')],
    ['stats', t('nav.stats')],
    ...(me.role === 'admin' ? [['catalog', t('nav.catalog')]] : []),
  ] as const;
  const page = route.name === 'dossier' ? 'inbox' : route.name;

  return (
    <div className="office">
      <header className="office-bar">
        <div className="office-bar__title">
          <strong>{t('app.title')}</strong>
          <span>{me.communeName ?? t('app.province')}</span>
        </div>
        <nav className="office-nav" aria-label={t('app.title')}>
          {nav.map(([id, label]) => (
            <a key={id} href={`#/${id}`} aria-current={page === id ? 'page' : undefined} data-testid={`nav-${id}`}>
              {label}
            </a>
          ))}
        </nav>
        <div className="office-bar__user">
          <span data-testid="office-user">
            {me.displayName} · {t(`role.${me.role}`)}
          </span>
          <select aria-label={t('app.language')} value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {OFFICE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main className="office-main">
        {route.name === 'dossier' ? <DossierScreen code={route.code} /> : null}
        {route.name === 'inbox' ? <InboxScreen me={me} /> : null}
        {route.name === 'fleet' ? <FleetScreen me={me} /> : null}
        {route.name === 'feedback' ? <FeedbackScreen me={me} /> : null}
        {route.name === 'stats' ? <StatsScreen /> : null}
        {route.name === 'catalog' ? <CatalogScreen me={me} /> : null}
      </main>
    </div>
  );
}
