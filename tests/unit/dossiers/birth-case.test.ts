import { describe, expect, it } from 'vitest';
import { Catalog, Procedure } from '../../../src-main/api/channels/catalog';
import { checkForm } from '../../../src-main/api/dossier-check';
import { askedNow, requiredNow } from '../../../src-main/api/dossier-rules';
import { formEntries } from '../../../src-main/center/office/office-dossiers';
import { buildDraft, issuesFor } from '../../../src-renderer/screens/dossiers/draft-build';
import { type DraftState, useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { bundledCatalogJson, procedure } from '../catalog/catalog-fixtures';

// The national portal's electronic birth forms ask "Loại khai sinh" first: both parents established
// (its default), the mother or the father not yet established, or neither (Nghị định 123/2015/NĐ-CP
// Điều 15: a parent not established leaves that parent's part of the birth certificate empty).
// The kiosk asks the same choice on the birth registration (1.001193) and its re-registration (1.004884).
const procedures = Catalog.parse(bundledCatalogJson()).procedures;
const procedureOf = (code: string): Procedure => {
  const p = procedures.find((x) => x.code === code);
  if (!p) throw new Error(`the bundled catalog has no ${code}`);
  return p;
};
const issues = (code: string, form: Record<string, string>) =>
  checkForm(procedureOf(code).formFields, form, '2026-12-06').map((i) => `${i.path}:${i.message}`);

const MOTHER = {
  motherName: 'Lò Thị Mai',
  motherBirthYear: '1995',
  motherEthnicity: 'Thái',
  motherNationality: 'Việt Nam',
  motherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
};
const FATHER = {
  fatherName: 'Vừ A Dính',
  fatherBirthYear: '1993',
  fatherEthnicity: 'Mông',
  fatherNationality: 'Việt Nam',
  fatherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
};
const CHILD = {
  childName: 'Lò Văn Minh',
  childGender: 'nam',
  childBirthDate: '2026-02-10',
  childBirthPlace: 'Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La',
  childEthnicity: 'Thái',
};
// Someone caring for the child (not a parent) asks.
const REQUESTER = {
  requesterName: 'Lò Thị Hoa',
  requesterIdNumber: '014170001234',
  requesterPhone: '0987654321',
  requesterAddress: 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La',
  relationship: 'khac',
};
const form = (birthCase: string, ...parts: Record<string, string>[]) =>
  Object.assign({ birthCase }, CHILD, REQUESTER, ...parts) as Record<string, string>;
const required = (prefix: string) => Object.keys(prefix === 'mother' ? MOTHER : FATHER).map((id) => `form.${id}:required`);

describe('the type of birth registration (Loại khai sinh)', () => {
  it.each(['1.001193', '1.004884'])('%s asks it first, required, with the portal’s four cases in four languages', (code) => {
    const [first] = procedureOf(code).formFields;
    expect(first).toMatchObject({ id: 'birthCase', type: 'select', required: true });
    expect(first?.label.vi).toBe('Loại khai sinh');
    expect(first?.options?.map((o) => [o.value, o.label.vi])).toEqual([
      ['ca-cha-me', 'Đã xác định được cả cha lẫn mẹ'],
      ['chua-me', 'Chưa xác định được mẹ'],
      ['chua-cha', 'Chưa xác định được cha'],
      ['chua-ca-cha-me', 'Chưa xác định được cả cha lẫn mẹ'],
    ]);
    for (const lang of ['vi', 'en', 'ar', 'pl'] as const) {
      expect(first?.label[lang], lang).toBeTruthy();
      expect(first?.hint?.[lang], lang).toBeTruthy();
      for (const o of first?.options ?? []) expect(o.label[lang], `${o.value} ${lang}`).toBeTruthy();
    }
  });

  it('is required: without it no parent is asked, and what was typed for one is refused', () => {
    const { birthCase: _, ...none } = form('', MOTHER);
    expect(issues('1.001193', none)).toEqual(['form.birthCase:required', ...Object.keys(MOTHER).map((id) => `form.${id}:notAsked`)]);
    expect(issues('1.001193', { ...none, birthCase: 'ca-ca' })).toContain('form.birthCase:notAnOption');
  });

  it('both established: the mother and the father are required, the father’s details once he is named', () => {
    expect(issues('1.001193', form('ca-cha-me', MOTHER, FATHER))).toEqual([]);
    expect(issues('1.001193', form('ca-cha-me', FATHER))).toEqual(required('mother'));
    expect(issues('1.001193', form('ca-cha-me', MOTHER))).toEqual(['form.fatherName:required']);
    const { fatherEthnicity: _, ...noEthnicity } = FATHER;
    expect(issues('1.001193', form('ca-cha-me', MOTHER, noEthnicity))).toEqual(['form.fatherEthnicity:requiredWith']);
  });

  it('father not established: the mother is required, the father is not asked and takes no answer', () => {
    expect(issues('1.001193', form('chua-cha', MOTHER))).toEqual([]);
    expect(issues('1.001193', form('chua-cha'))).toEqual(required('mother'));
    expect(issues('1.001193', form('chua-cha', MOTHER, { fatherName: 'Vừ A Dính' }))).toEqual(['form.fatherName:notAsked']);
  });

  it('mother not established: the father is required, the mother is not asked', () => {
    expect(issues('1.001193', form('chua-me', FATHER))).toEqual([]);
    expect(issues('1.001193', form('chua-me'))).toEqual(['form.fatherName:required']);
    expect(issues('1.001193', form('chua-me', FATHER, { motherEthnicity: 'Thái' }))).toEqual(['form.motherEthnicity:notAsked']);
  });

  it('neither established: no parent is asked', () => {
    expect(issues('1.001193', form('chua-ca-cha-me'))).toEqual([]);
    expect(issues('1.001193', form('chua-ca-cha-me', MOTHER, FATHER))).toEqual([
      ...Object.keys(MOTHER).map((id) => `form.${id}:notAsked`),
      ...Object.keys(FATHER).map((id) => `form.${id}:notAsked`),
    ]);
  });

  it('the re-registration asks the same way; a parent who has died may leave the residence empty', () => {
    const { motherAddress: _m, ...motherNoAddress } = MOTHER;
    const { fatherAddress: _f, ...fatherNoAddress } = FATHER;
    const old = { childBirthDate: '1975-08-02', requesterIdNumber: '014175001234', relationship: 'ban-than' };
    expect(issues('1.004884', form('ca-cha-me', motherNoAddress, fatherNoAddress, old))).toEqual([]);
    expect(issues('1.004884', form('chua-cha', motherNoAddress, old))).toEqual([]);
    expect(issues('1.004884', form('chua-cha', old))).toEqual(required('mother').filter((p) => !p.includes('Address')));
    expect(issues('1.004884', form('chua-me', fatherNoAddress, old))).toEqual([]);
    expect(issues('1.004884', form('chua-ca-cha-me', old))).toEqual([]);
    expect(issues('1.004884', form('chua-ca-cha-me', old, { fatherName: 'Lò Văn Páo' }))).toEqual(['form.fatherName:notAsked']);
  });

  it('on the screen: what the chosen case does not ask is neither checked nor sent', () => {
    const p = procedureOf('1.001193');
    const typed = { ...form('chua-cha', MOTHER, FATHER), childBirthDate: '10/02/2026' };
    const state: DraftState = { ...useDraft.getState(), form: typed };
    const sent = buildDraft(state, p, 'vi').form ?? {};
    expect(sent.birthCase).toBe('chua-cha');
    expect(sent.motherName).toBe('Lò Thị Mai');
    expect(Object.keys(sent).filter((id) => id.startsWith('father'))).toEqual([]);
    // (The requester's answers come from the applicant step, empty in this draft.)
    expect([...issuesFor('form', state, p).keys()].filter((k) => !k.startsWith('form.requester'))).toEqual([]);
    // Changing the case back brings the father's answers, kept in the draft, back with it.
    const both: DraftState = { ...state, form: { ...typed, birthCase: 'ca-cha-me' } };
    expect(buildDraft(both, p, 'vi').form?.fatherName).toBe('Vừ A Dính');
  });

  it('askedNow and requiredNow: a field asked only in some cases is never required in another', () => {
    const f = { id: 'x', type: 'text', required: true, askedWhen: { field: 'c', values: ['a'] } } as const;
    expect(askedNow(f, { c: 'a' })).toBe(true);
    expect(askedNow(f, { c: ' a ' })).toBe(true);
    expect(askedNow(f, { c: 'b' })).toBe(false);
    expect(askedNow(f, {})).toBe(false);
    expect(requiredNow(f, { c: 'a' })).toBe(true);
    expect(requiredNow(f, { c: 'b' })).toBe(false);
    expect(askedNow({}, {})).toBe(true);
  });

  it('the catalog refuses askedWhen naming no select field of the procedure, or a value it does not offer', () => {
    const choice = { id: 'c', label: { vi: 'Loại' }, type: 'select' as const, options: [{ value: 'a', label: { vi: 'A' } }] };
    const withField = (askedWhen: { field: string; values: string[] }) =>
      Procedure.safeParse(
        procedure('1.001193', 'Đăng ký khai sinh', 'ho-tich', {
          formFields: [choice, { id: 'x', label: { vi: 'X' }, type: 'text', askedWhen }, { id: 't', label: { vi: 'T' }, type: 'text' }],
        }),
      ).success;
    expect(withField({ field: 'c', values: ['a'] })).toBe(true);
    expect(withField({ field: 'c', values: ['b'] })).toBe(false);
    expect(withField({ field: 't', values: ['a'] })).toBe(false);
    expect(withField({ field: 'x', values: ['a'] })).toBe(false);
    expect(withField({ field: 'nope', values: ['a'] })).toBe(false);
  });

  it('the center’s office names the case chosen by its label, in the catalog’s order, first', () => {
    const [first] = formEntries(form('chua-cha', MOTHER), procedureOf('1.001193').formFields);
    expect(first).toMatchObject({ id: 'birthCase', value: 'chua-cha', label: { vi: 'Loại khai sinh' } });
    expect(first?.valueLabel?.vi).toBe('Chưa xác định được cha');
    expect(first?.valueLabel?.ar).toBe('لم يُحدَّد الأب بعد');
  });
});
