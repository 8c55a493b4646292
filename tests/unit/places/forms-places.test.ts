import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/catalog/catalog.json';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { checkDelivery } from '../../../src-main/api/dossier-check';
import { checkFormValue } from '../../../src-main/api/dossier-rules';
import { ETHNIC_GROUPS, listEntry, matchList, NATIONALITIES, nationalityCode } from '../../../src-main/api/reference-lists';
import { fromApplicantAs, issuesFor } from '../../../src-renderer/screens/dossiers/draft-build';
import { type DraftState, useDraft } from '../../../src-renderer/screens/dossiers/draft-store';

const catalog = Catalog.parse(bundled);
const procedure = (code: string) => {
  const p = catalog.procedures.find((x) => x.code === code);
  if (!p) throw new Error(`no ${code}`);
  return p;
};

describe('nationality list', () => {
  it('puts Việt Nam first, names each country once in Vietnamese, and knows its code', () => {
    expect(NATIONALITIES[0]).toBe('Việt Nam');
    expect(new Set(NATIONALITIES).size).toBe(NATIONALITIES.length);
    expect(NATIONALITIES.length).toBeGreaterThan(230);
    expect(listEntry('nationalities', 'viet nam')).toBe('Việt Nam');
    expect(listEntry('nationalities', 'lao')).toBe('Lào');
    expect(matchList('nationalities', 'trung', 3)).toContain('Trung Quốc');
    expect(nationalityCode('Lào')).toBe('LA');
    expect(NATIONALITIES).not.toContain('Nam Cực');
  });

  it('refuses a nationality outside the list', () => {
    const field = { id: 'motherNationality', type: 'text', list: 'nationalities' } as const;
    expect(checkFormValue(field, 'Campuchia', '2026-12-06')).toBeNull();
    expect(checkFormValue(field, 'Kinh', '2026-12-06')).toBe('notAnOption');
  });
});

describe('the bundled catalog asks places and peoples from the lists', () => {
  const fields = catalog.procedures.flatMap((p) => p.formFields.map((f) => ({ code: p.code, f })));

  it('every field asking an ethnic group or a nationality picks from its list', () => {
    const ethnic = fields.filter(({ f }) => /^Dân tộc/u.test(f.label.vi));
    expect(ethnic.length).toBeGreaterThanOrEqual(7);
    for (const { code, f } of ethnic) expect(f.list, `${code} ${f.id}`).toBe('ethnicGroups');
    const nationality = fields.filter(({ f }) => /^Quốc tịch/u.test(f.label.vi));
    expect(nationality.length).toBeGreaterThanOrEqual(7);
    for (const { code, f } of nationality) expect(f.list, `${code} ${f.id}`).toBe('nationalities');
    expect(ETHNIC_GROUPS).toHaveLength(54);
  });

  it('the birth registration asks the parents’ ethnic group, nationality and residence and the child’s home town', () => {
    const ids = procedure('1.001193').formFields.map((f) => f.id);
    for (const id of [
      'childNationality',
      'childHomeTown',
      'motherEthnicity',
      'motherNationality',
      'motherAddress',
      'fatherEthnicity',
      'fatherNationality',
      'fatherAddress',
    ])
      expect(ids).toContain(id);
    expect(procedure('1.001193').formFields.find((f) => f.id === 'childHomeTown')?.type).toBe('address');
  });

  it('a place registered before July 2025 stays free text', () => {
    for (const code of ['1.004884', '1.004746'])
      expect(procedure(code).formFields.find((f) => f.id === 'previousPlace')?.type).toBe('textarea');
  });
});

describe('today’s communes in the draft and on the post', () => {
  const state = (over: Partial<DraftState>): DraftState => ({ ...useDraft.getState(), ...over });
  const applicant = {
    fullName: 'Lò Thị Mai',
    citizenId: '014195001234',
    dateOfBirth: '02/08/1995',
    phone: '0987654321',
    email: '',
    address: '',
  };

  it('an address field must end with a commune and province of today', () => {
    const birth = procedure('1.001193');
    const at = (childBirthPlace: string) => issuesFor('form', state({ form: { childBirthPlace } }), birth).get('form.childBirthPlace');
    expect(at('Trạm y tế xã Chiềng Sơn')).toBe('addressPlace');
    expect(at('Trạm y tế xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La')).toBe('addressPlace');
    expect(at('Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La')).toBeUndefined();
  });

  it('the applicant’s old address is flagged until confirmed, any other unknown place must be picked', () => {
    const birth = procedure('1.001193');
    const at = (address: string, addressConfirmed: string | null = null) =>
      issuesFor('applicant', state({ applicant: { ...applicant, address }, addressConfirmed }), birth).get('applicant.address');
    const old = 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La';
    expect(at(old)).toBe('addressOld');
    expect(at(old, old)).toBeUndefined();
    expect(at('Bản Hua Păng, tỉnh Hà Giang')).toBe('addressPlace');
    expect(at('Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La')).toBeUndefined();
  });

  it('the mother who applies gives her residence and, holding a citizen ID card, her nationality; the chip her ethnic group', () => {
    const birth = procedure('1.001193');
    const s = state({ applicant: { ...applicant, address: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La' }, form: {} });
    expect(fromApplicantAs('me', s, birth, { idNumber: '014195001234', ethnicity: 'Thái' })).toEqual({
      motherName: 'Lò Thị Mai',
      motherIdNumber: '014195001234',
      motherBirthYear: '1995',
      motherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
      motherNationality: 'Việt Nam',
      motherEthnicity: 'Thái',
    });
    // Another person's chip says nothing of the applicant.
    expect(fromApplicantAs('cha', s, birth, { idNumber: '001090001111', ethnicity: 'Kinh' })).not.toHaveProperty('fatherEthnicity');
  });

  it('the post goes to a commune or ward of the chosen province', () => {
    const post = (ward: string, province: string) =>
      checkDelivery({ method: 'post', address: { recipient: 'Lò Thị Mai', phone: '0987654321', street: 'Bản Hua Păng', ward, province } });
    expect(post('chieng son', 'Sơn La')).toEqual([]);
    expect(post('Phường Hoàn Kiếm', 'Sơn La')).toEqual([{ path: 'delivery.address.ward', message: 'notAnOption' }]);
    expect(post('Xã Chiềng Sơn', 'Hà Giang')).toEqual([{ path: 'delivery.address.province', message: 'notAnOption' }]);
  });
});
