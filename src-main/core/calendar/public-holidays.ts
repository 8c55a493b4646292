import { dayNumber, isoFromDayNumber, lunarNewYear, solarFromLunar } from './lunar-calendar';

export type HolidayName = 'newYear' | 'tetEve' | 'tet' | 'hungKings' | 'reunification' | 'labour' | 'nationalDay' | 'compensation';

export interface PublicHoliday {
  /** YYYY-MM-DD, local date. */
  readonly date: string;
  readonly name: HolidayName;
}

function isoDayNumber(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(iso: string): number {
  return (isoDayNumber(iso) + 1) % 7;
}

/** Orders anything dated YYYY-MM-DD by its date. */
export function byDate(a: { readonly date: string }, b: { readonly date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

export function isWeekend(iso: string): boolean {
  const d = weekdayOf(iso);
  return d === 0 || d === 6;
}

/**
 * The days off that the Labour Code (2019, art. 112) fixes for solar year `year`, the ones that
 * need no yearly decision: 1 January, the eve and first three days of Tết, the Hùng Kings'
 * commemoration (10th day of the 3rd lunar month), 30 April, 1 May and 2 September. The code's
 * fifth day of Tết and the day next to 2 September are placed by the government each year, as are
 * swapped working days, so a technician enters those (`calendar.extraDaysOff`,
 * `calendar.extraWorkingDays`). A holiday that falls on a Saturday or Sunday is made up on the next
 * working day (art. 112(3)).
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const tet = isoDayNumber(lunarNewYear(year));
  const fixed: PublicHoliday[] = [
    { date: `${year}-01-01`, name: 'newYear' },
    { date: isoFromDayNumber(tet - 1), name: 'tetEve' },
    { date: isoFromDayNumber(tet), name: 'tet' },
    { date: isoFromDayNumber(tet + 1), name: 'tet' },
    { date: isoFromDayNumber(tet + 2), name: 'tet' },
    { date: solarFromLunar(year, 3, 10), name: 'hungKings' },
    { date: `${year}-04-30`, name: 'reunification' },
    { date: `${year}-05-01`, name: 'labour' },
    { date: `${year}-09-02`, name: 'nationalDay' },
  ];
  const taken = new Set(fixed.map((h) => h.date));
  const result = [...fixed];
  for (const h of fixed) {
    if (!isWeekend(h.date)) continue;
    let day = isoDayNumber(h.date) + 1;
    while (isWeekend(isoFromDayNumber(day)) || taken.has(isoFromDayNumber(day))) day += 1;
    const date = isoFromDayNumber(day);
    taken.add(date);
    result.push({ date, name: 'compensation' });
  }
  return result.sort(byDate);
}
