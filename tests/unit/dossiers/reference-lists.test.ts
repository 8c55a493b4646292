import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/catalog/catalog.json';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { checkDelivery } from '../../../src-main/api/dossier-check';
import { checkFormValue } from '../../../src-main/api/dossier-rules';
import { ETHNIC_GROUPS, isListEntry, listEntry, matchList, namesOldDistrict, PROVINCES_2025 } from '../../../src-main/api/reference-lists';

describe('bundled reference lists', () => {
  it('holds the 54 ethnic groups and the 34 provinces of July 2025, each once', () => {
    expect(new Set(ETHNIC_GROUPS).size).toBe(54);
    expect(new Set(PROVINCES_2025).size).toBe(34);
    expect(PROVINCES_2025.filter((p) => p.startsWith('Thành phố '))).toHaveLength(6);
  });

  it('matches what people type, without accents and without "Tỉnh"', () => {
    expect(listEntry('provinces', 'son la')).toBe('Tỉnh Sơn La');
    expect(listEntry('provinces', 'Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
    expect(listEntry('ethnicGroups', 'thai')).toBe('Thái');
    expect(isListEntry('provinces', 'Tỉnh Hà Giang')).toBe(false);
    expect(matchList('provinces', 'dak', 6)).toEqual(['Tỉnh Đắk Lắk']);
    expect(matchList('ethnicGroups', 'ta', 3)).toEqual(['Tày', 'Tà Ôi']);
  });

  it('refuses an ethnic group or a province outside the lists', () => {
    const field = { id: 'childEthnicity', type: 'text', required: true, list: 'ethnicGroups' } as const;
    expect(checkFormValue(field, 'Thái', '2026-12-06')).toBeNull();
    expect(checkFormValue(field, 'Thai Lan', '2026-12-06')).toBe('notAnOption');
    const post = (province: string) =>
      checkDelivery({
        method: 'post',
        address: { recipient: 'Lò Thị Mai', phone: '0987654321', street: 'Bản Hua Păng', ward: 'Xã Chiềng Sơn', province },
      });
    expect(post('Sơn La')).toEqual([]);
    expect(post('Huyện Mai Sơn')).toEqual([{ path: 'delivery.address.province', message: 'notAnOption' }]);
  });

  it('flags an address that names a district, which no longer exists', () => {
    expect(namesOldDistrict('Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La')).toBe(true);
    expect(namesOldDistrict('Số 5 Lý Thái Tổ, Quận Hoàn Kiếm, Hà Nội')).toBe(true);
    expect(namesOldDistrict('Tổ 3, Thị xã Sơn Tây')).toBe(true);
    expect(namesOldDistrict('Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La')).toBe(false);
    expect(namesOldDistrict('Phường Quán Thánh, Thành phố Hà Nội')).toBe(false);
  });

  it('the bundled catalog asks the birth registration for the mother and picks the ethnic group from the list', () => {
    const catalog = Catalog.parse(bundled);
    const birth = catalog.procedures.find((p) => p.code === '1.001193');
    const field = (id: string) => birth?.formFields.find((f) => f.id === id);
    expect(field('motherName')?.required).toBe(true);
    // Required when asked: the father's details are asked only when the type of birth registration says he is established.
    expect(field('fatherName')?.required).toBe(true);
    expect(field('fatherName')?.askedWhen).toEqual({ field: 'birthCase', values: ['ca-cha-me', 'chua-me'] });
    expect(field('childEthnicity')?.list).toBe('ethnicGroups');
    const labels = catalog.procedures.flatMap((p) => p.formFields.filter((f) => f.id === 'requesterAddress').map((f) => f.label.vi));
    expect(new Set(labels)).toEqual(new Set(['Nơi thường trú']));
  });
});
