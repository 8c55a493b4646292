import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { Tile } from '../../components/Tile';
import { useKiosk } from '../../stores/kiosk-store';
import { homeActions } from './home-actions';
import { useClock } from './useClock';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const now = useClock();
  const centerName = useKiosk((s) => s.info?.centerName);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: TIME_ZONE }).format(now);
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: TIME_ZONE }).format(now);
  return (
    <section className="screen home" data-testid="screen-home" aria-labelledby="screen-title">
      <div className="home__hero">
        <p className="home__center">{centerName ?? t('home.centerFallback')}</p>
        <h1 id="screen-title" className="home__welcome">
          {t('home.welcome')}
        </h1>
        <p className="home__lead">{t('home.lead')}</p>
        <p className="home__clock">
          <time dateTime={now.toISOString()}>
            <span className="home__time">{time}</span> <span className="home__date">{date}</span>
          </time>
        </p>
      </div>
      <div className="tile-grid" data-testid="home-actions">
        {homeActions.map((a) => (
          <Tile
            key={a.id}
            testId={`home-action-${a.id}`}
            title={t(a.titleKey)}
            subtitle={t(a.subtitleKey)}
            icon={<Icon name={a.icon} size={64} />}
            onPress={a.open}
          />
        ))}
      </div>
    </section>
  );
}
