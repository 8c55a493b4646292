/**
 * Vietnam's lunar calendar, enough to place the lunar public holidays (Tết, the Hùng Kings'
 * commemoration) on the solar calendar. No well-kept npm package does this for Vietnam: the
 * Chinese calendar libraries reckon days in UTC+8, which moves Tết by a day in some years (2007,
 * 1985), and the Vietnamese ones are unmaintained or shipped obfuscated.
 *
 * The rules: a month begins on the local day (UTC+7) that holds a new moon; month 11 is the one
 * holding the winter solstice; when 13 months lie between two months 11, the first of them
 * without a major solar term (a 30° step of the sun's longitude) is the leap month. Astronomy from
 * J. Meeus, Astronomical Algorithms (1998): the mean new moon with its main periodic terms (ch. 49)
 * and the sun's apparent longitude to about 0.01° (ch. 25), ample for whole days from 1900 to 2100.
 */

const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon numbered 0 (1900-01-01 ≈ 13:52 UT). */
const NEW_MOON_EPOCH_JD = 2415020.75933;
const DEG = Math.PI / 180;

/** Julian day number of a Gregorian date (noon). */
export function dayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number, as YYYY-MM-DD. */
export function isoFromDayNumber(jdn: number): string {
  const date = new Date(Date.UTC(2000, 0, 1) + (jdn - dayNumber(2000, 1, 1)) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Julian day (TT ≈ UT here) of the new moon numbered k, Meeus ch. 49 with the larger terms. */
function newMoonJulianDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    NEW_MOON_EPOCH_JD +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * latitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * latitudeArg - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT (TT − UT) in days, a polynomial fit good for the 20th and 21st centuries.
  const deltaT =
    t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** The local day number on which new moon k falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDay(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** The sun's apparent longitude in radians, 0..2π, at Julian day `jd` (Meeus ch. 25, low accuracy). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const longitude = (meanLongitude + center) * DEG;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which 30° sector (0..11) the sun is in at the start of local day `jdn`. */
function solarSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** Index k of the new moon nearest to local day `jdn` (a month's first day gives its own). */
function lunationIndex(jdn: number): number {
  return Math.floor((jdn - 2415021.076998695) / SYNODIC_MONTH + 0.5);
}

/** The first day of lunar month 11 in the lunar year that ends in solar year `year`'s winter. */
function month11Start(year: number): number {
  const k = Math.floor((dayNumber(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // A month that begins after the solstice (sun past 270°) does not hold it: month 11 is the one before.
  return solarSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** How many months after month 11 the leap month sits, in a year of 13 months. */
function leapMonthOffset(month11: number): number {
  const k = lunationIndex(month11);
  let i = 1;
  let sector = solarSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = solarSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/**
 * The solar date (YYYY-MM-DD) of a day of a regular (not leap) lunar month of lunar year
 * `lunarYear`, the year that begins with Tết in January or February of that solar year.
 */
export function solarFromLunar(lunarYear: number, lunarMonth: number, lunarDay: number): string {
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) throw new RangeError(`lunar month ${lunarMonth}`);
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) throw new RangeError(`lunar day ${lunarDay}`);
  const [from, to] =
    lunarMonth < 11 ? [month11Start(lunarYear - 1), month11Start(lunarYear)] : [month11Start(lunarYear), month11Start(lunarYear + 1)];
  let offset = (lunarMonth - 11 + 12) % 12;
  if (to - from > 365 && offset >= leapMonthOffset(from)) offset += 1;
  return isoFromDayNumber(newMoonDay(lunationIndex(from) + offset) + lunarDay - 1);
}

/** Tết: the first day of the lunar year that starts in solar year `year`. */
export function lunarNewYear(year: number): string {
  return solarFromLunar(year, 1, 1);
}
