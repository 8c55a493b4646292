import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOSSIER_ALPHABET,
  DOSSIER_CODE_LENGTH,
  DOSSIER_DATA_LENGTH,
  dossierCheckChar,
  formatDossierCode,
  isValidDossierCode,
  normalizeDossierCode,
} from '../../../src-main/api/codes';
import { dossierCodeDay, generateDossierCode } from '../../../src-main/core/dossiers/dossier-code';

const symbol = fc.constantFrom(...DOSSIER_ALPHABET.split(''));
const data = fc.array(symbol, { minLength: DOSSIER_DATA_LENGTH, maxLength: DOSSIER_DATA_LENGTH }).map((a) => a.join(''));
const validCode = data.map((d) => d + dossierCheckChar(d));
const date = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2110-12-31T23:59:59Z'), noInvalidDate: true });
const bytes = fc.uint8Array({ minLength: 9, maxLength: 9 });

describe('dossier code generator', () => {
  it('always makes a valid 13-character code from the alphabet, whatever the time and randomness', () => {
    fc.assert(
      fc.property(date, bytes, (now, random) => {
        const code = generateDossierCode(now, () => random);
        expect(code).toHaveLength(DOSSIER_CODE_LENGTH);
        expect(code.length).toBeLessThanOrEqual(16);
        expect([...code].every((c) => DOSSIER_ALPHABET.includes(c))).toBe(true);
        expect(/[O0I1]/.test(code)).toBe(false);
        expect(isValidDossierCode(code)).toBe(true);
      }),
    );
  });

  it('carries the UTC day it was made', () => {
    fc.assert(
      fc.property(date, bytes, (now, random) => {
        const day = dossierCodeDay(generateDossierCode(now, () => random));
        expect(day.toISOString().slice(0, 10)).toBe(now.toISOString().slice(0, 10));
      }),
    );
  });

  it('differs whenever the random part differs (no randomness is thrown away)', () => {
    fc.assert(
      fc.property(date, bytes, bytes, (now, a, b) => {
        const same = a.every((v, i) => (v & 31) === ((b[i] as number) & 31));
        expect(generateDossierCode(now, () => a) === generateDossierCode(now, () => b)).toBe(same);
      }),
    );
  });

  it('draws distinct codes from the real CSPRNG', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const codes = new Set(Array.from({ length: 20_000 }, () => generateDossierCode(now)));
    expect(codes.size).toBe(20_000);
  });
});

describe('dossier code check character', () => {
  it('rejects every single wrong character, check character included', () => {
    fc.assert(
      fc.property(validCode, fc.nat(DOSSIER_CODE_LENGTH - 1), fc.nat(DOSSIER_ALPHABET.length - 2), (code, at, shift) => {
        const old = DOSSIER_ALPHABET.indexOf(code[at] as string);
        const wrong = DOSSIER_ALPHABET[(old + 1 + shift) % DOSSIER_ALPHABET.length] as string;
        const typo = code.slice(0, at) + wrong + code.slice(at + 1);
        expect(typo).not.toBe(code);
        expect(isValidDossierCode(typo)).toBe(false);
      }),
    );
  });

  it('rejects every swap of two different neighbours, check character included', () => {
    fc.assert(
      fc.property(validCode, fc.nat(DOSSIER_CODE_LENGTH - 2), (code, at) => {
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(isValidDossierCode(swapped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches the 2 ↔ Z swap that Luhn mod 32 misses, exhaustively for every pair', () => {
    const base = 'ABCDEFGHJK';
    for (const a of DOSSIER_ALPHABET) {
      for (const b of DOSSIER_ALPHABET) {
        if (a === b) continue;
        const code = base + a + b + dossierCheckChar(base + a + b);
        expect(isValidDossierCode(base + b + a + code[12])).toBe(false);
      }
    }
  });

  it('accepts codes typed in lower case, with spaces or dashes, and as printed in groups', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(isValidDossierCode(code.toLowerCase())).toBe(true);
        expect(isValidDossierCode(formatDossierCode(code))).toBe(true);
        expect(normalizeDossierCode(formatDossierCode(code).replace(/ /g, '-'))).toBe(code);
      }),
    );
  });

  it('rejects wrong lengths and look-alike characters', () => {
    fc.assert(
      fc.property(validCode, fc.constantFrom('O', '0', 'I', '1'), fc.nat(DOSSIER_CODE_LENGTH - 1), (code, bad, at) => {
        expect(isValidDossierCode(code.slice(0, at) + bad + code.slice(at + 1))).toBe(false);
        expect(isValidDossierCode(code.slice(0, -1))).toBe(false);
        expect(isValidDossierCode(`${code}2`)).toBe(false);
      }),
    );
  });
});
