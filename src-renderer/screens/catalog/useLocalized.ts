import { useTranslation } from 'react-i18next';
import { fallbackLang, type LocalizedText, localized } from '../../../src-main/api/channels/catalog';

/**
 * Catalog text in the screen's language, falling back to English, then Vietnamese. `lang` marks the
 * fallback so screen readers and fonts treat English or Vietnamese text as such inside an Arabic screen.
 */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    text: (value: LocalizedText): string => localized(value, language),
    lang: (value: LocalizedText): string | undefined => fallbackLang(value, language),
    language,
  };
}
