/**
 * Days as a clerk types and reads them: day/month/year (dd/mm/yyyy), the order Vietnam writes
 * dates in, whatever the browser's own locale would show in a native date picker.
 */

/** `6/12/2026`, `06.12.2026` or `06-12-2026` → `2026-12-06`; '' for empty; null when it is not a real day. */
export function parseDayText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2026-12-06` → `06/12/2026`; anything else as it is. */
export function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The Monday and Sunday (`YYYY-MM-DD`) of an ISO 8601 week `2026-W46`, or null when it is not one. */
export function isoWeekDays(week: string): { from: string; to: string } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const [year, n] = [Number(m[1]), Number(m[2])];
  if (n < 1 || n > 53) return null;
  // 4 January is always in week 1; its week starts on the Monday on or before it.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) - (n - 1) * 7) * 86_400_000;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(monday), to: day(monday + 6 * 86_400_000) };
}
