import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type DateStyle, formatDate, formatDateTime, formatTime, intlLocale } from '../../src-main/api/center-clock';

/**
 * Dates, numbers and fees as each language writes them, through Intl. Dates and times come from
 * the center's clock (`src-main/api/center-clock.ts`): always the center's own zone (Vietnam),
 * whatever the machine's. Arabic uses Latin digits: ticket numbers, codes and receipts are
 * printed in them, and the screen should match the paper.
 *
 *   const f = useFormat();
 *   f.fee(50000)        // vi "50.000 ₫", en "₫50,000"; 0 → "Miễn phí" / "Free"
 *   f.date(dossier.createdAt)   f.dateTime(ticket.issuedAt)   f.number(3)   f.list(['A', 'B'])
 */
type DateInput = Date | string | number;

const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  const locale = intlLocale(language);
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** A fee in Vietnamese đồng (no minor unit). Zero is "free", said in words by the caller. */
export function formatFee(amountVnd: number, language: string): string {
  const locale = intlLocale(language);
  return cached(
    `fee|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND', currencyDisplay: 'symbol', maximumFractionDigits: 0 }),
  ).format(amountVnd);
}

export function formatList(items: readonly string[], language: string): string {
  const locale = intlLocale(language);
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** Alternatives as the language joins them ("A hoặc B", "A or B", "A lub B"). */
export function formatAlternatives(items: readonly string[], language: string): string {
  const locale = intlLocale(language);
  return cached(`or|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' })).format(items);
}

export interface Formatters {
  date(value: DateInput, style?: DateStyle): string;
  time(value: DateInput, style?: 'short' | 'medium'): string;
  dateTime(value: DateInput, dateStyle?: DateStyle, timeStyle?: 'short' | 'medium'): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "Miễn phí" / "Free" for 0, else the amount in đồng. */
  fee(amountVnd: number): string;
  list(items: readonly string[]): string;
}

/** The formatters bound to the language on screen; re-renders when it changes. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      date: (v, style) => formatDate(v, language, style),
      time: (v, style) => formatTime(v, language, style),
      dateTime: (v, d, t) => formatDateTime(v, language, d, t),
      number: (v, o) => formatNumber(v, language, o),
      fee: (v) => (v === 0 ? t('format.free') : formatFee(v, language)),
      list: (items) => formatList(items, language),
    }),
    [language, t],
  );
}
