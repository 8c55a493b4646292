import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../../src-main/api/center-clock';
import { Icon } from '../../components/Icon';
import { useClock } from '../../hooks/useClock';
import { LANGUAGES, type LanguageCode } from '../../i18n/languages';
import { useKiosk } from '../../stores/kiosk-store';
import { useNavigation } from '../../stores/navigation-store';

/**
 * Between visitors: the center's name, the time, and one very large "touch to start", with the
 * four languages each written in its own script so a visitor can start in theirs directly.
 */
export function AttractScreen() {
  const { t, i18n } = useTranslation();
  const now = useClock();
  const centerName = useKiosk((s) => s.info?.centerName) ?? t('home.centerFallback');
  const connected = useKiosk((s) => s.connected);
  const start = (language?: LanguageCode) => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
    useNavigation.getState().home();
  };
  return (
    <section className="screen attract" data-testid="screen-attract" aria-labelledby="screen-title">
      <p className="attract__center" dir="auto">
        {centerName}
      </p>
      <h1 id="screen-title" className="attract__title" tabIndex={-1}>
        {t('attract.title')}
      </h1>
      <p className="attract__clock">
        <time dateTime={now.toISOString()}>
          <span className="attract__time">{formatTime(now, i18n.language)}</span>
          <span className="attract__date">{formatDate(now, i18n.language, 'full')}</span>
        </time>
      </p>
      <button type="button" className="attract__start" onClick={() => start()} data-testid="attract-start">
        <Icon name="touch" size={96} />
        <span>{t('attract.start')}</span>
      </button>
      <fieldset className="attract__languages">
        <legend className="visually-hidden">{t('attract.languages')}</legend>
        {LANGUAGES.map((l) => (
          <button
            key={l.code}
            type="button"
            className="attract__language"
            lang={l.code}
            dir={l.dir}
            onClick={() => start(l.code)}
            data-testid={`attract-language-${l.code}`}
          >
            {l.nativeName}
          </button>
        ))}
      </fieldset>
      {connected ? null : (
        <p className="attract__offline" role="status">
          {t('status.disconnected')}
        </p>
      )}
    </section>
  );
}
