import { describe, expect, it } from 'vitest';
import { accessKeyCandidates } from '../../../src-main/hardware/idreader/cccd/access-keys';
import { mrzInformation } from '../../../src-main/hardware/idreader/emrtd/mrz';

const expiries = (idNumber: string, dateOfBirth: string, issueDate: string) =>
  accessKeyCandidates({ idNumber, dateOfBirth, issueDate }).map((c) => c.fields.dateOfExpiry);

describe('BAC key from the CCCD QR (held cases)', () => {
  it('takes the last nine digits of the ID number as the document number and YYMMDD birth date', () => {
    const [first] = accessKeyCandidates({ idNumber: '001090012345', dateOfBirth: '1990-05-10', issueDate: '2021-03-01' });
    expect(first?.fields).toEqual({ documentNumber: '090012345', dateOfBirth: '900510', dateOfExpiry: '300510' });
    expect(first?.rule).toBe('rule:age-40');
    // Check digits by hand (weights 7 3 1): 090012345 → 70 → 0; 900510 → 101 → 1; 300510 → 59 → 9.
    expect(mrzInformation(first?.fields ?? { documentNumber: '', dateOfBirth: '', dateOfExpiry: '' })).toBe('090012345090051013005109');
  });

  it('a card issued at 30 expires on the 40th birthday, with no other candidate', () => {
    expect(expiries('001090012345', '1990-05-10', '2021-03-01')).toEqual(['300510']);
  });

  it('a card issued one day before the two-year window of the 25th birthday expires at 25', () => {
    // 25th birthday 2022-06-15; the window opens 2020-06-15.
    expect(expiries('001097000001', '1997-06-15', '2020-06-14')).toEqual(['220615', '370615']);
  });

  it('a card issued on the first day of that window lasts to the 40th birthday', () => {
    expect(expiries('001097000001', '1997-06-15', '2020-06-15')).toEqual(['370615', '220615']);
  });

  it('a card issued well inside the window lasts to the next age, without alternatives', () => {
    expect(expiries('001097000001', '1997-06-15', '2021-07-01')).toEqual(['370615']);
  });

  it('a card issued at 37, two months before the window of the 40th birthday, expires at 40', () => {
    expect(expiries('001185000002', '1985-12-01', '2023-09-20')).toEqual(['251201']);
  });

  it('a card issued at 58 or later has no expiry', () => {
    expect(expiries('001063000003', '1963-03-01', '2021-04-01')).toEqual(['<<<<<<', '991231']);
    expect(expiries('001050000003', '1950-01-01', '2021-04-01')).toEqual(['<<<<<<', '991231']);
  });

  it('a card issued at 57, a month before the window of the 60th birthday, expires at 60 and also tries no expiry', () => {
    // 60th birthday 2024-10-01; the window opens 2022-10-01; issued 2022-09-15.
    expect(expiries('001064000004', '1964-10-01', '2022-09-15')).toEqual(['241001', '<<<<<<', '991231']);
  });

  it('someone born on 29 February reaches an age in a common year on 28 February, then 1 March is tried', () => {
    expect(expiries('001300000005', '2000-02-29', '2021-05-01')).toEqual(['250228', '250301']);
  });

  it('in a leap year the birthday itself is the expiry', () => {
    // 40th birthday 2024-02-29 (a leap year); the window opened on 2022-03-01.
    expect(expiries('001084000006', '1984-02-29', '2022-01-10')).toEqual(['240229']);
  });

  it('a child issued a căn cước card under the 2023 law expires at 14', () => {
    expect(expiries('001215000007', '2015-08-20', '2024-08-01')).toEqual(['290820']);
  });

  it('rejects an ID number that is not 12 digits', () => {
    expect(() => accessKeyCandidates({ idNumber: '12345', dateOfBirth: '1990-01-01', issueDate: '2021-01-01' })).toThrow(RangeError);
  });

  it('writes a check digit of 0 for an expiry of fillers', () => {
    expect(mrzInformation({ documentNumber: '090012345', dateOfBirth: '630301', dateOfExpiry: '<<<<<<' })).toBe('09001234506303013<<<<<<0');
  });
});
