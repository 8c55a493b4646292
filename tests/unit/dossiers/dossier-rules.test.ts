import { describe, expect, it } from 'vitest';
import { centerDate } from '../../../src-main/api/center-clock';
import { Applicant } from '../../../src-main/api/channels/dossiers';
import { checkApplicant, checkDelivery, checkForm } from '../../../src-main/api/dossier-check';
import {
  checkBirthDate,
  checkCitizenId,
  checkFormValue,
  isVietnamesePhone,
  normalizePhone,
  parseVietnameseDate,
} from '../../../src-main/api/dossier-rules';
import { WorkingCalendar } from '../../../src-main/core/calendar/working-calendar';
import { BIRTH_REGISTRATION, validDraft } from '../../support/dossier-fixtures';

describe('what a citizen types', () => {
  it('accepts Vietnamese mobiles and landlines as people write them', () => {
    for (const ok of [
      '0912345678',
      '091 234 5678',
      '0912.345.678',
      '+84 912 345 678',
      '84912345678',
      '0389998877',
      '0243 825 1234',
      '02838221111',
    ]) {
      expect(isVietnamesePhone(ok), ok).toBe(true);
    }
    for (const bad of ['', '091234567', '09123456789', '0112345678', '1912345678', '+1 212 555 0100', '0912-abc-678']) {
      expect(isVietnamesePhone(bad), bad).toBe(false);
    }
    expect(normalizePhone('+84 (912) 345-678')).toBe('0912345678');
  });

  it('wants 12 digits for the citizen ID, consistent with the year of birth', () => {
    expect(checkCitizenId('001190012345')).toBeNull();
    expect(checkCitizenId('00119001234')).toBe('citizenIdFormat');
    expect(checkCitizenId('00119001234x')).toBe('citizenIdFormat');
    expect(checkCitizenId('001190012345', '1990-05-17')).toBeNull();
    expect(checkCitizenId('001290012345', '1990-05-17')).toBe('citizenIdBirthYear');
    expect(checkCitizenId('001191012345', '1990-05-17')).toBe('citizenIdBirthYear');
    expect(checkCitizenId('036305012345', '2005-01-01')).toBeNull();
  });

  it('reads dates written the Vietnamese way and refuses impossible ones', () => {
    expect(parseVietnameseDate('17/05/1990')).toBe('1990-05-17');
    expect(parseVietnameseDate('7/5/1990')).toBe('1990-05-07');
    expect(parseVietnameseDate('29/02/2023')).toBeNull();
    expect(parseVietnameseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseVietnameseDate('1990-05-17')).toBeNull();
    expect(checkBirthDate('2027-01-01', '2026-03-02')).toBe('dateFuture');
    expect(checkBirthDate('1880-01-01', '2026-03-02')).toBe('dateTooOld');
    expect(checkBirthDate('2026-02-30', '2026-03-02')).toBe('dateFormat');
  });

  it('checks each kind of catalog form field', () => {
    const [name, date, select] = BIRTH_REGISTRATION.formFields as [never, never, never];
    expect(checkFormValue(name, '  ', '2026-12-06')).toBe('required');
    expect(checkFormValue(name, 'x'.repeat(101), '2026-12-06')).toBe('tooLong');
    expect(checkFormValue(date, '2026-13-01', '2026-12-06')).toBe('dateFormat');
    expect(checkFormValue(select, 'uncle', '2026-12-06')).toBe('notAnOption');
    expect(checkFormValue({ id: 'n', type: 'number' }, '12,5', '2026-12-06')).toBeNull();
    expect(checkFormValue({ id: 'n', type: 'number' }, 'twelve', '2026-12-06')).toBe('numberFormat');
    expect(checkFormValue({ id: 'p', type: 'phone', required: true }, '0123', '2026-12-06')).toBe('phoneFormat');
    expect(checkFormValue({ id: 'i', type: 'idNumber' }, '123', '2026-12-06')).toBe('citizenIdFormat');
    expect(checkFormValue({ id: 'z', type: 'text', pattern: '[A-Z]{2}\\d{4}' }, 'AB1234', '2026-12-06')).toBeNull();
    expect(checkFormValue({ id: 'z', type: 'text', pattern: '[A-Z]{2}\\d{4}' }, 'AB12345', '2026-12-06')).toBe('patternMismatch');
    expect(
      checkForm(
        BIRTH_REGISTRATION.formFields,
        { childName: 'An', childBirthDate: '2026-02-20', relationship: 'father', extra: 'x' },
        '2026-12-06',
      ),
    ).toEqual([{ path: 'form.extra', message: 'notAnOption' }]);
  });

  it('lists every applicant problem at once with its field', () => {
    const issues = checkApplicant(
      { fullName: 'N9uyen', citizenId: '123', dateOfBirth: '2030-01-01', phone: '12345', email: 'nope', address: ' ' },
      '2026-03-02',
    );
    expect(issues).toEqual([
      { path: 'applicant.fullName', message: 'fullName' },
      { path: 'applicant.dateOfBirth', message: 'dateFuture' },
      { path: 'applicant.citizenId', message: 'citizenIdFormat' },
      { path: 'applicant.phone', message: 'phoneFormat' },
      { path: 'applicant.email', message: 'emailFormat' },
      { path: 'applicant.address', message: 'required' },
    ]);
    const valid = Applicant.parse(validDraft().applicant);
    expect(checkApplicant(valid, '2026-03-02')).toEqual([]);
    expect(checkApplicant({ ...valid, fullName: "H'Hen Niê" }, '2026-03-02')).toEqual([]);
  });

  it('wants a full address for postal delivery', () => {
    expect(checkDelivery({ method: 'counter' })).toEqual([]);
    expect(
      checkDelivery({
        method: 'post',
        address: { recipient: 'Lò Văn Páo', phone: '0912345678', street: '', ward: 'Xã Mường Lay', province: '' },
      }),
    ).toEqual([
      { path: 'delivery.address.street', message: 'required' },
      { path: 'delivery.address.province', message: 'required' },
    ]);
  });

  it('counts working days in Vietnam time, skipping weekends', () => {
    // Friday 2026-03-06 20:00 in Hanoi is still Friday there (13:00 UTC).
    expect(centerDate(new Date('2026-03-06T13:00:00Z'))).toBe('2026-03-06');
    expect(centerDate(new Date('2026-03-06T18:00:00Z'))).toBe('2026-03-07');
    const calendar = new WorkingCalendar();
    expect(calendar.addWorkingDays(new Date('2026-03-06T03:00:00Z'), 3)).toBe('2026-03-11');
    expect(calendar.addWorkingDays(new Date('2026-03-06T03:00:00Z'), 0.5)).toBe('2026-03-09');
    expect(calendar.addWorkingDays(new Date('2026-03-06T03:00:00Z'), 0)).toBe('2026-03-06');
  });
});
