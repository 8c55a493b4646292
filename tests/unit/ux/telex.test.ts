import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTelexKey, telexType } from '../../../src-renderer/components/keyboard/telex';
import { TELEX_LITERAL, TELEX_UNDO, TELEX_WORDS } from './telex-words';

describe('Telex engine', () => {
  it('has a table of at least 100 words', () => {
    expect(TELEX_WORDS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(TELEX_WORDS)('%s → %s', (keys, expected) => {
    const out = telexType(keys);
    expect(out).toBe(expected);
    expect(out.normalize('NFC')).toBe(out);
  });

  it.each(TELEX_UNDO)('repeating a key undoes it: %s → %s', (keys, expected) => {
    expect(telexType(keys)).toBe(expected);
  });

  it.each(TELEX_LITERAL)('leaves %s as typed (not a Vietnamese syllable)', (word) => {
    expect(telexType(word)).toBe(word);
  });

  it('places oa, oe, uy tones on the second vowel in the modern style, and the rest alike', () => {
    const modern = { toneStyle: 'modern' } as const;
    expect(telexType('hoaf', modern)).toBe('hoà');
    expect(telexType('khoer', modern)).toBe('khoẻ');
    expect(telexType('thuyr', modern)).toBe('thuỷ');
    expect(telexType('hoafn', modern)).toBe('hoàn');
    expect(telexType('quoocs', modern)).toBe('quốc');
    expect(telexType('muas', modern)).toBe('múa');
  });

  it('moves the tone when the vowels change after it was typed', () => {
    expect(telexType('hoaf')).toBe('hòa');
    expect(telexType('hoafng')).toBe('hoàng');
    expect(telexType('gifa')).toBe('già');
    expect(telexType('tieesng')).toBe('tiếng');
  });

  it('types whole phrases word by word', () => {
    expect(telexType('Nguyeenx Vawn Anh')).toBe('Nguyễn Văn Anh');
    expect(telexType('DDoox Thij Hoaf, xax Hoaf Bifnh')).toBe('Đỗ Thị Hòa, xã Hòa Bình');
    expect(telexType('Coongj hoaf xax hooij chur nghiax Vieetj Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(telexType('12/3 dduwowngf Traafn Phus')).toBe('12/3 đường Trần Phú');
  });

  it('passes non-letters through and accepts decomposed input', () => {
    expect(applyTelexKey('hoa', '1')).toBe('hoa1');
    expect(applyTelexKey('ho\u0300a', 's')).toBe('hóa');
  });

  it('always returns NFC and never loses a typed character of plain consonant text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABDEOW'.split('')), maxLength: 30 }), (keys) => {
        const out = telexType(keys);
        expect(out.normalize('NFC')).toBe(out);
        expect(out.split(' ').length).toBe(keys.split(' ').length);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'bcghklmnpqtuvy 0123456789'.split('')), maxLength: 30 }), (keys) => {
        expect(telexType(keys)).toBe(keys);
      }),
    );
  });
});
