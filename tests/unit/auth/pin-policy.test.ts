import { describe, expect, it } from 'vitest';
import { pinProblem } from '../../../src-main/api/channels/auth';
import { checkNewPin } from '../../../src-main/core/auth/pin-policy';

describe('new PIN rule', () => {
  it('asks technicians for six digits and staff for four', () => {
    expect(pinProblem('technician', '4829')).toBe('too-short');
    expect(pinProblem('technician', '482913')).toBeNull();
    expect(pinProblem('staff', '4829')).toBeNull();
    expect(pinProblem('staff', '482')).toBe('too-short');
    expect(pinProblem('staff', '4829134829134')).toBe('too-long');
  });

  it('refuses the PINs anyone would try first', () => {
    for (const pin of ['000000', '111111', '123456', '234567', '890123', '987654', '210987', '0000']) {
      expect(pinProblem(pin.length === 4 ? 'staff' : 'technician', pin)).toBe('too-easy');
    }
  });

  it('refuses anything but digits', () => {
    expect(pinProblem('staff', '12a4')).toBe('not-digits');
    expect(pinProblem('staff', '１２３４')).toBe('not-digits');
  });

  it('explains the refusal as a bad-request error in core', () => {
    expect(() => checkNewPin('technician', '123456')).toThrow(/too easy/);
    expect(() => checkNewPin('technician', '1357')).toThrow(/6 to 12 digits/);
    expect(() => checkNewPin('technician', '135792')).not.toThrow();
  });
});
