import { useTranslation } from 'react-i18next';
import { hasTranslation, type LocalizedText, localized } from '../../../src-main/api/channels/catalog';

/**
 * Catalog text in the screen's language, falling back to Vietnamese. `lang` marks the fallback so
 * screen readers and fonts treat Vietnamese text as Vietnamese inside an English or Arabic screen.
 */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    text: (value: LocalizedText): string => localized(value, language),
    lang: (value: LocalizedText): string | undefined => (hasTranslation(value, language) ? undefined : 'vi'),
    language,
  };
}
