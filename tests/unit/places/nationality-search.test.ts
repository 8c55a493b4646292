import { describe, expect, it } from 'vitest';
import { foldForMatch, listEntry, matchEntries, PROVINCES_2025, STATELESS } from '../../../src-main/api/reference-lists';
import {
  namedInVietnamese,
  nationalityDescriber,
  nationalitySource,
  regionNamer,
} from '../../../src-renderer/screens/dossiers/fields/nationality-names';

// Region names come from ICU (Unicode CLDR) through Intl.DisplayNames: Node 20's full ICU here,
// Chromium's in the kiosk (tests/e2e/dossier-forms-more.test.ts searches there too).
const STATELESS_WORDS = ['Stateless', 'Bez obywatelstwa'];

describe('the nationality list searched in other languages', () => {
  const pl = nationalitySource('pl', STATELESS_WORDS);
  const ar = nationalitySource('ar', ['Stateless', 'عديم الجنسية']);
  const vi = nationalitySource('vi', ['Stateless', 'Không quốc tịch']);

  it('names regions from ICU in vi, en, ar and pl', () => {
    expect(regionNamer('en')('PL')).toBe('Poland');
    expect(regionNamer('pl')('PL')).toBe('Polska');
    expect(regionNamer('ar')('PL')).toBe('بولندا');
    expect(regionNamer('vi')('PL')).toBe('Ba Lan');
    // A language tag the runtime cannot read names nothing rather than throwing.
    expect(regionNamer('not a tag!')('PL')).toBeUndefined();
  });

  it('finds a country by its English name in any screen language, kept as the Vietnamese entry', () => {
    for (const source of [pl, ar, vi]) {
      expect(source.match('poland', 3)[0]).toBe('Ba Lan');
      expect(source.match('germ', 3)[0]).toBe('Đức');
      expect(source.find('Germany')).toBe('Đức');
      // Vietnamese still works.
      expect(source.match('ba lan', 3)[0]).toBe('Ba Lan');
      expect(source.find('viet nam')).toBe('Việt Nam');
    }
  });

  it('finds it by the screen language’s name, accents not needed', () => {
    expect(pl.match('polska', 3)[0]).toBe('Ba Lan');
    expect(pl.match('niemcy', 3)[0]).toBe('Đức');
    // ł is not decomposed by Unicode: folded by hand, so "bialorus" finds Białoruś.
    expect(foldForMatch('Białoruś')).toBe('bialorus');
    expect(pl.match('bialorus', 3)[0]).toBe('Belarus');
    expect(pl.find('wietnam')).toBe('Việt Nam');
    expect(ar.match('بولندا', 3)[0]).toBe('Ba Lan');
    expect(ar.find('فيتنام')).toBe('Việt Nam');
    // Another language's names are not searched: only English and the screen's.
    expect(ar.match('niemcy', 3)).toEqual([]);
  });

  it('finds the stateless answer by its words', () => {
    expect(pl.match('bez obyw', 3)).toContain(STATELESS);
    expect(ar.match('stateless', 3)).toEqual([STATELESS]);
    expect(ar.find('عديم الجنسية')).toBe(STATELESS);
  });

  it('a name starting with what is typed comes before a name holding it', () => {
    // "lan" starts a word of six Vietnamese names; it is only inside English ones ("Iceland").
    const found = vi.match('lan', 12);
    expect(found.slice(0, 6)).toEqual(['Ba Lan', 'Ca-ri-bê Hà Lan', 'Hà Lan', 'Phần Lan', 'Sri Lanka', 'Thái Lan']);
    expect(found).toContain('Iceland');
  });

  it('the core check still takes only the Vietnamese entry', () => {
    expect(listEntry('nationalities', 'Poland')).toBeNull();
    expect(listEntry('nationalities', 'Ba Lan')).toBe('Ba Lan');
  });

  it('leaves the province list as it was', () => {
    expect(matchEntries(PROVINCES_2025, 'son la', 3)).toEqual(['Tỉnh Sơn La']);
  });
});

describe('the second name beside a nationality found', () => {
  it('on a Vietnamese screen, the English name only when the entry was found by it', () => {
    const vi = nationalitySource('vi', ['Stateless', 'Không quốc tịch']);
    const beside = nationalityDescriber('vi', 'Stateless');
    const shown = (typed: string) => vi.match(typed, 3).map((entry) => [entry, beside(entry, typed)]);
    // "poland" says why "Ba Lan" matched; the name is marked English for the voice and the reader.
    expect(shown('poland')[0]).toEqual(['Ba Lan', { text: 'Poland', lang: 'en' }]);
    expect(shown('germ')[0]).toEqual(['Đức', { text: 'Germany', lang: 'en' }]);
    expect(shown('stateless')).toEqual([[STATELESS, { text: 'Stateless', lang: 'en' }]]);
    // Typed in Vietnamese, with or without accents: nothing more to explain.
    expect(shown('ba lan')[0]).toEqual(['Ba Lan', undefined]);
    expect(shown('duc')[0]).toEqual(['Đức', undefined]);
    expect(beside('Việt Nam', '')).toBeUndefined();
    // "lan" is inside "Iceland" as Vietnamese writes it: found by its own name.
    expect(beside('Iceland', 'lan')).toBeUndefined();
  });

  it('tells a Vietnamese name from another name by what is typed', () => {
    expect(namedInVietnamese('Ba Lan', 'ba l')).toBe(true);
    expect(namedInVietnamese('Ba Lan', 'BA LẦN')).toBe(true);
    expect(namedInVietnamese('Ba Lan', 'pol')).toBe(false);
    expect(namedInVietnamese('Ba Lan', '  ')).toBe(true);
  });

  it('on another screen, the name in the screen’s language, whatever was typed', () => {
    const ar = nationalityDescriber('ar', 'عديم الجنسية');
    expect(ar('Ba Lan', 'poland')).toEqual({ text: 'بولندا', lang: 'ar' });
    expect(ar('Ba Lan', '')).toEqual({ text: 'بولندا', lang: 'ar' });
    expect(ar(STATELESS, 'stateless')).toEqual({ text: 'عديم الجنسية', lang: 'ar' });
    const pl = nationalityDescriber('pl', 'Bez obywatelstwa');
    expect(pl('Belarus', 'bialorus')).toEqual({ text: 'Białoruś', lang: 'pl' });
    expect(pl('Ba Lan', 'ba lan')).toEqual({ text: 'Polska', lang: 'pl' });
  });
});
