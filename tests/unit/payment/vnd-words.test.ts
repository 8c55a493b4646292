import { describe, expect, it } from 'vitest';
import { toBankName } from '../../../src-main/api/payment';
import { vndFiguresAndWords, vndInFigures, vndInWords } from '../../../src-main/api/vnd-words';

describe('amounts in Vietnamese words', () => {
  it.each([
    [0, 'không đồng'],
    [5, 'năm đồng'],
    [10, 'mười đồng'],
    [15, 'mười lăm đồng'],
    [21, 'hai mươi mốt đồng'],
    [25, 'hai mươi lăm đồng'],
    [101, 'một trăm linh một đồng'],
    [110, 'một trăm mười đồng'],
    [2_000, 'hai nghìn đồng'],
    [8_000, 'tám nghìn đồng'],
    [10_000, 'mười nghìn đồng'],
    [25_000, 'hai mươi lăm nghìn đồng'],
    [30_000, 'ba mươi nghìn đồng'],
    [50_000, 'năm mươi nghìn đồng'],
    [105_000, 'một trăm linh năm nghìn đồng'],
    [400_000, 'bốn trăm nghìn đồng'],
    [1_001, 'một nghìn không trăm linh một đồng'],
    [1_000_050, 'một triệu không trăm năm mươi đồng'],
    [1_015_000, 'một triệu không trăm mười lăm nghìn đồng'],
    [1_234_567, 'một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy đồng'],
    [1_000_000_000, 'một tỷ đồng'],
  ])('%i → %s', (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it('writes figures with dots between thousands, then the words', () => {
    expect(vndInFigures(50_000)).toBe('50.000 đồng');
    expect(vndInFigures(1_234_567)).toBe('1.234.567 đồng');
    expect(vndInFigures(800)).toBe('800 đồng');
    expect(vndFiguresAndWords(50_000)).toBe('50.000 đồng – năm mươi nghìn đồng');
  });

  it('refuses what is not a whole amount', () => {
    expect(() => vndInWords(-1)).toThrow(RangeError);
    expect(() => vndInWords(1.5)).toThrow(RangeError);
    expect(() => vndInWords(1e15)).toThrow(RangeError);
  });
});

describe('a beneficiary name as banks hold it', () => {
  it('drops the marks, turns đ into D, capitalises and squeezes spaces', () => {
    expect(toBankName('  UBND xã  Chiềng Sơn ')).toBe('UBND XA CHIENG SON');
    expect(toBankName('Ủy ban nhân dân xã Đồng Văn')).toBe('UY BAN NHAN DAN XA DONG VAN');
  });
});
