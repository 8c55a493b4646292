import { describe, expect, it } from 'vitest';
import { centerDate, instantOf, wallClock } from '../../../src-main/api/center-clock';
import type { OpeningHours } from '../../../src-main/api/channels/tickets';
import { DEFAULT_HOURS } from '../../../src-main/core/tickets/default-services';
import { isOpenAt, nextOpening } from '../../../src-main/core/tickets/opening-hours';

describe('the center wall clock (Asia/Ho_Chi_Minh)', () => {
  it('turns the day at local midnight, seven hours before UTC midnight', () => {
    expect(centerDate(new Date('2026-11-23T16:59:59.999Z'))).toBe('2026-11-23');
    expect(centerDate(new Date('2026-11-23T17:00:00.000Z'))).toBe('2026-11-24');
    expect(wallClock(new Date('2026-11-23T17:00:00.000Z'))).toEqual({ date: '2026-11-24', weekday: 'tue', minutes: 0 });
    // New Year's Eve crosses the year as well.
    expect(centerDate(new Date('2026-12-31T17:00:00.000Z'))).toBe('2027-01-01');
  });

  it('finds the instant of a wall-clock time', () => {
    expect(instantOf('2026-11-23', 7 * 60 + 30).toISOString()).toBe('2026-11-23T00:30:00.000Z');
    expect(instantOf('2026-11-24', 0).toISOString()).toBe('2026-11-23T17:00:00.000Z');
  });

  it('knows opening hours with the lunch break', () => {
    const monday = (hhmm: string) => instantOf('2026-11-23', Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
    expect(isOpenAt(DEFAULT_HOURS, monday('07:29'))).toBe(false);
    expect(isOpenAt(DEFAULT_HOURS, monday('07:30'))).toBe(true);
    expect(isOpenAt(DEFAULT_HOURS, monday('11:30'))).toBe(false);
    expect(isOpenAt(DEFAULT_HOURS, monday('12:15'))).toBe(false);
    expect(isOpenAt(DEFAULT_HOURS, monday('13:30'))).toBe(true);
    expect(isOpenAt(DEFAULT_HOURS, monday('16:59'))).toBe(true);
    expect(isOpenAt(DEFAULT_HOURS, monday('17:00'))).toBe(false);
    expect(nextOpening(DEFAULT_HOURS, monday('12:15'))?.toISOString()).toBe(monday('13:30').toISOString());
  });

  it('points a Saturday afternoon visitor to Monday morning', () => {
    const saturday2pm = instantOf('2026-11-28', 14 * 60);
    expect(isOpenAt(DEFAULT_HOURS, saturday2pm)).toBe(false);
    expect(nextOpening(DEFAULT_HOURS, saturday2pm)?.toISOString()).toBe(instantOf('2026-11-30', 450).toISOString());
  });

  it('says never for a service with no hours, and opens all day with 00:00–24:00', () => {
    const closed: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(nextOpening(closed, new Date())).toBeNull();
    const always: OpeningHours = { ...closed, sun: [{ from: '00:00', to: '24:00' }] };
    expect(isOpenAt(always, instantOf('2026-11-29', 23 * 60 + 59))).toBe(true);
  });
});
