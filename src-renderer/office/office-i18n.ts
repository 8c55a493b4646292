import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/** Day and month in two digits and the whole year: `06/12/2026`, never the ambiguous `6/12/26`. */
const DAY = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** Times as a clerk in Vietnam reads them (`11:56 06/12/2026`), whatever the browser's own time zone. */
export function formatTime(iso: string | null, lang: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    ...DAY,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function formatDay(day: string | null, lang: string): string {
  if (!day) return '—';
  // A value that is not a day (typed by hand at an old kiosk) is shown as it came.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return day;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'UTC', ...DAY }).format(new Date(`${day}T00:00:00Z`));
}
