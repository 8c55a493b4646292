import { describe, expect, it } from 'vitest';
import {
  backspace,
  insertText,
  replaceBeforeCaret,
  sanitize,
  typeKey,
  vowelBeforeCaret,
} from '../../../src-renderer/components/keyboard/text-edit';
import { tonedForms } from '../../../src-renderer/components/keyboard/vietnamese';

const at = (value: string, caret = value.length) => ({ value, start: caret, end: caret });

describe('text edits of the on-screen keyboard', () => {
  it('inserts at the caret and replaces a selection', () => {
    expect(insertText(at('Nguyn', 4), 'e')).toEqual(at('Nguyen', 5));
    expect(insertText({ value: 'abcdef', start: 1, end: 4 }, 'X')).toEqual(at('aXef', 2));
  });

  it('deletes one character, a selection, or nothing at the start', () => {
    expect(backspace(at('Việt'))).toEqual(at('Việ'));
    expect(backspace({ value: 'abcdef', start: 1, end: 4 })).toEqual(at('aef', 1));
    expect(backspace(at('abc', 0))).toEqual(at('abc', 0));
    expect(backspace(at('a😀'))).toEqual(at('a'));
  });

  it('applies Telex to the word before the caret only, wherever the caret is', () => {
    expect(typeKey(at('Nguyên Van', 6), 'x', {})).toEqual(at('Nguyễn Van', 6));
    expect(typeKey(at('Hoa'), 'f', false)).toEqual(at('Hoaf'));
    expect(typeKey(at('12 '), 's', {})).toEqual(at('12 s'));
  });

  it('offers the six forms of the vowel before the caret and swaps it for the chosen one', () => {
    expect(vowelBeforeCaret(at('Ho'))?.forms).toEqual(['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ']);
    expect(vowelBeforeCaret(at('Hn'))).toBeNull();
    expect(tonedForms('Ư')).toEqual(['Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự']);
    expect(tonedForms('ấ')).toEqual(['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ']);
    expect(replaceBeforeCaret(at('Hoa'), 'à')).toEqual(at('Hoà'));
  });

  it('keeps only what the field accepts, in NFC', () => {
    expect(sanitize('numeric', '0a1-2 3')).toBe('0123');
    expect(sanitize('phone', '+84 912-345')).toBe('+84 912345');
    // Codes: only their alphabet (no O, I, 0, 1), grouped in fours as the receipt prints them.
    expect(sanitize('code', 'ab12-cd')).toBe('AB2C D');
    expect(sanitize('code', 'k7q2m9xa4bcdz')).toBe('K7Q2 M9XA 4BCD Z');
    expect(sanitize('code', 'OI01')).toBe('');
    expect(sanitize('text', 'Nguye\u0302\u0303n\nAn')).toBe('Nguyễn An');
    expect(sanitize('email', 'an nguyen@x.vn')).toBe('annguyen@x.vn');
    expect(sanitize('numeric', '0012034567891234', 12)).toBe('001203456789');
  });
});
