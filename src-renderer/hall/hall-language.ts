import type { i18n } from 'i18next';

const KEY = 'hall.language';

/** The hall pages speak Vietnamese and English; other languages fall back to Vietnamese. */
export const HALL_LANGUAGES = ['vi', 'en'] as const;

export function rememberedLanguage(): string {
  const saved = window.localStorage.getItem(KEY);
  return saved && (HALL_LANGUAGES as readonly string[]).includes(saved) ? saved : 'vi';
}

export function switchLanguage(i18n: i18n): void {
  const next = i18n.language === 'vi' ? 'en' : 'vi';
  window.localStorage.setItem(KEY, next);
  void i18n.changeLanguage(next);
}
