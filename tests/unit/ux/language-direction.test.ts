import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { directionOf, LANGUAGES } from '../../../src-renderer/i18n/languages';

describe('directionOf', () => {
  it.each(LANGUAGES.map((l) => l.code))('gives %s the direction i18next knows for it', (code) => {
    expect(directionOf(code)).toBe(i18next.dir(code));
  });

  it('writes Arabic right to left and an unknown code left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('xx')).toBe('ltr');
  });
});
