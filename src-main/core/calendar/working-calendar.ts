import { wallClock } from '../../api/center-clock';
import { parseDayList } from './day-list';
import { byDate, type HolidayName, isWeekend, publicHolidays } from './public-holidays';

const DAY_MS = 86_400_000;

/** The days the technician lists on top of the law: extra days off and weekend days worked instead. */
export interface CalendarAdjustments {
  readonly extraDaysOff: string;
  readonly extraWorkingDays: string;
  /** `HH:MM` local: a dossier handed in from this time on counts as handed in on the next working day. */
  readonly dayEndsAt?: string;
}

const NO_ADJUSTMENTS: CalendarAdjustments = { extraDaysOff: '', extraWorkingDays: '' };

/** Minutes after local midnight of `HH:MM`; anything else means the day never ends early. */
function minutesOf(hhmm: string | undefined): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : 24 * 60;
}

/**
 * Which days the center works: Monday to Friday, less the public holidays the law fixes (with
 * their make-up days), less the days off the technician lists, plus the Saturdays or Sundays the
 * government swapped in as working days.
 */
export class WorkingCalendar {
  /** The law's days off of each year asked about, by date: lunar dates are worth computing once. */
  private readonly holidays = new Map<number, ReadonlyMap<string, HolidayName>>();
  private readonly extraOff: ReadonlySet<string>;
  private readonly extraOn: ReadonlySet<string>;
  private readonly dayEndsMs: number;

  constructor(adjustments: CalendarAdjustments = NO_ADJUSTMENTS) {
    this.dayEndsMs = minutesOf(adjustments.dayEndsAt) * 60_000;
    const off = parseDayList(adjustments.extraDaysOff);
    const on = parseDayList(adjustments.extraWorkingDays);
    // Config validated both lists before storing them; a list that still fails adds nothing.
    this.extraOff = new Set(off.ok ? off.days : []);
    this.extraOn = new Set(on.ok ? on.days : []);
  }

  private holidaysOf(year: number): ReadonlyMap<string, HolidayName> {
    let days = this.holidays.get(year);
    if (!days) {
      days = new Map(publicHolidays(year).map((h) => [h.date, h.name]));
      this.holidays.set(year, days);
    }
    return days;
  }

  isWorkingDay(iso: string): boolean {
    if (this.extraOn.has(iso)) return true;
    if (this.extraOff.has(iso) || isWeekend(iso)) return false;
    return !this.holidaysOf(Number(iso.slice(0, 4))).has(iso);
  }

  /** Every weekday the center is closed in `year`, by law or by the technician's list, in order. */
  daysOff(year: number): { date: string; name: HolidayName | 'extra' }[] {
    const days = new Map<string, HolidayName | 'extra'>();
    for (const [date, name] of this.holidaysOf(year)) if (!this.extraOn.has(date)) days.set(date, name);
    for (const d of this.extraOff) if (d.startsWith(`${year}-`) && !days.has(d)) days.set(d, 'extra');
    return [...days].map(([date, name]) => ({ date, name })).sort(byDate);
  }

  /**
   * The local date `days` working days after a dossier handed in at `at`. One handed in on a day
   * off, or after the working day has ended, counts as handed in on the next working day, as
   * centers receive online dossiers; `0` (a same-day procedure) is that day. Fractions (half a
   * day) round up.
   */
  addWorkingDays(at: Date, days: number): string {
    const wall = wallClock(at);
    let t = Date.parse(`${wall.date}T00:00:00Z`);
    if (wall.minutes * 60_000 >= this.dayEndsMs) t += DAY_MS;
    const iso = () => new Date(t).toISOString().slice(0, 10);
    while (!this.isWorkingDay(iso())) t += DAY_MS;
    let left = Math.ceil(Math.max(0, days));
    while (left > 0) {
      t += DAY_MS;
      if (this.isWorkingDay(iso())) left -= 1;
    }
    return iso();
  }
}
