/**
 * The two astronomical events Vietnam's lunar calendar is built on: new moons and the sun's
 * passage through multiples of 30° of longitude. Formulas from Jean Meeus, "Astronomical
 * Algorithms" (2nd edition, Willmann-Bell, 1998):
 * - the new moon: chapter 49, "Phases of the Moon": the mean phase (49.1) with the periodic
 *   corrections for a new moon and the fourteen planetary arguments A1…A14 (accurate to seconds);
 * - the sun: chapter 25, "Solar Coordinates", the lower-accuracy method: geometric mean longitude
 *   (25.2), mean anomaly (25.3), equation of the centre, then the apparent longitude corrected for
 *   nutation and aberration with Ω (about 0.01°);
 * - ΔT (TT − UT) from the polynomials of Espenak and Meeus, "Five Millennium Canon of Solar
 *   Eclipses" (NASA/TP-2006-214141), section 2.6, which extend Meeus's chapter 10.
 * Every function takes and returns Julian days; UT unless it says TT.
 */

const DEG = Math.PI / 180;
const J2000 = 2451545.0;
/** Mean length of a lunation in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;
/** Julian ephemeris day of the mean new moon numbered 0, 6 January 2000 (Meeus 49.1). */
const LUNATION_ZERO_JDE = 2451550.09766;

const sinDeg = (degrees: number): number => Math.sin(degrees * DEG);

/** Degrees reduced to 0 ≤ x < 360. */
export function normalizeDegrees(degrees: number): number {
  return degrees - 360 * Math.floor(degrees / 360);
}

/** TT − UT in seconds for a decimal year (Espenak & Meeus 2006; long-term parabola outside 1860–2150). */
export function deltaTSeconds(year: number): number {
  const longTerm = (y: number) => -20 + 32 * ((y - 1820) / 100) ** 2;
  if (year < 1860 || year >= 2150) return longTerm(year);
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return longTerm(year) - 0.5628 * (2150 - year);
}

/** A Julian day in TT turned into UT. */
function terrestrialToUniversal(jde: number): number {
  const year = 2000 + (jde - J2000) / 365.25;
  return jde - deltaTSeconds(year) / 86_400;
}

/** Periodic terms of a new moon (Meeus ch. 49): coefficient, power of E, multiples of M, M′, F, Ω. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments A1…A14 (Meeus ch. 49): constant, rate per lunation, coefficient in days. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** The moment (Julian day, UT) of new moon number `lunation`, counted from 6 January 2000. */
export function newMoon(lunation: number): number {
  const k = lunation;
  const t = k / 1236.85;
  const mean = LUNATION_ZERO_JDE + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const eccentricity = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const latitude = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  let periodic = 0;
  for (const [coefficient, powerOfE, m, mPrime, f, omega] of NEW_MOON_TERMS) {
    periodic += coefficient * eccentricity ** powerOfE * sinDeg(m * sunAnomaly + mPrime * moonAnomaly + f * latitude + omega * node);
  }
  let planetary = 0;
  PLANETARY_TERMS.forEach(([base, rate, coefficient], index) => {
    const argument = base + rate * k - (index === 0 ? 0.009173 * t ** 2 : 0);
    planetary += coefficient * sinDeg(argument);
  });
  return terrestrialToUniversal(mean + periodic + planetary);
}

/** The number of the mean new moon nearest to Julian day `jd`. */
export function lunationNear(jd: number): number {
  return Math.round((jd - LUNATION_ZERO_JDE) / SYNODIC_MONTH);
}

/** The sun's apparent geocentric longitude in degrees at Julian day `jd` (Meeus ch. 25, low accuracy). */
export function apparentSunLongitude(jd: number): number {
  // TT − UT (about a minute) moves the sun by 0.0007°: below this method's accuracy, so ignored.
  const t = (jd - J2000) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly);
  const node = 125.04 - 1934.136 * t;
  return normalizeDegrees(meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(node));
}

/** The Julian day (UT) nearest `near` on which the sun's apparent longitude is `degrees`. */
export function sunReaches(degrees: number, near: number): number {
  const daysPerDegree = 365.2422 / 360;
  let jd = near;
  for (let step = 0; step < 20; step++) {
    const gap = normalizeDegrees(degrees - apparentSunLongitude(jd) + 180) - 180;
    jd += gap * daysPerDegree;
    if (Math.abs(gap) < 1e-6) break;
  }
  return jd;
}
