import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { Tile } from '../../components/Tile';
import { LANGUAGES } from '../../i18n/languages';
import { useNavigation } from '../../stores/navigation-store';

/** Each language is shown in its own script, so a person who reads no Vietnamese finds theirs. */
export function LanguageScreen() {
  const { t, i18n } = useTranslation();
  const back = useNavigation((s) => s.back);
  return (
    <ScreenFrame title={t('language.title')} testId="screen-language">
      <p className="lead">{t('language.lead')}</p>
      <div className="tile-grid tile-grid--two">
        {LANGUAGES.map((l) => (
          <Tile
            key={l.code}
            testId={`language-${l.code}`}
            lang={l.code}
            title={l.nativeName}
            subtitle={i18n.language === l.code ? t('language.current') : undefined}
            onPress={() => {
              void i18n.changeLanguage(l.code);
              back();
            }}
          />
        ))}
      </div>
    </ScreenFrame>
  );
}
