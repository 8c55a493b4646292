import { describe, expect, it } from 'vitest';
import type { Fee } from '../../../src-main/api/channels/catalog';
import { feeDue } from '../../../src-main/core/payment/fee-due';
import { parseProvinceFees } from '../../../src-main/core/payment/province-fees';

const label = { vi: 'Lệ phí' };
const none = new Map<string, number>();

describe('the amount a receipt asks for', () => {
  it('asks for the one fixed amount of a one-line fee', () => {
    expect(feeDue('2.001035', { free: false, items: [{ label, amountVnd: 50_000 }] }, none)).toBe(50_000);
  });

  it('leaves out the lines charged only on request: copies are paid at the desk, for the copies asked for', () => {
    const copies = { label, amountVnd: 8_000, perUnit: true, onRequest: true as const };
    const provinceFees = new Map([['1.004884', 5_000]]);
    expect(feeDue('1.004884', { free: false, items: [{ label }, copies] }, provinceFees)).toBe(5_000);
    expect(feeDue('2.000635', { free: false, items: [copies] }, none)).toBeNull();
    // Two lines besides the copies are still alternatives the kiosk cannot choose between.
    expect(feeDue('1.001193', { free: false, items: [{ label, amountVnd: 0 }, { label }, copies] }, provinceFees)).toBeNull();
  });

  it('asks nothing for a free, unknown, per-page, several-line or zero fee', () => {
    const cases: (Fee | undefined)[] = [
      undefined,
      { free: true, items: [] },
      { free: false, items: [{ label, amountVnd: 2_000, perUnit: true }] },
      { free: false, items: [{ label, amountVnd: 0 }, { label }] },
      { free: false, items: [{ label, amountVnd: 0 }] },
      { free: false, items: [] },
    ];
    for (const fee of cases) expect(feeDue('1.001193', fee, none)).toBeNull();
  });

  it('takes a province-set amount from the technician’s list, and nothing while it is missing', () => {
    const fee: Fee = { free: false, items: [{ label }] };
    expect(feeDue('1.001612', fee, none)).toBeNull();
    const parsed = parseProvinceFees('1.001612=100000; 1.004873 = 8000');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(feeDue('1.001612', fee, parsed.fees)).toBe(100_000);
    expect(feeDue('1.004873', fee, parsed.fees)).toBe(8_000);
  });
});

describe('the province fee setting', () => {
  it('reads entries split by semicolons or lines and ignores blanks', () => {
    const r = parseProvinceFees('1.001612=100000;\n\n 1.004873=8000 ;');
    expect(r.ok && [...r.fees]).toEqual([
      ['1.001612', 100_000],
      ['1.004873', 8_000],
    ]);
    expect(parseProvinceFees('')).toEqual({ ok: true, fees: new Map() });
  });

  it.each([
    ['1.001612:100000', 'is not CODE=AMOUNT'],
    ['1001612=100000', 'is not CODE=AMOUNT'],
    ['1.001612=1.000', 'is not CODE=AMOUNT'],
    ['1.001612=0', 'the amount must be'],
    ['1.001612=2000000000', 'the amount must be'],
    ['1.001612=1; 1.001612=2', 'given twice'],
  ])('names the wrong entry in %s', (text, message) => {
    const r = parseProvinceFees(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
