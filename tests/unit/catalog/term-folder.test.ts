import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldToTerms } from '../../../src-main/core/catalog/search/fold';
import { TermFolder } from '../../../src-main/core/catalog/search/term-folder';

/** Letters a catalog and a citizen actually produce, plus the separators and oddities around them. */
const PIECES = [
  'Đăng',
  'ký',
  'khai',
  'sinh',
  'hộ',
  'tịch',
  'ĐĂNG',
  'Ký',
  'hoj',
  'tijch',
  '1.001193',
  '1.00',
  'A1',
  ' ',
  '  ',
  '\t',
  '\n',
  ',',
  '(',
  ')',
  '-',
  '/',
  'e\u0301',
  '\u0301',
  'ư',
  'ươ',
  'İ',
  'ß',
  '\u00a0',
  'x',
  'dd',
  'ooo',
];

describe('TermFolder', () => {
  it('folds text piece by piece to exactly the terms of folding it whole', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const folder = new TermFolder();
        expect(folder.terms(text)).toEqual(foldToTerms(text));
        // A second pass comes from the cache and must not differ.
        expect(folder.terms(text)).toEqual(foldToTerms(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('also on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(new TermFolder().terms(text)).toEqual(foldToTerms(text));
      }),
      { numRuns: 2000 },
    );
  });
});
