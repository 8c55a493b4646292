const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A moment as the citizen reads it, in Vietnam's time whatever the machine's zone. */
export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) with its weekday, so "Wednesday 11 March" is not misread. */
export function formatDay(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
