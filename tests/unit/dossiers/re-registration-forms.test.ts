import { describe, expect, it } from 'vitest';
import { fakeClock, wallClock } from '../../../src-main/api/center-clock';
import { Catalog, FormField } from '../../../src-main/api/channels/catalog';
import { checkForm } from '../../../src-main/api/dossier-check';
import { buildDraft, fromApplicantAs, issuesFor } from '../../../src-renderer/screens/dossiers/draft-build';
import { type DraftState, useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { DEATH_DECLARATION } from '../../support/dossier-fixtures';
import { bundledCatalogJson } from '../catalog/catalog-fixtures';

// The re-registration declarations (Tờ khai đăng ký lại kết hôn / đăng ký lại khai tử) record the
// same facts as the first registrations; the bundled forms ask them with the same ids, so the
// shared checks (pick lists, dates that have happened, the time of death) apply to them too.
const procedures = Catalog.parse(bundledCatalogJson()).procedures;
const byId = (code: string) => new Map(fieldsOf(code).map((f) => [f.id, f]));
const procedureOf = (code: string) => {
  const p = procedures.find((x) => x.code === code);
  if (!p) throw new Error(`the bundled catalog has no ${code}`);
  return p;
};
const fieldsOf = (code: string): FormField[] => procedureOf(code).formFields;
/** The screen's draft with these form answers (as typed). */
const state = (form: Record<string, string>): DraftState => ({ ...useDraft.getState(), form });
// What a field asks and how it is checked, less whether it is required.
const asked = (f: FormField) => ({ label: f.label, type: f.type, list: f.list, options: f.options, past: f.past, dateField: f.dateField });
// 09:15 on 6 December 2026 in Vietnam (02:15 UTC).
const { date: today, minutes } = wallClock(fakeClock('2026-12-06T02:15:00Z').now());
const issues = (code: string, form: Record<string, string>) =>
  checkForm(fieldsOf(code), form, today, minutes).map((i) => `${i.path}:${i.message}`);

// A couple married before 2016 whose certificate and register book were both lost.
const couple = {
  groomName: 'Lò Văn Páo',
  groomBirthDate: '1960-03-02',
  groomIdNumber: '014060001234',
  groomEthnicity: 'Thái',
  groomNationality: 'Việt Nam',
  groomAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  groomMarriageOrder: '1',
  brideName: 'Lường Thị Xuân',
  brideBirthDate: '1963-07-19',
  brideIdNumber: '014163001234',
  brideEthnicity: 'Thái',
  brideNationality: 'Việt Nam',
  brideAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  brideMarriageOrder: '2',
  requesterName: 'Lường Thị Xuân',
  requesterIdNumber: '014163001234',
  requesterPhone: '0987654321',
  requesterAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
};

describe('marriage re-registration (1.004746)', () => {
  const first = byId('1.000894');
  const again = byId('1.004746');
  const party = ['Name', 'BirthDate', 'IdNumber', 'Ethnicity', 'Nationality', 'Address', 'MarriageOrder'];

  it('asks each party what the marriage declaration asks, as the first registration does', () => {
    const ids = fieldsOf('1.004746').map((f) => f.id);
    for (const side of ['groom', 'bride']) {
      for (const suffix of party) {
        const id = side + suffix;
        const f = again.get(id);
        const same = first.get(id);
        if (!f || !same) throw new Error(`${id} missing`);
        expect(asked(f), id).toEqual(asked(same));
        // Both parties come to sign and show their identity papers (the portal record): all required.
        expect(f.required, id).toBe(true);
      }
      expect(ids.indexOf(`${side}MarriageOrder`)).toBe(ids.indexOf(`${side}Address`) + 1);
    }
    expect(ids).not.toContain('husbandName');
    expect(ids).not.toContain('wifeName');
    expect(again.get('previousPlace')?.type).toBe('textarea');
  });

  it('takes a couple whose old certificate was lost, and refuses what the first registration refuses', () => {
    expect(issues('1.004746', couple)).toEqual([]);
    const { groomMarriageOrder: _, ...noOrder } = couple;
    expect(issues('1.004746', noOrder)).toEqual(['form.groomMarriageOrder:required']);
    expect(issues('1.004746', { ...couple, brideMarriageOrder: '5' })).toEqual(['form.brideMarriageOrder:notAnOption']);
    expect(issues('1.004746', { ...couple, groomEthnicity: 'Kinh Thượng' })).toEqual(['form.groomEthnicity:notAnOption']);
    expect(issues('1.004746', { ...couple, brideNationality: 'Atlantis' })).toEqual(['form.brideNationality:notAnOption']);
    expect(issues('1.004746', { ...couple, groomBirthDate: '2026-12-07' })).toEqual(['form.groomBirthDate:dateFuture']);
    expect(issues('1.004746', { ...couple, husbandName: 'Lò Văn Páo' })).toEqual(['form.husbandName:notAnOption']);
    expect(issues('1.004746', { ...couple, brideIdNumber: '' })).toEqual(['form.brideIdNumber:required']);
  });
});

// A death registered before 2016, its certificate lost; the date of birth not known.
const { deceasedBirthDate: _, ...knownOfDeceased } = DEATH_DECLARATION;
const death = { ...knownOfDeceased, deathDate: '2009-04-27' };

describe('death re-registration (1.005461)', () => {
  const first = byId('1.000656');
  const again = byId('1.005461');
  const deceased = [
    'deceasedName',
    'deceasedBirthDate',
    'deceasedGender',
    'deceasedIdNumber',
    'deceasedEthnicity',
    'deceasedNationality',
    'deceasedAddress',
    'deathDate',
    'deathTime',
    'deathPlace',
    'deathCause',
    'relationship',
  ];

  it('asks about the deceased what the death declaration asks, as the first registration does', () => {
    for (const id of deceased) {
      const f = again.get(id);
      const same = first.get(id);
      if (!f || !same) throw new Error(`${id} missing`);
      expect(asked(f), id).toEqual(asked(same));
      // An old record may give only the year of birth: the date is then left empty.
      expect(f.required, id).toBe(id === 'deceasedBirthDate' ? false : same.required);
    }
    const ids = fieldsOf('1.005461').map((f) => f.id);
    expect(ids.indexOf('deathTime')).toBe(ids.indexOf('deathDate') + 1);
    expect(again.get('deathTime')?.hint?.vi).toContain('Giấy chứng tử');
    expect(again.get('previousPlace')).toMatchObject({ type: 'textarea', required: false });
    expect(again.get('previousPlace')?.label.vi).toBe('Nơi đã đăng ký khai tử trước đây');
  });

  it('takes a death registered before 2016, and the time of death is checked against its date', () => {
    expect(issues('1.005461', death)).toEqual([]);
    expect(issues('1.005461', { ...death, deathTime: '23:50', deceasedBirthDate: '1931-01-05' })).toEqual([]);
    expect(issues('1.005461', { ...death, deathTime: '9 giờ' })).toEqual(['form.deathTime:timeFormat']);
    expect(issues('1.005461', { ...death, deathDate: today, deathTime: '09:16' })).toEqual(['form.deathTime:timeFuture']);
    expect(issues('1.005461', { ...death, deathDate: '2026-12-07' })).toEqual(['form.deathDate:dateFuture']);
    expect(issues('1.005461', { ...death, deceasedBirthDate: '2027-01-01' })).toEqual(['form.deceasedBirthDate:dateFuture']);
    expect(issues('1.005461', { ...death, deceasedEthnicity: '' })).toEqual(['form.deceasedEthnicity:required']);
    expect(issues('1.005461', { ...death, deceasedGender: 'khac' })).toEqual(['form.deceasedGender:notAnOption']);
  });

  it('on the screen, the time boxes are sent as HH:MM and a bad time is named', () => {
    const procedure = procedureOf('1.005461');
    expect(buildDraft(state({ deathTime: '7:5' }), procedure, 'vi').form?.deathTime).toBe('07:05');
    expect(issuesFor('form', state({ deathTime: '25:10' }), procedure).get('form.deathTime')).toBe('timeFormat');
    expect(issuesFor('form', state({ deathDate: '01/01/2999' }), procedure).get('form.deathDate')).toBe('dateFuture');
  });
});

// A woman born in 1975 whose birth was registered that year; the register book and her birth
// certificate were both lost. She asks herself; her father has died. Both parents were established.
const birth = {
  birthCase: 'ca-cha-me',
  childName: 'Lò Thị Mai',
  childGender: 'nu',
  childBirthDate: '1975-08-02',
  childBirthPlace: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  childEthnicity: 'Thái',
  childNationality: 'Việt Nam',
  motherName: 'Lường Thị Xuân',
  motherBirthYear: '1953',
  motherEthnicity: 'Thái',
  motherNationality: 'Việt Nam',
  motherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  fatherName: 'Lò Văn Páo',
  fatherBirthYear: '1950',
  fatherEthnicity: 'Thái',
  fatherNationality: 'Việt Nam',
  requesterName: 'Lò Thị Mai',
  requesterIdNumber: '014175001234',
  requesterPhone: '0987654321',
  requesterAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  relationship: 'ban-than',
};

describe('birth re-registration (1.004884)', () => {
  const first = byId('1.001193');
  const again = byId('1.004884');
  const person = ['childGender', 'childBirthDate', 'childBirthPlace', 'childEthnicity', 'childNationality', 'childHomeTown'];
  const parents = ['mother', 'father'].flatMap((p) =>
    ['Name', 'IdNumber', 'BirthYear', 'Ethnicity', 'Nationality', 'Address'].map((s) => p + s),
  );
  // What the check needs of a field: its type, list, choices and whether it is a date that has happened.
  const checked = (f: FormField) => ({ type: f.type, list: f.list, options: f.options, past: f.past });

  it('asks the birth as the first registration does, with the same ids: the person, the mother, the father', () => {
    const ids = fieldsOf('1.004884').map((f) => f.id);
    expect(ids).not.toContain('subjectName');
    expect(ids).not.toContain('subjectBirthDate');
    // The type of birth registration first, as on the first registration: it decides which parent is asked.
    expect(ids.slice(0, 8)).toEqual(['birthCase', 'childName', ...person]);
    expect(ids.slice(8, 20)).toEqual(parents);
    expect(checked(again.get('birthCase') as FormField)).toEqual(checked(first.get('birthCase') as FormField));
    for (const id of [...person, ...parents]) {
      const f = again.get(id);
      const same = first.get(id);
      if (!f || !same) throw new Error(`${id} missing`);
      expect(checked(f), id).toEqual(checked(same));
      expect(f.askedWhen, id).toEqual(same.askedWhen);
      // A parent who has died has no residence to give (the portal's form takes "Đã chết"):
      // both parents' residences are optional; everything else is required as on the first registration.
      const required = id === 'motherAddress' ? false : same.required;
      expect({ required: f.required, requiredWith: f.requiredWith }, id).toEqual({
        required,
        requiredWith: id === 'fatherAddress' ? undefined : same.requiredWith,
      });
    }
    expect(again.get('childName')).toMatchObject({ type: 'text', required: true });
    expect(again.get('childName')?.label.vi).toBe('Họ, chữ đệm và tên người được đăng ký lại khai sinh');
    expect(again.get('motherAddress')?.hint?.vi).toBe('Nếu người mẹ đã mất, để trống');
    expect(again.get('relationship')?.options?.map((o) => o.value)).toEqual(['ban-than', 'me', 'cha', 'khac']);
  });

  it('takes a birth of 1975, and refuses what the first registration refuses', () => {
    expect(issues('1.004884', birth)).toEqual([]);
    const { fatherName: _, fatherBirthYear: _y, fatherEthnicity: _e, fatherNationality: _n, ...noFather } = birth;
    expect(issues('1.004884', noFather)).toEqual(['form.fatherName:required']);
    expect(issues('1.004884', { ...noFather, birthCase: 'chua-cha' })).toEqual([]);
    const { motherName: _m, ...noMother } = birth;
    expect(issues('1.004884', noMother)).toEqual(['form.motherName:required']);
    const { childGender: _g, ...noGender } = birth;
    expect(issues('1.004884', noGender)).toEqual(['form.childGender:required']);
    expect(issues('1.004884', { ...birth, childEthnicity: 'Kinh Thượng' })).toEqual(['form.childEthnicity:notAnOption']);
    expect(issues('1.004884', { ...birth, motherNationality: 'Atlantis' })).toEqual(['form.motherNationality:notAnOption']);
    expect(issues('1.004884', { ...birth, childBirthDate: '2026-12-07' })).toEqual(['form.childBirthDate:dateFuture']);
    expect(issues('1.004884', { ...birth, fatherBirthYear: '' })).toEqual(['form.fatherBirthYear:requiredWith']);
    expect(issues('1.004884', { ...birth, relationship: 'ong-ba' })).toEqual(['form.relationship:notAnOption']);
    expect(issues('1.004884', { ...birth, subjectName: 'Lò Thị Mai' })).toEqual(['form.subjectName:notAnOption']);
  });

  it('refuses an earlier registration dated before the birth, and takes one on the day of birth', () => {
    expect(again.get('previousDate')?.notBefore).toBe('childBirthDate');
    expect(issues('1.004884', { ...birth, previousDate: '1975-08-01' })).toEqual(['form.previousDate:dateBeforeField']);
    expect(issues('1.004884', { ...birth, previousDate: '1975-08-02' })).toEqual([]);
    // Without a date of birth there is nothing to compare: only the date of birth is asked for.
    const { childBirthDate: _, ...noBirth } = birth;
    expect(issues('1.004884', { ...noBirth, previousDate: '1975-08-01' })).toEqual(['form.childBirthDate:required']);
  });

  it('tells, and does not refuse, an earlier registration from 2016: a copy of the extract may be what is needed', () => {
    const notice = again.get('previousDate')?.notice;
    expect(notice?.from).toBe('2016-01-01');
    expect(notice?.text.vi).toContain('Cấp bản sao Trích lục hộ tịch');
    expect(notice?.text.vi).toContain('trước năm 2016');
    const copies = procedureOf('2.000635');
    expect(copies.name.vi).toBe('Cấp bản sao Trích lục hộ tịch');
    expect(notice?.text.en).toContain(copies.name.en);
    for (const lang of ['vi', 'en', 'ar', 'pl'] as const) expect(notice?.text[lang], lang).toBeTruthy();
    const born2016 = { ...birth, childBirthDate: '2016-03-01', previousDate: '2016-03-10' };
    expect(issues('1.004884', born2016)).toEqual([]);
  });

  it('on the screen, the dates are compared as typed (dd/mm/yyyy); "myself" and "the mother" copy the applicant', () => {
    const procedure = procedureOf('1.004884');
    const typed = state({ childBirthDate: '2/8/1975', previousDate: '1/8/1975' });
    expect(issuesFor('form', typed, procedure).get('form.previousDate')).toBe('dateBeforeField');
    expect(issuesFor('form', state({ childBirthDate: '2/8/1975', previousDate: '11/9/1975' }), procedure).has('form.previousDate')).toBe(
      false,
    );
    const applicant = {
      ...useDraft.getState().applicant,
      fullName: 'Lường Thị Xuân',
      citizenId: '014153001234',
      dateOfBirth: '05/01/1953',
    };
    const asked = (relationship: string, form: Record<string, string> = {}) =>
      fromApplicantAs(relationship, { ...useDraft.getState(), applicant, form }, procedure);
    // Her own birth: the name and date of birth she gave, the date as the boxes hold it.
    expect(asked('ban-than')).toEqual({ childName: 'Lường Thị Xuân', childBirthDate: '05/01/1953', childNationality: 'Việt Nam' });
    expect(asked('ban-than', { childName: 'Lường Thị Xuân B' })).not.toHaveProperty('childName');
    expect(asked('khac')).toEqual({});
    expect(asked('me')).toMatchObject({
      motherName: 'Lường Thị Xuân',
      motherIdNumber: '014153001234',
      motherBirthYear: '1953',
      motherNationality: 'Việt Nam',
    });
  });
});

// The earlier registration, as the national portal's electronic re-registration forms record it
// for all three (the registering office, then "Số", "Quyển số" and the date of registration):
// asked after the place, each left empty when the old paper is lost and nobody remembers it.
describe('the earlier registration: number, book and date (1.004884, 1.004746, 1.005461)', () => {
  const earlier = ['previousPlace', 'previousNumber', 'previousBook', 'previousDate'];
  const bases: Record<string, Record<string, string>> = { '1.004884': birth, '1.004746': couple, '1.005461': death };

  it.each(['1.004884', '1.004746', '1.005461'])('%s asks them after the place, none required, in four languages', (code) => {
    const ids = fieldsOf(code).map((f) => f.id);
    const at = ids.indexOf('previousPlace');
    expect(ids.slice(at, at + 4)).toEqual(earlier);
    const fields = byId(code);
    for (const id of ['previousNumber', 'previousBook']) {
      expect(fields.get(id), id).toMatchObject({ type: 'text', required: false, maxLength: 20 });
    }
    expect(fields.get('previousDate')).toMatchObject({ type: 'date', required: false, past: true });
    for (const id of earlier.slice(1)) {
      const f = fields.get(id);
      for (const lang of ['vi', 'en', 'ar', 'pl'] as const) {
        expect(f?.label[lang], `${id} ${lang}`).toBeTruthy();
        expect(f?.hint?.[lang], `${id} ${lang}`).toBeTruthy();
      }
      expect(f?.hint?.vi).toContain('Không biết thì để trống');
    }
    expect(fields.get('previousNumber')?.hint?.vi).toContain('“Số”');
    expect(fields.get('previousBook')?.hint?.vi).toContain('“Quyển số”');
  });

  it('takes them empty or as the old paper writes them, and refuses a date to come or a stray sign', () => {
    for (const [code, base] of Object.entries(bases)) {
      expect(issues(code, base), code).toEqual([]);
      const known = { previousPlace: 'UBND xã Chiềng Sơn', previousNumber: '15/1995', previousBook: '01', previousDate: '1995-09-11' };
      // (The birth of the fixture is of 1975: a registration of 1995 came after it.)
      expect(issues(code, { ...base, ...known }), code).toEqual([]);
      expect(issues(code, { ...base, previousNumber: '125', previousBook: '01/15' }), code).toEqual([]);
      expect(issues(code, { ...base, previousDate: '2026-12-07' }), code).toEqual(['form.previousDate:dateFuture']);
      expect(issues(code, { ...base, previousDate: '11/09/1995' }), code).toEqual(['form.previousDate:dateFormat']);
      expect(issues(code, { ...base, previousNumber: '#15' }), code).toEqual(['form.previousNumber:patternMismatch']);
      expect(issues(code, { ...base, previousBook: '1'.repeat(21) }), code).toEqual(['form.previousBook:tooLong']);
    }
  });

  it('on the screen, the date boxes are sent as a date and one still to come is named', () => {
    const procedure = procedureOf('1.004884');
    expect(buildDraft(state({ previousDate: '11/9/1995', previousNumber: ' 15/1995 ' }), procedure, 'vi').form).toMatchObject({
      previousDate: '1995-09-11',
    });
    expect(issuesFor('form', state({ previousDate: '01/01/2999' }), procedure).get('form.previousDate')).toBe('dateFuture');
  });
});

describe('the catalog schema: a date not before another, and a notice', () => {
  const base = { id: 'x', label: { vi: 'X' } };
  const notice = { from: '2016-01-01', text: { vi: 'Lưu ý' } };

  it('allows notBefore and notice on a date field only, the notice from a YYYY-MM-DD day', () => {
    expect(FormField.safeParse({ ...base, type: 'date', notBefore: 'd', notice }).success).toBe(true);
    expect(FormField.safeParse({ ...base, type: 'text', notBefore: 'd' }).success).toBe(false);
    expect(FormField.safeParse({ ...base, type: 'year', notice }).success).toBe(false);
    expect(FormField.safeParse({ ...base, type: 'date', notice: { ...notice, from: '01/01/2016' } }).success).toBe(false);
  });

  it('refuses a notBefore that names no other date field of the procedure', () => {
    for (const wrong of ['previousPlace', 'previousDate', 'nobody']) {
      const json = bundledCatalogJson() as { procedures: { code: string; formFields?: { id: string; notBefore?: string }[] }[] };
      const date = json.procedures.find((p) => p.code === '1.004884')?.formFields?.find((f) => f.id === 'previousDate');
      if (!date) throw new Error('no previousDate');
      date.notBefore = wrong;
      const parsed = Catalog.safeParse(json);
      expect(
        parsed.error?.issues.map((i) => i.message),
        wrong,
      ).toContain('notBefore names no other date field of this procedure');
    }
  });
});
