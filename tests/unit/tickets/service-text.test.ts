import { describe, expect, it } from 'vitest';
import { counterList, opensAtText, serviceName, ticketLanguage } from '../../../src-renderer/screens/tickets/service-text';

describe('service text on screen', () => {
  const names = { vi: 'Hộ tịch', en: 'Civil status', pl: 'Stan cywilny' };

  it('names a service in the reader’s language, else English, else Vietnamese', () => {
    expect(serviceName(names, 'vi')).toBe('Hộ tịch');
    expect(serviceName(names, 'pl')).toBe('Stan cywilny');
    expect(serviceName(names, 'ar')).toBe('Civil status');
    expect(serviceName({ vi: 'Hộ tịch' }, 'en')).toBe('Hộ tịch');
    expect(serviceName(names, 'en-US')).toBe('Civil status');
  });

  it('takes only the languages the channels know', () => {
    expect(ticketLanguage('pl-PL')).toBe('pl');
    expect(ticketLanguage('fr')).toBe('vi');
  });

  it('lists counters the way each language joins words', () => {
    expect(counterList([1], 'vi')).toBe('1');
    expect(counterList([1, 2], 'en')).toBe('1 and 2');
    expect(counterList([1, 2], 'vi')).toBe('1 và 2');
  });

  it('says when a closed service opens: the time today, the weekday otherwise', () => {
    const saturday = new Date('2026-11-28T07:00:00.000Z'); // 14:00 in Hà Nội
    expect(opensAtText('2026-11-30T00:30:00.000Z', 'vi', saturday)).toBe('07:30 Thứ Hai');
    expect(opensAtText('2026-11-30T00:30:00.000Z', 'en', saturday)).toBe('07:30 Monday');
    const mondayLunch = new Date('2026-11-30T05:00:00.000Z');
    expect(opensAtText('2026-11-30T06:30:00.000Z', 'en', mondayLunch)).toBe('13:30');
  });
});
