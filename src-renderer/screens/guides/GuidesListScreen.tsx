import { useTranslation } from 'react-i18next';
import { guideText } from '../../../src-main/api/channels/guides';
import { ScreenFrame } from '../../components/ScreenFrame';
import { Tile } from '../../components/Tile';
import { useNavigation } from '../../stores/navigation-store';
import { GuidePicture } from './GuidePicture';
import { useGuides } from './useGuides';
import './guide-screens';
import './guides.css';

/** "Hướng dẫn": every picture guide as a tile, with the first step's drawing. */
export function GuidesListScreen() {
  const { t, i18n } = useTranslation('guides');
  const guides = useGuides();
  const lang = i18n.language;
  const fallback = guides?.some((g) => guideText(g.title, lang).fallback) ?? false;
  return (
    <ScreenFrame title={t('title')} lead={t('lead')} testId="screen-guides">
      {fallback ? (
        <p className="guide__notice" data-testid="guides-fallback">
          {t('fallback')}
        </p>
      ) : null}
      {guides === null ? (
        <p role="status">{t('loading')}</p>
      ) : guides.length === 0 ? (
        <p role="status">{t('none')}</p>
      ) : (
        <div className="tile-grid">
          {guides.map((g) => {
            const title = guideText(g.title, lang);
            const first = g.steps[0];
            return (
              <Tile
                key={g.id}
                title={title.text}
                subtitle={guideText(g.summary, lang).text}
                lang={title.fallback ? 'en' : undefined}
                icon={first ? <GuidePicture name={first.picture} size={72} /> : undefined}
                onPress={() => useNavigation.getState().go('guides.guide', { id: g.id })}
                testId={`guide-${g.id}`}
              />
            );
          })}
        </div>
      )}
    </ScreenFrame>
  );
}
