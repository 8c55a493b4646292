/**
 * A list of dates a technician types on the kiosk: `2026-02-14..2026-02-22, 2026-09-01`. Dates are
 * YYYY-MM-DD; `A..B` is every day from A to B; commas, semicolons or spaces separate entries.
 */
export type DayListResult = { readonly ok: true; readonly days: readonly string[] } | { readonly ok: false; readonly error: string };

/** A range longer than this is a typing mistake (Tết, the longest break, is nine days). */
const MAX_RANGE_DAYS = 31;
const MAX_DAYS = 400;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parseDate(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2100) return null;
  const t = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not come back as typed does not exist.
  return new Date(t).toISOString().slice(0, 10) === text ? t : null;
}

export function parseDayList(text: string): DayListResult {
  const days = new Set<string>();
  for (const entry of text.split(/[\s,;]+/).filter((e) => e !== '')) {
    const [fromText, toText, extra] = entry.split('..');
    const from = parseDate(fromText ?? '');
    if (from === null || extra !== undefined)
      return { ok: false, error: `"${entry.slice(0, 40)}" is not a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD` };
    const to = toText === undefined ? from : parseDate(toText);
    if (to === null) return { ok: false, error: `"${entry.slice(0, 40)}" does not end in a date YYYY-MM-DD` };
    if (to < from) return { ok: false, error: `"${entry}" ends before it starts` };
    if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) return { ok: false, error: `"${entry}" is longer than ${MAX_RANGE_DAYS} days` };
    for (let t = from; t <= to; t += DAY_MS) days.add(new Date(t).toISOString().slice(0, 10));
    if (days.size > MAX_DAYS) return { ok: false, error: `more than ${MAX_DAYS} days listed` };
  }
  return { ok: true, days: [...days].sort() };
}
