import { WEEKDAYS, type Weekday } from './channels/tickets';

/**
 * The center's clock: the one place that knows the center's time zone, what day it is there, and
 * how its dates and times are written. Main, renderer, center and office all read time through
 * here, so a kiosk installed with the wrong machine time zone still numbers tickets, dates
 * receipts and shows times in Vietnam's time. Vietnam has kept UTC+7 without daylight saving
 * since 1975, but the zone goes through Intl rather than a fixed offset, so nothing else has to
 * know that. `tests/unit/time/one-clock.test.ts` refuses `toLocale…String` and
 * `new Intl.DateTimeFormat` anywhere else in the source tree.
 */
export const CENTER_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Time as a dependency, in one shape everywhere, so tests can stand at midnight or fast-forward a backoff. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export function fakeClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = new Date(d).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

type DateInput = Date | string | number;

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per locale and options; every one of them reads the center's zone. */
function format(locale: string, options: Intl.DateTimeFormatOptions, timeZone = CENTER_TIME_ZONE): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

const NUMERIC: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
};

function parts(at: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format('en-US', NUMERIC, timeZone).formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** What the clock on the center's wall says at an instant. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly weekday: Weekday;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

export function wallClock(at: Date, timeZone = CENTER_TIME_ZONE): WallClock {
  const p = parts(at, timeZone);
  const weekday = (p.weekday ?? '').toLowerCase().slice(0, 3) as Weekday;
  if (!WEEKDAYS.includes(weekday)) throw new Error(`unexpected weekday from Intl: ${p.weekday}`);
  return { date: `${p.year}-${p.month}-${p.day}`, weekday, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** The center's local date (`YYYY-MM-DD`) at an instant: "today" for tickets, dossiers, calendars and the office. */
export function centerDate(at: DateInput, timeZone = CENTER_TIME_ZONE): string {
  return wallClock(toDate(at), timeZone).date;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a wall-clock time on a local date happens (`2026-11-23`, 450 → 07:30 that day). */
export function instantOf(date: string, minutes: number, timeZone = CENTER_TIME_ZONE): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  const first = guess - offsetAt(new Date(guess), timeZone);
  // A second pass settles the rare zone whose offset differs between the guess and the answer.
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

/** A local date `days` later (or earlier), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Intl locale of a UI language. Arabic keeps Latin digits: tickets and receipts are printed in them. */
export function intlLocale(language: string): string {
  return language === 'ar' ? 'ar-u-nu-latn' : language;
}

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

/** An instant's date on the center's clock, as the language writes it. */
export function formatDate(value: DateInput, language: string, style: DateStyle = 'long'): string {
  if (language === 'vi' && (style === 'long' || style === 'full')) return vietnameseLongDate(toDate(value), style === 'full');
  return format(intlLocale(language), { dateStyle: style }).format(toDate(value));
}

/**
 * `ngày 6 tháng 12 năm 2026` (with `Chủ Nhật, ` in front when asked) as Vietnamese papers write a
 * date; Intl's own `6 tháng 12, 2026` is not how an administrative text reads.
 */
function vietnameseLongDate(at: Date, weekday: boolean, timeZone = CENTER_TIME_ZONE): string {
  const found = format('vi', { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' }, timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => found.find((p) => p.type === type)?.value ?? '';
  const date = `ngày ${part('day')} tháng ${part('month')} năm ${part('year')}`;
  return weekday ? `${part('weekday')}, ${date}` : date;
}

/** An instant's time of day on the center's clock (`06:30`, `6:30 AM`). */
export function formatTime(value: DateInput, language: string, style: 'short' | 'medium' = 'short'): string {
  return format(intlLocale(language), { timeStyle: style }).format(toDate(value));
}

/** An instant's date and time on the center's clock. */
export function formatDateTime(
  value: DateInput,
  language: string,
  dateStyle: DateStyle = 'medium',
  timeStyle: 'short' | 'medium' = 'short',
): string {
  return format(intlLocale(language), { dateStyle, timeStyle }).format(toDate(value));
}

/** `07:47, ngày 22 tháng 11 năm 2026`: hour first, then the date with the month in words, for citizens. */
export function formatMoment(value: DateInput, language: string): string {
  const at = toDate(value);
  const locale = intlLocale(language);
  const time = format(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  const date =
    language === 'vi' ? vietnameseLongDate(at, false) : format(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  return `${time}, ${date}`;
}

/** `HH:MM` on the center's 24-hour clock, as the hall board and the counter show it. */
export function wallTime(value: DateInput): string {
  return format('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
}

/** A weekday name in the language (`Thứ Hai`, `Monday`) of an instant on the center's clock. */
export function formatWeekday(value: DateInput, language: string): string {
  return format(intlLocale(language), { weekday: 'long' }).format(toDate(value));
}

/** `dd/mm/yyyy` of an ISO calendar date (`2026-12-06` → `06/12/2026`), as Vietnamese forms write dates. */
export function slashDate(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}` : isoDate;
}

/** `06/12/2026 09:15`: an instant on the center's clock, as printed tickets and receipts write it. */
export function slashDateTime(value: DateInput): string {
  const at = toDate(value);
  return `${slashDate(centerDate(at))} ${wallTime(at)}`;
}

/** `ngày 6 tháng 12 năm 2026`: an ISO calendar date in the words Vietnamese documents use. */
export function vietnameseDateWords(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * A calendar date (`YYYY-MM-DD`, no instant) as the language writes it, with its weekday when
 * asked, so "Wednesday 11 March" is not misread. Read at UTC noon: a date has no time zone.
 */
export function formatCalendarDate(isoDate: string, language: string, style: DateStyle | 'weekday' = 'long'): string {
  const at = new Date(`${isoDate}T12:00:00Z`);
  if (language === 'vi' && style !== 'short' && style !== 'medium') return vietnameseLongDate(at, style !== 'long', 'UTC');
  const options: Intl.DateTimeFormatOptions =
    style === 'weekday' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { dateStyle: style };
  return format(intlLocale(language), options, 'UTC').format(at);
}
