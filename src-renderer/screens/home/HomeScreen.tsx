import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-main/api/center-clock';
import { ListenButton } from '../../components/aloud/ListenButton';
import { useHelpText } from '../../components/help/screen-help';
import { Icon } from '../../components/Icon';
import { Tile } from '../../components/Tile';
import { useClock } from '../../hooks/useClock';
import { homeActions } from './home-actions';

export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const now = useClock();
  useHelpText(t('home.help'));
  return (
    <section className="screen home" data-testid="screen-home" aria-labelledby="screen-title">
      <div className="home__hero">
        <h1 id="screen-title" className="home__welcome" tabIndex={-1}>
          {t('home.welcome')}
        </h1>
        <p className="home__lead">{t('home.lead')}</p>
        <ListenButton reading={{ kind: 'home' }} />
        <p className="home__clock">
          <time dateTime={now.toISOString()}>{formatDate(now, i18n.language, 'full')}</time>
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
