import { describe, expect, it } from 'vitest';
import {
  addDays,
  centerDate,
  fakeClock,
  formatCalendarDate,
  formatDateTime,
  formatMoment,
  formatTime,
  slashDate,
  slashDateTime,
  vietnameseDateWords,
  wallTime,
} from '../../../src-main/api/center-clock';

// 17:30 UTC on 5 Dec is already 00:30 on 6 Dec at the center: its day, whatever the machine's zone.
const AFTER_MIDNIGHT = new Date('2026-12-05T17:30:00Z');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the center clock', () => {
  it('says which day it is at the center, not on the machine', () => {
    expect(centerDate(AFTER_MIDNIGHT)).toBe('2026-12-06');
    expect(centerDate('2026-12-05T16:59:59.999Z')).toBe('2026-12-05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('writes dates the ways Vietnamese paper and people write them', () => {
    expect(vietnameseDateWords('2026-12-06')).toBe('ngày 6 tháng 12 năm 2026');
    expect(slashDate('2026-12-06')).toBe('06/12/2026');
    expect(slashDate('06/12/2026')).toBe('06/12/2026');
    expect(slashDateTime(AFTER_MIDNIGHT)).toBe('06/12/2026 00:30');
    expect(wallTime('2026-12-06T02:05:00Z')).toBe('09:05');
  });

  it('formats per language, always on the center clock', () => {
    expect(formatTime(AFTER_MIDNIGHT, 'vi')).toBe('00:30');
    expect(nbsp(formatTime(AFTER_MIDNIGHT, 'en'))).toBe('12:30 AM');
    expect(formatDateTime(AFTER_MIDNIGHT, 'vi', 'short', 'short')).toBe('00:30 6/12/26');
    expect(formatMoment(AFTER_MIDNIGHT, 'vi')).toBe('00:30, ngày 6 tháng 12 năm 2026');
    expect(formatTime(AFTER_MIDNIGHT, 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('reads a calendar date as that date in every zone, with its weekday when asked', () => {
    expect(formatCalendarDate('2026-12-06', 'en', 'weekday')).toBe('Sunday, December 6, 2026');
    expect(formatCalendarDate('2026-12-06', 'vi', 'weekday')).toBe('Chủ Nhật, ngày 6 tháng 12 năm 2026');
    expect(formatCalendarDate('2026-12-06', 'en-GB', 'short')).toBe('06/12/2026');
  });

  it('gives tests a clock they move by hand', () => {
    const clock = fakeClock('2026-12-06T00:00:00Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-12-06T00:01:30.000Z');
  });
});
