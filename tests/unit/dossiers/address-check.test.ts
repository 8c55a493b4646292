import { describe, expect, it } from 'vitest';
import { addressProblem, checkPlaces } from '../../../src-main/api/dossier-check';

// One check of a dossier's addresses, run by the kiosk's screens, its core and the center.
describe('addresses against the communes and provinces of today', () => {
  it('wants a commune or ward of today and its province at the end', () => {
    expect(addressProblem('Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La', 'refused')).toBeNull();
    expect(addressProblem('Bản Hua Păng, xã chieng son, son la', 'refused')).toBeNull();
    expect(addressProblem('Bản Hua Păng, Xã Tả Phìn, Tỉnh Sơn La', 'refused')).toBe('addressCommune');
    expect(addressProblem('Bản Hua Păng, Phường Ba Đình, Tỉnh Sơn La', 'refused')).toBe('addressCommune');
    expect(addressProblem('Bản Hua Păng, Tỉnh Sơn La', 'refused')).toBe('addressPlace');
    expect(addressProblem('Bản Hua Păng, xã Chiềng Sơn, tỉnh Hà Giang', 'refused')).toBe('addressPlace');
    expect(addressProblem('   ', 'refused')).toBeNull();
  });

  it('takes an address naming a district as asked: accepted, still to confirm, or refused', () => {
    const old = 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La';
    expect(addressProblem(old, 'accepted')).toBeNull();
    expect(addressProblem(old, 'unconfirmed')).toBe('addressOld');
    expect(addressProblem(old, 'refused')).toBe('addressPlace');
  });

  it('checks every address of a dossier, the applicant’s residence once where the form repeats it', () => {
    const fields = [
      { id: 'childBirthPlace', type: 'address' },
      { id: 'requesterAddress', type: 'address' },
      { id: 'childName', type: 'text' },
    ] as const;
    const old = 'Thôn 3, xã Tả Phìn, huyện Sa Pa, tỉnh Lào Cai';
    const dossier = {
      applicant: { address: old },
      form: { childBirthPlace: 'Trạm y tế, Xã Tả Phìn, Tỉnh Sơn La', requesterAddress: old, childName: 'Xã Tả Phìn, Tỉnh Sơn La' },
      delivery: {
        method: 'post' as const,
        address: { recipient: 'Lò Thị Mai', phone: '0987654321', street: 'Thôn 3', ward: 'Xã Chiềng Sơn', province: 'Lào Cai' },
      },
    };
    expect(checkPlaces(fields, dossier, 'accepted')).toEqual([
      { path: 'form.childBirthPlace', message: 'addressCommune' },
      { path: 'delivery.address.ward', message: 'notAnOption' },
    ]);
    expect(checkPlaces(fields, dossier, 'unconfirmed')[0]).toEqual({ path: 'applicant.address', message: 'addressOld' });
  });
});
