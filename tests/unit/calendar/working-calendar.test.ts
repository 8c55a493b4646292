import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayList } from '../../../src-main/core/calendar/day-list';
import { lunarNewYear, solarFromLunar } from '../../../src-main/core/calendar/lunar-calendar';
import { isWeekend, publicHolidays } from '../../../src-main/core/calendar/public-holidays';
import { WorkingCalendar } from '../../../src-main/core/calendar/working-calendar';

/** 09:00 in Hanoi on a local date. */
const morning = (iso: string) => new Date(`${iso}T02:00:00Z`);

describe('the lunar calendar, reckoned in Vietnam time', () => {
  it('puts Tết on the days Vietnam kept, including years where China differs by a day', () => {
    const known: Record<number, string> = {
      1985: '1985-01-21', // China: 1985-02-20 (a leap month falls differently in UTC+8)
      2007: '2007-02-17', // China: 2007-02-18
      2020: '2020-01-25',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
    };
    for (const [year, date] of Object.entries(known)) expect(lunarNewYear(Number(year)), year).toBe(date);
  });

  it('finds the Hùng Kings’ day (10th day, 3rd month) across a leap 2nd month', () => {
    expect(solarFromLunar(2023, 3, 10)).toBe('2023-04-29'); // 2023 had a leap 2nd month
    expect(solarFromLunar(2024, 3, 10)).toBe('2024-04-18');
    expect(solarFromLunar(2025, 3, 10)).toBe('2025-04-07');
    expect(solarFromLunar(2026, 3, 10)).toBe('2026-04-26');
  });

  it('keeps Tết between 21 January and 20 February for two centuries', () => {
    for (let year = 1901; year <= 2099; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}: ${tet}`).toBe(true);
    }
  });

  it('refuses months and days that do not exist', () => {
    expect(() => solarFromLunar(2026, 13, 1)).toThrow(RangeError);
    expect(() => solarFromLunar(2026, 1, 31)).toThrow(RangeError);
  });
});

describe('public holidays', () => {
  it('lists the fixed days of 2026 with Sunday’s Hùng Kings day made up on Monday', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'newYear' },
      { date: '2026-02-16', name: 'tetEve' },
      { date: '2026-02-17', name: 'tet' },
      { date: '2026-02-18', name: 'tet' },
      { date: '2026-02-19', name: 'tet' },
      { date: '2026-04-26', name: 'hungKings' },
      { date: '2026-04-27', name: 'compensation' },
      { date: '2026-04-30', name: 'reunification' },
      { date: '2026-05-01', name: 'labour' },
      { date: '2026-09-02', name: 'nationalDay' },
    ]);
  });

  it('makes up Tết days that fall on a weekend after the last of them (Tết 2024: Saturday and Sunday)', () => {
    const dates = publicHolidays(2024).map((h) => h.date);
    for (const d of ['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14']) expect(dates).toContain(d);
    expect(dates).not.toContain('2024-02-15');
  });

  it('never makes up a day on a weekend or on another holiday', () => {
    for (let year = 2000; year <= 2060; year++) {
      const list = publicHolidays(year);
      expect(new Set(list.map((h) => h.date)).size, String(year)).toBe(list.length);
      for (const h of list.filter((x) => x.name === 'compensation')) expect(isWeekend(h.date), h.date).toBe(false);
    }
  });
});

describe('the expected result date', () => {
  const calendar = new WorkingCalendar();

  it('skips Tết: 3 working days from Friday 13 February 2026 land on Tuesday 24 February', () => {
    // Mon 16 (eve) and Tue 17 to Thu 19 (Tết) are off: the working days are Fri 20, Mon 23, Tue 24.
    expect(calendar.addWorkingDays(morning('2026-02-13'), 3)).toBe('2026-02-24');
  });

  it('skips 30 April, 1 May and the Monday made up for the Hùng Kings’ Sunday', () => {
    // Fri 24 April 2026 + 3: Mon 27 (make-up) off, Tue 28, Wed 29, Thu 30 off, Fri 1 off, Mon 4.
    expect(calendar.addWorkingDays(morning('2026-04-24'), 3)).toBe('2026-05-04');
  });

  it('counts a dossier handed in on a day off from the next working day', () => {
    // Saturday 7 March 2026: received Monday 9, so 3 working days are Thursday 12.
    expect(calendar.addWorkingDays(morning('2026-03-07'), 3)).toBe('2026-03-12');
    // A same-day procedure asked for on Sunday, or on the eve of Tết, is done on the next working day.
    expect(calendar.addWorkingDays(morning('2026-03-08'), 0)).toBe('2026-03-09');
    expect(calendar.addWorkingDays(morning('2026-02-16'), 0)).toBe('2026-02-20');
    expect(calendar.addWorkingDays(morning('2026-03-09'), 0)).toBe('2026-03-09');
  });

  it('counts a dossier handed in after the working day has ended from the next working day', () => {
    const closing = new WorkingCalendar({ extraDaysOff: '', extraWorkingDays: '', dayEndsAt: '17:00' });
    // Friday 6 March 2026 at 16:59 and 17:00 in Hà Nội (09:59 and 10:00 UTC).
    expect(closing.addWorkingDays(new Date('2026-03-06T09:59:00Z'), 0)).toBe('2026-03-06');
    expect(closing.addWorkingDays(new Date('2026-03-06T10:00:00Z'), 0)).toBe('2026-03-09');
    expect(closing.addWorkingDays(new Date('2026-03-06T10:00:00Z'), 3)).toBe('2026-03-12');
    // 23:30 on Thursday 5 March local is still Thursday there (16:30 UTC), and after hours.
    expect(closing.addWorkingDays(new Date('2026-03-05T16:30:00Z'), 1)).toBe('2026-03-09');
  });

  it('counts a weekend day the government swapped in and skips a day it added off', () => {
    const swapped = new WorkingCalendar({ extraDaysOff: '2026-02-20', extraWorkingDays: '2026-02-28' });
    // From Fri 13 Feb with the 20th off too: Mon 23, Tue 24, Wed 25. From Thu 26: Fri 27, Sat 28.
    expect(swapped.addWorkingDays(morning('2026-02-13'), 3)).toBe('2026-02-25');
    expect(swapped.addWorkingDays(morning('2026-02-26'), 2)).toBe('2026-02-28');
  });

  it('always lands on a working day and never before the submission', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 60 }), (offset, days) => {
        const at = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000);
        const due = calendar.addWorkingDays(at, days);
        const day = at.toISOString().slice(0, 10);
        return calendar.isWorkingDay(due) && (days === 0 ? due >= day : due > day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the list of days a technician types', () => {
  it('reads dates and ranges with any separator', () => {
    const r = parseDayList(' 2026-02-14..2026-02-16, 2026-09-01;2026-09-01\n2027-01-01 ');
    expect(r).toEqual({ ok: true, days: ['2026-02-14', '2026-02-15', '2026-02-16', '2026-09-01', '2027-01-01'] });
    expect(parseDayList('')).toEqual({ ok: true, days: [] });
  });

  it('refuses what is not a real date or a sensible range, saying which entry', () => {
    for (const [text, says] of [
      ['2026-02-30', '2026-02-30'],
      ['2026-2-3', '2026-2-3'],
      ['tomorrow', 'tomorrow'],
      ['2026-03-01..2026-02-01', 'ends before it starts'],
      ['2026-01-01..2026-03-01', 'longer than 31 days'],
      ['2026-01-01..2026-01-02..2026-01-03', '2026-01-01..2026-01-02..2026-01-03'],
      ['1999-12-31', '1999-12-31'],
    ] as const) {
      const r = parseDayList(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error).toContain(says);
    }
  });
});
