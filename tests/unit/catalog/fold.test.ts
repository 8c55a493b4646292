import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, foldTelexToken, foldToTerms } from '../../../src-main/core/catalog/search/fold';

describe('accent folding', () => {
  it('drops every Vietnamese mark, in either Unicode form, and folds đ to d', () => {
    expect(foldAccents('Đăng ký hộ tịch')).toBe('dang ky ho tich');
    expect(foldAccents('ĐĂNG KÝ HỘ TỊCH')).toBe('dang ky ho tich');
    // Decomposed input (as some keyboards send it) folds the same as precomposed.
    expect(foldAccents('Đăng ký hộ tịch'.normalize('NFD'))).toBe('dang ky ho tich');
    expect(foldAccents('Người có công, Nghĩa vụ quân sự, Trích lục')).toBe('nguoi co cong, nghia vu quan su, trich luc');
  });

  it('gives the same terms for accented and accent-free text', () => {
    expect(foldToTerms('Chứng thực bản sao từ bản chính')).toEqual(foldToTerms('chung thuc ban sao tu ban chinh'));
  });
});

describe('Telex and VNI leftovers', () => {
  it.each([
    ['hoj', 'ho'],
    ['tichj', 'tich'],
    ['tijch', 'tich'],
    ['ddawng', 'dang'],
    ['kys', 'ky'],
    ['thuwowngf', 'thuong'],
    ['chuwngs', 'chung'],
    ['nguyeenx', 'nguyen'],
    ['hoaf', 'hoa'],
    ['ho5', 'ho'],
    ['tich5', 'tich'],
  ])('%s → %s', (typed, word) => {
    expect(foldTelexToken(typed)).toBe(word);
  });

  it('leaves real accent-free Vietnamese words and codes alone', () => {
    for (const word of ['khai', 'sinh', 'thuong', 'tru', 'nghia', 'quan', 'nguoi', 'chung', 'thuc', 'ban', 'sao', 'giay', 'phep']) {
      expect(foldTelexToken(word)).toBe(word);
    }
    expect(foldTelexToken('1.001193')).toBe('1.001193');
    expect(foldToTerms('1.001193')).toEqual(['1.001193']);
  });

  it('reads a whole Telex-typed query as the words meant', () => {
    expect(foldToTerms('hoj tichj')).toEqual(['ho', 'tich']);
    expect(foldToTerms('ddawng kys khai sinh')).toEqual(['dang', 'ky', 'khai', 'sinh']);
  });

  it('is idempotent: folding folded terms changes nothing (index and query always meet)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵ sfrxjw0123456789.'.split('')),
        }),
        (text) => {
          const once = foldToTerms(text);
          expect(foldToTerms(once.join(' '))).toEqual(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});
