import { describe, expect, it } from 'vitest';
import { dayText, isoWeekDays, parseDayText } from '../../../src-renderer/office/day-text';

describe('days typed as day/month/year in the back office', () => {
  it('reads dd/mm/yyyy with one or two digits and / . or - between', () => {
    expect(parseDayText('06/12/2026')).toBe('2026-12-06');
    expect(parseDayText(' 6/12/2026 ')).toBe('2026-12-06');
    expect(parseDayText('6.2.2026')).toBe('2026-02-06');
    expect(parseDayText('29-02-2028')).toBe('2028-02-29');
  });

  it('gives empty for empty and null for what is not a real day, never a guess', () => {
    expect(parseDayText('')).toBe('');
    expect(parseDayText('   ')).toBe('');
    for (const bad of ['31/04/2026', '29/02/2026', '00/01/2026', '12/13/2026', '2026-12-06', '6/12/26', '06/12/1899', 'hôm nay'])
      expect(parseDayText(bad)).toBeNull();
  });

  it('writes a stored day back as dd/mm/yyyy', () => {
    expect(dayText('2026-12-06')).toBe('06/12/2026');
    expect(dayText('')).toBe('');
    expect(parseDayText(dayText('2026-01-31'))).toBe('2026-01-31');
  });
});

describe('ISO weeks as the days they cover', () => {
  it('gives Monday to Sunday, across a year end too', () => {
    expect(isoWeekDays('2026-W46')).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    expect(isoWeekDays('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(isoWeekDays('2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
    expect(isoWeekDays('2026-46')).toBeNull();
    expect(isoWeekDays('2026-W60')).toBeNull();
  });
});
