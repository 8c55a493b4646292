/** Vietnam keeps UTC+7 all year (no daylight saving), so local dates need no time-zone database. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The kiosk's local date, YYYY-MM-DD. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The date `days` working days after `at` (local date), skipping Saturdays and Sundays as the
 * law counts them. Public holidays are not known to the kiosk, so the receipt calls this the
 * expected date, not a promise. Fractions (half a day) round up; 0 means the same day.
 */
export function addWorkingDays(at: Date, days: number): string {
  const d = new Date(`${vietnamDate(at)}T00:00:00Z`);
  let left = Math.ceil(Math.max(0, days));
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}
