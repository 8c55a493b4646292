import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, directionOf, LANGUAGES } from './languages';
import { loadResources, namespaces } from './resources';

/** Vietnamese is complete and the fallback for every missing string. */
export function setupI18n(language: string = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: loadResources(),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    ns: namespaces(),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const applyDirection = (lng: string) => {
    document.documentElement.lang = lng;
    document.documentElement.dir = directionOf(lng);
  };
  applyDirection(instance.language);
  instance.on('languageChanged', applyDirection);
  return instance;
}
