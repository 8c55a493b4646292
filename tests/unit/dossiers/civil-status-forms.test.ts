import { describe, expect, it } from 'vitest';
import { Catalog, type FormField } from '../../../src-main/api/channels/catalog';
import { checkForm } from '../../../src-main/api/dossier-check';
import { checkBirthYear } from '../../../src-main/api/dossier-rules';
import { listEntry, matchList, NATIONALITIES, nationalityCode, STATELESS } from '../../../src-main/api/reference-lists';
import { seedCatalogDraft } from '../../support/dossier-fixtures';
import { bundledCatalogJson } from '../catalog/catalog-fixtures';

// What the official declarations (Thông tư 04/2020/TT-BTP, as amended) record, against the bundled
// catalog's required rules: birth (and birth with recognition of parentage), marriage, death.
const procedures = Catalog.parse(bundledCatalogJson()).procedures;
const fieldsOf = (code: string): FormField[] => {
  const p = procedures.find((x) => x.code === code);
  if (!p) throw new Error(`the bundled catalog has no ${code}`);
  return p.formFields;
};
const TODAY = '2026-12-06';
const requiredIds = (code: string) =>
  fieldsOf(code)
    .filter((f) => f.required)
    .map((f) => f.id);
const pathsOf = (code: string, form: Record<string, string>) => checkForm(fieldsOf(code), form, TODAY).map((i) => `${i.path}:${i.message}`);

describe("a parent's year of birth", () => {
  it('is four digits, not after this year, not more than 130 years before it', () => {
    expect(checkBirthYear('1995', TODAY)).toBeNull();
    expect(checkBirthYear('2026', TODAY)).toBeNull();
    expect(checkBirthYear('2027', TODAY)).toBe('yearFuture');
    expect(checkBirthYear('1896', TODAY)).toBeNull();
    expect(checkBirthYear('1895', TODAY)).toBe('dateTooOld');
    expect(checkBirthYear('95', TODAY)).toBe('yearFormat');
    expect(checkBirthYear('1995 ', TODAY)).toBe('yearFormat');
    expect(checkBirthYear('１９９５', TODAY)).toBe('yearFormat');
  });

  it('is asked of both parents on the birth declaration: the mother always, the father once named', () => {
    const form = seedCatalogDraft().form ?? {};
    expect(pathsOf('1.001193', form)).toEqual([]);
    const { motherBirthYear, ...noYear } = form;
    expect(pathsOf('1.001193', noYear)).toEqual(['form.motherBirthYear:required']);
    expect(pathsOf('1.001193', { ...form, motherBirthYear: '2031' })).toEqual(['form.motherBirthYear:yearFuture']);
    expect(pathsOf('1.001193', { ...form, motherBirthYear: '1720' })).toEqual(['form.motherBirthYear:dateTooOld']);
    // The check follows the day it is given, not the machine's clock.
    expect(checkForm(fieldsOf('1.001193'), { ...form, motherBirthYear: '2027' }, '2027-01-01')).toEqual([]);
  });
});

