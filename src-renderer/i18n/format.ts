import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Dates, numbers and fees as each language writes them, through Intl. Times are always the
 * center's own (Vietnam), whatever the machine's time zone. Arabic uses Latin digits: ticket
 * numbers, codes and receipts are printed in them, and the screen should match the paper.
 *
 *   const f = useFormat();
 *   f.fee(50000)        // vi "50.000 ₫", en "₫50,000"; 0 → "Miễn phí" / "Free"
 *   f.date(dossier.createdAt)   f.dateTime(ticket.issuedAt)   f.number(3)   f.list(['A', 'B'])
 */
export const KIOSK_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function intlLocale(language: string): string {
  return language === 'ar' ? 'ar-u-nu-latn' : language;
}

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * Vietnamese long dates as administrative papers write them: "ngày 6 tháng 12 năm 2026" (Intl
 * gives "6 tháng 12, 2026"), with the weekday in front when asked ("Chủ Nhật, ngày 6 …").
 */
export function vietnameseLongDate(value: DateInput, options: Readonly<{ weekday?: boolean; timeZone?: string }> = {}): string {
  const timeZone = options.timeZone ?? KIOSK_TIME_ZONE;
  const parts = cached(
    `vi-parts|${timeZone}`,
    () => new Intl.DateTimeFormat('vi', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric', timeZone }),
  ).formatToParts(toDate(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `ngày ${part('day')} tháng ${part('month')} năm ${part('year')}`;
  return options.weekday ? `${part('weekday')}, ${date}` : date;
}

export function formatDate(value: DateInput, language: string, style: 'short' | 'medium' | 'long' | 'full' = 'long'): string {
  if (language === 'vi' && (style === 'long' || style === 'full')) return vietnameseLongDate(value, { weekday: style === 'full' });
  const locale = intlLocale(language);
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: KIOSK_TIME_ZONE })).format(
    toDate(value),
  );
}

export function formatTime(value: DateInput, language: string): string {
  const locale = intlLocale(language);
  return cached(`t|${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: KIOSK_TIME_ZONE })).format(
    toDate(value),
  );
}

export function formatDateTime(value: DateInput, language: string): string {
  const locale = intlLocale(language);
  return cached(
    `dt|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: KIOSK_TIME_ZONE }),
  ).format(toDate(value));
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

export interface Formatters {
  date(value: DateInput, style?: 'short' | 'medium' | 'long' | 'full'): string;
  time(value: DateInput): string;
  dateTime(value: DateInput): string;
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
      time: (v) => formatTime(v, language),
      dateTime: (v) => formatDateTime(v, language),
      number: (v, o) => formatNumber(v, language, o),
      fee: (v) => (v === 0 ? t('format.free') : formatFee(v, language)),
      list: (items) => formatList(items, language),
    }),
    [language, t],
  );
}
