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
    <ScreenFrame title={t('language.title')} lead={t('language.lead')} help={t('language.help')} testId="screen-language">
      <div className="tile-grid tile-grid--two">
        {LANGUAGES.map((l) => (
          <Tile
            key={l.code}
            testId={`language-${l.code}`}
            lang={l.code}
            dir={l.dir}
            title={l.nativeName}
            subtitle={i18n.language === l.code ? t('language.current') : undefined}
            selected={i18n.language === l.code}
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
