/**
 * Vietnam's lunar calendar, enough to place the lunar public holidays (Tết, the Hùng Kings'
 * commemoration) on the solar calendar. No well-kept npm package does this for Vietnam: the
 * Chinese calendar libraries reckon days in UTC+8, which moves Tết by a day in some years (2007,
 * 2030), and the Vietnamese ones are unmaintained or carry a non-commercial licence.
 *
 * The rules (the calendar in use in Vietnam since 1968, reckoned in UTC+7):
 * - a month begins on the local day that holds a new moon;
 * - month 11 is the month that holds the winter solstice (the sun at 270°);
 * - when 13 months begin between one month 11 and the next, the first of them during which the
 *   sun enters no new 30° sector (no "major solar term") is a leap month and repeats the number
 *   of the month before it.
 * The astronomy is in `lunar-astronomy.ts` (J. Meeus, Astronomical Algorithms, ch. 49 and 25).
 */

import { apparentSunLongitude, lunationNear, newMoon, SYNODIC_MONTH, sunReaches } from './lunar-astronomy';

const TIME_ZONE_HOURS = 7;
const DAY_MS = 86_400_000;
/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_DAY = 2440588;

/** Julian day number of a Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  return UNIX_EPOCH_DAY + Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The Gregorian date of a Julian day number, as YYYY-MM-DD. */
export function isoFromDayNumber(jdn: number): string {
  return new Date((jdn - UNIX_EPOCH_DAY) * DAY_MS).toISOString().slice(0, 10);
}

/** The Julian day number of the date in Vietnam at the moment `jd` (UT). */
function vietnamDay(jd: number): number {
  return Math.floor(jd + 0.5 + TIME_ZONE_HOURS / 24);
}

/** The local day on which lunar month `lunation` begins. */
function monthStart(lunation: number): number {
  return vietnamDay(newMoon(lunation));
}

/** Whether the sun enters a new 30° sector during the month that begins with `lunation`. */
function holdsMajorTerm(lunation: number): boolean {
  // A local day D starts at Julian day D − 0.5 − 7/24 (UT).
  const sectorAtStartOf = (day: number) => Math.floor(apparentSunLongitude(day - 0.5 - TIME_ZONE_HOURS / 24) / 30);
  return sectorAtStartOf(monthStart(lunation)) !== sectorAtStartOf(monthStart(lunation + 1));
}

/** The lunation that begins month 11 of the lunar year holding the winter solstice of `year`. */
function month11(year: number): number {
  const solsticeDay = vietnamDay(sunReaches(270, dayNumber(year, 12, 21)));
  let lunation = lunationNear(solsticeDay - SYNODIC_MONTH / 2);
  while (monthStart(lunation) > solsticeDay) lunation -= 1;
  while (monthStart(lunation + 1) <= solsticeDay) lunation += 1;
  return lunation;
}

interface LunarMonth {
  readonly number: number;
  readonly leap: boolean;
  readonly lunation: number;
}

/** The months from month 11 of solar year `year − 1` up to, not including, month 11 of `year`. */
function monthsBetweenSolstices(year: number): LunarMonth[] {
  const first = month11(year - 1);
  const count = month11(year) - first;
  let leapAt = -1;
  if (count === 13) {
    for (let i = 1; i < count && leapAt < 0; i++) if (!holdsMajorTerm(first + i)) leapAt = i;
  }
  const months: LunarMonth[] = [];
  let number = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapAt;
    if (i > 0 && !leap) number = (number % 12) + 1;
    months.push({ number, leap, lunation: first + i });
  }
  return months;
}

/**
 * The solar date (YYYY-MM-DD) of a day of a regular (not leap) lunar month of lunar year
 * `lunarYear`, the year that begins with Tết in January or February of that solar year.
 */
export function solarFromLunar(lunarYear: number, lunarMonth: number, lunarDay: number): string {
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) throw new RangeError(`lunar month ${lunarMonth}`);
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) throw new RangeError(`lunar day ${lunarDay}`);
  // Months 11 and 12 of a lunar year come after the solstice that ends its solar year.
  const months = monthsBetweenSolstices(lunarMonth >= 11 ? lunarYear + 1 : lunarYear);
  const month = months.find((m) => m.number === lunarMonth && !m.leap);
  if (!month) throw new RangeError(`lunar month ${lunarMonth} of ${lunarYear}`);
  return isoFromDayNumber(monthStart(month.lunation) + lunarDay - 1);
}

/** Tết: the first day of the lunar year that starts in solar year `year`. */
export function lunarNewYear(year: number): string {
  return solarFromLunar(year, 1, 1);
}
