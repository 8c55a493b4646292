import { centerDate, formatWeekday, systemClock, wallTime } from '../../../src-main/api/center-clock';
import type { ServiceNames } from '../../../src-main/api/channels/tickets';
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from '../../i18n/languages';

/** The UI language as the ticket channels take it. */
export function ticketLanguage(language: string): LanguageCode {
  const base = language.split('-')[0] ?? '';
  return isLanguageCode(base) ? base : DEFAULT_LANGUAGE;
}

/** A service's name in the reader's language; missing translations fall back to English, then Vietnamese. */
export function serviceName(names: ServiceNames | Partial<Record<string, string>>, language: string): string {
  const all = names as Partial<Record<string, string>>;
  return all[ticketLanguage(language)] || all.en || all.vi || '';
}

export function counterList(counters: readonly number[], language: string): string {
  return new Intl.ListFormat(ticketLanguage(language), { style: 'long', type: 'conjunction' }).format(counters.map(String));
}

/** "Monday 07:30" on the center's clock, for a closed service. */
export function opensAtText(iso: string, language: string, now = systemClock.now()): string {
  const time = wallTime(iso);
  return centerDate(iso) === centerDate(now) ? time : `${time} ${formatWeekday(iso, ticketLanguage(language))}`;
}
