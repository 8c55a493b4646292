import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatMoment, formatTime } from '../../../src-main/api/center-clock';
import { formatFee, formatNumber } from '../../../src-renderer/i18n/format';

// 23:30 UTC on 31 Dec is already 1 Jan in Vietnam: the center's day, not the machine's.
const NEW_YEAR_VN = new Date('2025-12-31T23:30:00Z');
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per language with Intl', () => {
  it('writes fees in đồng as each language does', () => {
    expect(nbsp(formatFee(50000, 'vi'))).toBe('50.000 ₫');
    expect(nbsp(formatFee(50000, 'en'))).toBe('₫50,000');
    expect(nbsp(formatFee(50000, 'pl'))).toMatch(/^50 000 (₫|VND)$/);
    expect(formatFee(50000, 'ar')).toMatch(/50.000/);
    expect(formatFee(50000, 'ar')).not.toMatch(/[٠-٩]/); // Latin digits, as on the printed ticket
  });

  it('writes dates and times in Vietnam time', () => {
    expect(formatDate(NEW_YEAR_VN, 'vi', 'short')).toBe('1/1/26');
    expect(formatDate(NEW_YEAR_VN, 'en', 'long')).toBe('January 1, 2026');
    expect(formatDate(NEW_YEAR_VN, 'pl', 'long')).toBe('1 stycznia 2026');
    expect(nbsp(formatTime(NEW_YEAR_VN, 'en'))).toBe('6:30 AM');
    expect(formatTime(NEW_YEAR_VN, 'vi')).toBe('06:30');
    expect(formatDateTime('2026-03-05T02:00:00Z', 'vi')).toContain('09:00');
    expect(formatDate(NEW_YEAR_VN, 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('writes Vietnamese long dates as administrative papers do', () => {
    expect(formatDate(NEW_YEAR_VN, 'vi')).toBe('ngày 1 tháng 1 năm 2026');
    expect(formatDate('2026-12-06T03:00:00Z', 'vi', 'full')).toBe('Chủ Nhật, ngày 6 tháng 12 năm 2026');
    expect(formatCalendarDate('2026-12-06', 'vi', 'weekday')).toBe('Chủ Nhật, ngày 6 tháng 12 năm 2026');
    expect(formatMoment('2026-12-06T00:47:00Z', 'vi')).toBe('07:47, ngày 6 tháng 12 năm 2026');
  });

  it('groups numbers per language', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});
