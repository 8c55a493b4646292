import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCodePage as decodeVietnamese } from '../../../hardware/emulators/decode-bytes';
import { encodeVietnamese } from '../../../src-main/hardware/printer/vietnamese-codepage';

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Every Vietnamese letter, small and capital, in its precomposed (NFC) form. */
const LETTERS = [...VOWELS, ...VOWELS.toUpperCase()].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).concat(['đ', 'Đ']);
const text = fc
  .array(fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(' ', 'b', 'c', 'N', 'g', 'h', '2', '.', ',')), { maxLength: 60 })
  .map((a) => a.join(''));

// 10,000 cases a property: allow for a loaded CI machine.
describe('Vietnamese code pages', { timeout: 60_000 }, () => {
  it('CP1258 splits a toned letter into its base and tone mark, as the code page wants', () => {
    // iconv-lite alone turns ế into `?`: CP1258 has ê (0xEA) and the combining acute (0xEC), not ế.
    expect([...encodeVietnamese('ế', 'cp1258')]).toEqual([0xea, 0xec]);
    expect([...encodeVietnamese('ử', 'cp1258')]).toEqual([0xfd, 0xd2]);
    expect([...encodeVietnamese('ậ', 'cp1258')]).toEqual([0xe2, 0xf2]);
    expect([...encodeVietnamese('à', 'cp1258')]).toEqual([0xe0]);
  });

  it('CP1258 carries every Vietnamese letter there and back unchanged (10,000 cases)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bytes = encodeVietnamese(t, 'cp1258');
        expect(bytes.includes(0x3f)).toBe(false);
        expect(decodeVietnamese(bytes, 'cp1258')).toBe(t);
      }),
      { numRuns: 10_000 },
    );
  });

  it('TCVN3 and VISCII never send a byte the printer would read as a command (10,000 cases)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('tcvn3', 'viscii') as fc.Arbitrary<'tcvn3' | 'viscii'>, (t, page) => {
        const bytes = encodeVietnamese(t, page);
        expect(bytes.every((b) => b >= 0x20)).toBe(true);
        // Nothing is lost but the case of a few capitals: read back, it is the same text in small letters.
        expect(decodeVietnamese(bytes, page).toLocaleLowerCase('vi')).toBe(t.toLocaleLowerCase('vi'));
      }),
      { numRuns: 10_000 },
    );
  });

  it('TCVN3 prints a toned capital that sits on a control byte as its small letter', () => {
    // iconv-lite's tcvn puts Ứ on 0x11 and Ý on 0x10 (DLE, the start of a real-time command).
    expect(decodeVietnamese(encodeVietnamese('Ứ Ý', 'tcvn3'), 'tcvn3')).toBe('ứ ý');
  });

  it('drops control characters and stands in for missing punctuation', () => {
    expect([...encodeVietnamese('A\x1b@B\x10\x04\x01', 'cp1258')]).toEqual([0x41, 0x40, 0x42]);
    expect(encodeVietnamese('Quầy 2 – “Ưu tiên”', 'tcvn3').toString('latin1')).toContain('2 - "');
    expect(decodeVietnamese(encodeVietnamese('Quầy 2 – A', 'cp1258'), 'cp1258')).toBe('Quầy 2 – A');
  });
});
