import { describe, expect, it } from 'vitest';
import { median, percentile, Samples } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the nearest-rank percentile: always a sample that happened', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('keeps the upper median of an even count, as bench:ui always has', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('groups samples by kind and refuses what is not a duration', () => {
    const s = new Samples();
    s.add('screen:search', 40);
    s.add('key', 12);
    s.add('screen:procedure', 60);
    expect(s.kinds()).toEqual(['screen:search', 'key', 'screen:procedure']);
    expect(s.of((k) => k.startsWith('screen:'))).toEqual([40, 60]);
    expect(() => s.add('key', Number.NaN)).toThrow(RangeError);
    expect(() => s.add('key', -1)).toThrow(RangeError);
  });
});
