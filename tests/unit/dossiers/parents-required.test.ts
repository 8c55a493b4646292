import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { checkForm } from '../../../src-main/api/dossier-check';
import { requiredNow } from '../../../src-main/api/dossier-rules';
import { seedCatalogDraft } from '../../support/dossier-fixtures';
import { bundledCatalogJson } from '../catalog/catalog-fixtures';

// The official birth declaration (Thông tư 04/2020/TT-BTP) records the mother's ethnic group,
// nationality and residence, and the father's once a father is established.
const birth = Catalog.parse(bundledCatalogJson()).procedures.find((p) => p.code === '1.001193');
if (!birth) throw new Error('the bundled catalog has no birth registration');
const fields = birth.formFields;
const seedForm = (): Record<string, string> => ({ ...seedCatalogDraft().form });
const pathsOf = (form: Record<string, string>) => checkForm(fields, form, '2026-12-06').map((i) => `${i.path}:${i.message}`);

describe("the parents' details the birth declaration requires", () => {
  it('accepts the seed draft: the father not established, the mother fully given', () => {
    expect(pathsOf(seedForm())).toEqual([]);
  });

  it("refuses a draft without the mother's ethnic group, nationality or residence", () => {
    const { motherEthnicity, motherNationality, motherAddress, ...rest } = seedForm();
    expect(pathsOf(rest)).toEqual(['form.motherEthnicity:required', 'form.motherNationality:required', 'form.motherAddress:required']);
  });

  it('wants the father named when both parents are established, then his ethnicity, nationality and residence', () => {
    const both = { ...seedForm(), birthCase: 'ca-cha-me' };
    expect(pathsOf(both)).toEqual(['form.fatherName:required']);
    const form = { ...both, fatherName: 'Vừ A Dính' };
    expect(pathsOf(form)).toEqual([
      'form.fatherBirthYear:requiredWith',
      'form.fatherEthnicity:requiredWith',
      'form.fatherNationality:requiredWith',
      'form.fatherAddress:requiredWith',
    ]);
    const complete = {
      ...form,
      fatherBirthYear: '1993',
      fatherEthnicity: 'Mông',
      fatherNationality: 'Việt Nam',
      fatherAddress: 'Xã Chiềng Sơn, Tỉnh Sơn La',
    };
    expect(pathsOf(complete)).toEqual([]);
    // Named without the ethnic group: only that is missing; a name of spaces names no one.
    const { fatherEthnicity, ...noEthnicity } = complete;
    expect(pathsOf(noEthnicity)).toEqual(['form.fatherEthnicity:requiredWith']);
    expect(pathsOf({ ...both, fatherName: '   ' })).toEqual(['form.fatherName:required']);
  });

  it('still checks a conditional answer given without its trigger', () => {
    // The mother not established: only the father is asked; his ethnic group is still one of the list.
    // The seed's requester, Lò Thị Mai, asks as someone else then ("Mẹ" is no choice in this case).
    const noMother = { ...Object.fromEntries(Object.entries(seedForm()).filter(([id]) => !id.startsWith('mother'))), relationship: 'khac' };
    const father = {
      fatherName: 'Vừ A Dính',
      fatherBirthYear: '1993',
      fatherNationality: 'Việt Nam',
      fatherAddress: 'Xã Chiềng Sơn, Tỉnh Sơn La',
    };
    expect(pathsOf({ ...noMother, ...father, birthCase: 'chua-me', fatherEthnicity: 'Không có' })).toEqual([
      'form.fatherEthnicity:notAnOption',
    ]);
  });

  it('tells the form when a field is required: always, or once its trigger is filled', () => {
    const ethnicity = fields.find((f) => f.id === 'fatherEthnicity');
    if (!ethnicity) throw new Error('no fatherEthnicity field');
    expect(requiredNow(ethnicity, { birthCase: 'ca-cha-me' })).toBe(false);
    expect(requiredNow(ethnicity, { birthCase: 'ca-cha-me', fatherName: 'Vừ A Dính' })).toBe(true);
    // Not asked, so never required, whatever else is typed.
    expect(requiredNow(ethnicity, { birthCase: 'chua-cha', fatherName: 'Vừ A Dính' })).toBe(false);
    expect(requiredNow({ id: 'x', type: 'text', required: true }, {})).toBe(true);
  });
});