describe('birth registration combined with recognition of parentage (1.000689)', () => {
  const parentIds = (code: string) => fieldsOf(code).filter((f) => /^(mother|father)/.test(f.id));

  it('asks the same parent fields as the birth declaration, both parents required', () => {
    const birth = parentIds('1.001193');
    const combined = parentIds('1.000689');
    expect(combined.map((f) => f.id)).toEqual(birth.map((f) => f.id));
    for (const [i, f] of combined.entries()) {
      const same = birth[i] as FormField;
      // Same label, type and list as the birth declaration's field: one definition, not a variant.
      expect({ label: f.label, type: f.type, list: f.list }).toEqual({ label: same.label, type: same.type, list: same.list });
      expect(f.requiredWith).toBeUndefined();
      expect(f.required, f.id).toBe(!/IdNumber$/.test(f.id));
    }
  });

  it('refuses a dossier without the father or the mother, and names which parent recognises the child', () => {
    const child = {
      childName: 'Vừ Thị Mỷ',
      childGender: 'nu',
      childBirthDate: '2026-10-01',
      childBirthPlace: 'Xã Chiềng Sơn, Tỉnh Sơn La',
      childEthnicity: 'Mông',
      relationship: 'cha',
      recognisingParent: 'cha',
      // The requester, as the form step takes it from the applicant.
      requesterName: 'Vừ A Dính',
      requesterIdNumber: '014093001234',
      requesterPhone: '0987654321',
      requesterAddress: 'Xã Chiềng Sơn, Tỉnh Sơn La',
    };
    const mother = {
      motherName: 'Lò Thị Mai',
      motherBirthYear: '1995',
      motherEthnicity: 'Thái',
      motherNationality: 'Việt Nam',
      motherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
    };
    const father = {
      fatherName: 'Vừ A Dính',
      fatherBirthYear: '1993',
      fatherEthnicity: 'Mông',
      fatherNationality: 'Việt Nam',
      fatherAddress: 'Xã Chiềng Sơn, Tỉnh Sơn La',
    };
    expect(pathsOf('1.000689', { ...child, ...mother, ...father })).toEqual([]);
    expect(pathsOf('1.000689', { ...child, ...mother })).toEqual(Object.keys(father).map((id) => `form.${id}:required`));
    expect(pathsOf('1.000689', { ...child, ...father })).toEqual(Object.keys(mother).map((id) => `form.${id}:required`));
    const { recognisingParent, ...unnamed } = child;
    expect(pathsOf('1.000689', { ...unnamed, ...mother, ...father })).toEqual(['form.recognisingParent:required']);
    expect(pathsOf('1.000689', { ...child, ...mother, ...father, parentName: 'Vừ A Dính' })).toEqual(['form.parentName:notAnOption']);
  });
});

describe('marriage and death declarations', () => {
  it('marriage: both parties’ names, dates of birth, ethnic groups, nationalities, residences, ID numbers and which marriage', () => {
    const parties = ['Name', 'BirthDate', 'IdNumber', 'Ethnicity', 'Nationality', 'Address', 'MarriageOrder'];
    expect(requiredIds('1.000894').sort()).toEqual(
      [...parties.map((p) => `groom${p}`), ...parties.map((p) => `bride${p}`), 'requesterPhone'].sort(),
    );
  });

  it('death: the deceased’s name, birth date, sex, ethnic group, nationality, residence; date, place and cause; the declarant', () => {
    expect(requiredIds('1.000656').sort()).toEqual(
      [
        'deceasedName',
        'deceasedBirthDate',
        'deceasedGender',
        'deceasedEthnicity',
        'deceasedNationality',
        'deceasedAddress',
        'deathDate',
        'deathPlace',
        'deathCause',
        'requesterName',
        'requesterIdNumber',
        'requesterPhone',
        'requesterAddress',
        'relationship',
      ].sort(),
    );
    // The ID number of the deceased is asked but not required: not everyone had one.
    expect(fieldsOf('1.000656').find((f) => f.id === 'deceasedIdNumber')?.required).toBe(false);
  });
});

describe('a stateless person', () => {
  it('answers the nationality with "Không quốc tịch", found without accents, refused nowhere', () => {
    expect(NATIONALITIES).toContain(STATELESS);
    expect(NATIONALITIES.filter((n) => n === STATELESS)).toHaveLength(1);
    expect(listEntry('nationalities', 'khong quoc tich')).toBe('Không quốc tịch');
    expect(matchList('nationalities', 'khong', 3)).toContain('Không quốc tịch');
    // No country code: the screens name it in their language from the translations.
    expect(nationalityCode(STATELESS)).toBeNull();
    const form = { ...(seedCatalogDraft().form ?? {}), motherNationality: STATELESS };
    expect(pathsOf('1.001193', form)).toEqual([]);
    expect(pathsOf('1.001193', { ...form, motherNationality: 'Vô quốc tịch' })).toEqual(['form.motherNationality:notAnOption']);
  });
});
