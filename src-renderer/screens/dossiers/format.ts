import { vietnameseLongDate } from '../../i18n/format';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A moment as the citizen reads it ("07:47, ngày 22 tháng 11 năm 2026"), in Vietnam's time whatever the machine's zone. */
export function formatDateTime(iso: string, lang: string): string {
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(at);
  const date =
    lang === 'vi'
      ? vietnameseLongDate(at, { timeZone: TIME_ZONE })
      : new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(at);
  return `${time}, ${date}`;
}

/** A calendar date (YYYY-MM-DD) with its weekday, so "Wednesday 11 March" is not misread. */
export function formatDay(isoDate: string, lang: string): string {
  if (lang === 'vi') return vietnameseLongDate(`${isoDate}T00:00:00Z`, { weekday: true, timeZone: 'UTC' });
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
