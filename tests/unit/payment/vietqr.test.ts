import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../../../src-main/api/errors';
import { crc16CcittFalse, encodeVietQr } from '../../../src-main/core/payment/vietqr';
import { parseVietQr, readTlv } from './emv-parse';

const BASE = { bin: '970436', account: '0011004123456', beneficiaryName: 'UBND XA LUNG CU', amountVnd: 50_000, purpose: 'ABCD2345EFGH7' };

describe('VietQR encoder', () => {
  it('computes CRC-16/CCITT-FALSE: the catalogue check value of "123456789" is 29B1', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1');
    expect(crc16CcittFalse('')).toBe('FFFF');
  });

  it('writes every field NAPAS asks for, in order, with the dossier code as the purpose', () => {
    const payload = encodeVietQr(BASE);
    expect(payload).toBe(
      '000201010212' +
        '38570010A00000072701270006970436011300110041234560208QRIBFTTA' +
        '5303704' +
        '540550000' +
        '5802VN' +
        '5915UBND XA LUNG CU' +
        '62170813ABCD2345EFGH7' +
        `6304${crc16CcittFalse(payload.slice(0, -4))}`,
    );
    const fields = parseVietQr(payload);
    expect([...fields.top.keys()]).toEqual(['00', '01', '38', '53', '54', '58', '59', '62', '63']);
    expect(fields).toMatchObject({ guid: 'A000000727', bin: '970436', account: '0011004123456', service: 'QRIBFTTA', amount: 50_000 });
    expect(fields.purpose).toBe('ABCD2345EFGH7');
    expect(fields.crcOk).toBe(true);
  });

  it('a changed character breaks the CRC', () => {
    const payload = encodeVietQr(BASE);
    const tampered = payload.replace('550000', '590000');
    expect(parseVietQr(tampered).crcOk).toBe(false);
  });

  it.each([
    ['bin', { bin: '97043' }],
    ['bin letters', { bin: '97043A' }],
    ['account with a space', { account: '0011 004' }],
    ['account too long', { account: '1'.repeat(20) }],
    ['name with diacritics', { beneficiaryName: 'UBND XÃ LŨNG CÚ' }],
    ['name in lower case', { beneficiaryName: 'ubnd xa' }],
    ['name too long', { beneficiaryName: 'A'.repeat(26) }],
    ['zero amount', { amountVnd: 0 }],
    ['fractional amount', { amountVnd: 1000.5 }],
    ['amount over the catalog cap', { amountVnd: 1_000_000_001 }],
    ['empty purpose', { purpose: '' }],
  ])('refuses a bad %s with a typed error', (_name, change) => {
    let thrown: unknown = null;
    try {
      encodeVietQr({ ...BASE, ...change });
    } catch (err) {
      thrown = err;
    }
    expect(isApiError(thrown) && thrown.code).toBe('bad-request');
  });

  it('every payload parses back to its amount, account, BIN and purpose, with lengths that add up and a valid CRC', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const alnum = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    const input = fc.record({
      bin: digits(6, 6),
      account: fc.string({ unit: alnum, minLength: 1, maxLength: 19 }),
      beneficiaryName: fc
        .tuple(
          fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
          fc.string({ unit: fc.constantFrom(...'ABCXYZ 019.,&()-'), maxLength: 24 }),
        )
        .map(([a, b]) => a + b),
      amountVnd: fc.integer({ min: 1, max: 1_000_000_000 }),
      purpose: fc.string({ unit: fc.constantFrom(...'23456789ABCDEFGHJKLMNPQRSTUVWXYZ'), minLength: 13, maxLength: 13 }),
    });
    fc.assert(
      fc.property(input, (x) => {
        const payload = encodeVietQr(x);
        const f = parseVietQr(payload);
        expect(f.crcOk).toBe(true);
        expect(f.amount).toBe(x.amountVnd);
        expect(f.top.get('54')).toBe(String(x.amountVnd));
        expect(f.bin).toBe(x.bin);
        expect(f.account).toBe(x.account);
        expect(f.purpose).toBe(x.purpose);
        expect(f.top.get('59')).toBe(x.beneficiaryName);
        expect(f.top.get('53')).toBe('704');
        expect(f.top.get('58')).toBe('VN');
        expect(f.top.get('01')).toBe('12');
        // Re-joining the fields as TLVs gives the payload back: no byte is unaccounted for.
        const rejoined = [...readTlv(payload)].map(([tag, v]) => `${tag}${String(v.length).padStart(2, '0')}${v}`).join('');
        expect(rejoined).toBe(payload);
      }),
      { numRuns: 500 },
    );
  });
});
