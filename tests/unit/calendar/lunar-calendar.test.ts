import { describe, expect, it } from 'vitest';
import { apparentSunLongitude, lunationNear, newMoon, sunReaches } from '../../../src-main/core/calendar/lunar-astronomy';
import { dayNumber, lunarNewYear, solarFromLunar } from '../../../src-main/core/calendar/lunar-calendar';
import { CHINESE_TABLE, VIETNAM_DIFFERS } from './lunar-table';

const YEARS = Array.from({ length: 61 }, (_, i) => 1990 + i);

function vietnamDate(year: number, holiday: 'tet' | 'hungKings'): string {
  const override = VIETNAM_DIFFERS.find((d) => d.year === year && d.holiday === holiday);
  const [tet, hungKings] = CHINESE_TABLE[year] ?? ['', ''];
  return override?.date ?? (holiday === 'tet' ? tet : hungKings);
}

describe('the lunar holidays 1990–2050 against the published table', () => {
  it.each(YEARS)('Tết %i', (year) => {
    expect(lunarNewYear(year)).toBe(vietnamDate(year, 'tet'));
  });

  it.each(YEARS)('the Hùng Kings’ day (10th day, 3rd month) %i', (year) => {
    expect(solarFromLunar(year, 3, 10)).toBe(vietnamDate(year, 'hungKings'));
  });

  it.each(VIETNAM_DIFFERS)('$year $holiday: the month’s new moon falls in the hour before midnight in Hanoi', ({ date, holiday }) => {
    // The month starts on `date` (Tết) or 9 days before it (Hùng Kings' day, the 10th).
    const start = dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) - (holiday === 'tet' ? 0 : 9);
    const localMidnightUt = start + 0.5 - 7 / 24; // 00:00 of the next day in Hanoi, as a Julian day (UT)
    const moon = newMoon(lunationNear(start));
    expect(moon).toBeLessThan(localMidnightUt);
    expect(moon).toBeGreaterThanOrEqual(localMidnightUt - 1 / 24);
  });
});

describe('the astronomy (Meeus)', () => {
  it('finds the new moon of 1977 February (Meeus example 49.a: 18 Feb 1977, 3:37:42 TD)', () => {
    const moon = newMoon(-283);
    const expectedUt = 2443192.65118 - 48 / 86_400; // ΔT in 1977 ≈ 48 s
    expect(Math.abs(moon - expectedUt) * 86_400).toBeLessThan(10);
  });

  it('gives the sun’s apparent longitude of 1992 October 13 (Meeus example 25.a: 199.90895°)', () => {
    expect(apparentSunLongitude(2448908.5)).toBeCloseTo(199.909, 2);
  });

  it('finds the December solstice of 2026 on the 21st (20:50 UT)', () => {
    const jd = sunReaches(270, dayNumber(2026, 12, 21));
    const minutes = (jd - (dayNumber(2026, 12, 21) - 0.5)) * 1440;
    expect(Math.abs(minutes - (20 * 60 + 50))).toBeLessThan(10);
  });
});
