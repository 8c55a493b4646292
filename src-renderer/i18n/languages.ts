/** The languages the kiosk speaks, each named in itself so anyone can find their own. */
export const LANGUAGES = [
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'vi';

export function isLanguageCode(value: string): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

/**
 * Writing direction from the table above. i18next's own `dir()` asks `Intl.Locale#getTextInfo`,
 * whose first call loads locale data and cost about 20 ms of the kiosk's start-up.
 */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}
