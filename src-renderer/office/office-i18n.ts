import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { slashDate, slashDateTime } from '../../src-main/api/center-clock';
import en from './locales/en.json';
import vi from './locales/vi.json';

/**
 * The back office speaks Vietnamese and English; any other browser language falls back to
 * Vietnamese. Its strings live beside it (not in the kiosk's locales) so the kiosk's bundle and
 * its four-language completeness rule stay the kiosk's own.
 */
export const OFFICE_LANGUAGES = ['vi', 'en'] as const;
const STORAGE_KEY = 'office.language';

export function setupOfficeI18n(): i18n {
  const remembered = localStorage.getItem(STORAGE_KEY);
  const lng = remembered && (OFFICE_LANGUAGES as readonly string[]).includes(remembered) ? remembered : 'vi';
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { office: vi }, en: { office: en } },
    lng,
    fallbackLng: 'vi',
    ns: ['office'],
    defaultNS: 'office',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lng;
  instance.on('languageChanged', (l) => {
    document.documentElement.lang = l;
    localStorage.setItem(STORAGE_KEY, l);
  });
  return instance;
}

/**
 * Times as a clerk in Vietnam reads them (`06/12/2026 11:56`): day and month in two digits and the
 * whole year, never the ambiguous `6/12/26`, on the center's clock whatever the browser's own zone.
 * Vietnamese and British English write them alike.
 */
export function formatTime(iso: string | null): string {
  return iso ? slashDateTime(iso) : '—';
}

/** A calendar day as `06/12/2026`; a value that is not a day (typed by hand at an old kiosk) is shown as it came. */
export function formatDay(day: string | null): string {
  return day ? slashDate(day) : '—';
}
