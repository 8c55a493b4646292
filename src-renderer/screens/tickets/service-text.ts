import type { ServiceNames } from '../../../src-main/api/channels/tickets';
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from '../../i18n/languages';

const CENTER_TIME_ZONE = 'Asia/Ho_Chi_Minh';

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
export function opensAtText(iso: string, language: string, now = new Date()): string {
  const at = new Date(iso);
  const lang = ticketLanguage(language);
  const sameDay =
    new Intl.DateTimeFormat('en-CA', { timeZone: CENTER_TIME_ZONE }).format(at) ===
    new Intl.DateTimeFormat('en-CA', { timeZone: CENTER_TIME_ZONE }).format(now);
  const time = new Intl.DateTimeFormat(lang, { timeZone: CENTER_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );
  if (sameDay) return time;
  const day = new Intl.DateTimeFormat(lang, { timeZone: CENTER_TIME_ZONE, weekday: 'long' }).format(at);
  return `${time} ${day}`;
}
