import type { DossierDraft } from '../../src-main/api/channels/dossiers';
import type { DossierProcedure, ProcedureLookup } from '../../src-main/core/dossiers/dossier-procedure';

/** A birth registration as the catalog describes it: its own form fields, papers, 3 working days. */
export const BIRTH_REGISTRATION: DossierProcedure = {
  code: '1.001193',
  name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  formFields: [
    { id: 'childName', label: { vi: 'Họ, chữ đệm, tên của trẻ', en: "Child's full name" }, type: 'text', required: true, maxLength: 100 },
    { id: 'childBirthDate', label: { vi: 'Ngày sinh của trẻ', en: "Child's date of birth" }, type: 'date', required: true },
    {
      id: 'relationship',
      label: { vi: 'Quan hệ với trẻ', en: 'Relationship to the child' },
      type: 'select',
      required: true,
      options: [
        { value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
        { value: 'father', label: { vi: 'Cha', en: 'Father' } },
      ],
    },
    { id: 'note', label: { vi: 'Ghi chú', en: 'Note' }, type: 'textarea' },
  ],
  documents: [
    { name: { vi: 'Giấy chứng sinh', en: 'Birth certificate from the hospital' } },
    { name: { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' } },
  ],
  processingTime: { workingDays: 3 },
  submission: { channels: ['direct', 'online', 'postal'] },
};

/** A procedure that must be done in person. */
export const IN_PERSON_ONLY: DossierProcedure = {
  code: '1.000894',
  name: { vi: 'Đăng ký kết hôn' },
  formFields: [],
  documents: [],
  submission: { channels: ['direct'] },
};

export const fixtureProcedures: ProcedureLookup = (code) => [BIRTH_REGISTRATION, IN_PERSON_ONLY].find((p) => p.code === code) ?? null;

/** A complete, valid draft; tests change one thing at a time. */
export function validDraft(overrides: Partial<DossierDraft> = {}): DossierDraft {
  return {
    procedureCode: '1.001193',
    language: 'vi',
    applicant: {
      fullName: 'Nguyễn Thị Hoa',
      citizenId: '001190012345',
      dateOfBirth: '1990-05-17',
      phone: '0912 345 678',
      email: '',
      address: 'Thôn Nà Rặc, xã Hồng Thái, tỉnh Tuyên Quang',
    },
    form: { childName: 'Nguyễn Văn An', childBirthDate: '2026-02-20', relationship: 'mother' },
    documents: [
      { index: 0, provided: true },
      { index: 1, provided: false },
    ],
    delivery: { method: 'counter' },
    ...overrides,
  };
}

/** The applicant of the seed-catalog drafts, as the screens type her in. */
export const SEED_APPLICANT: DossierDraft['applicant'] = {
  fullName: 'Lò Thị Mai',
  citizenId: '014195001234',
  dateOfBirth: '1995-08-02',
  phone: '0987 654 321',
  email: '',
  address: 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La',
};

/** A valid draft for the seed catalog's birth registration (1.001193), as a screen would send it. */
export function seedCatalogDraft(): DossierDraft {
  return {
    procedureCode: '1.001193',
    language: 'vi',
    applicant: { ...SEED_APPLICANT },
    form: {
      // Her son's father is not established: the form asks the mother only.
      birthCase: 'chua-cha',
      childName: 'Lò Văn Minh',
      childGender: 'nam',
      childBirthDate: '2026-02-10',
      childBirthPlace: 'Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La',
      childEthnicity: 'Thái',
      motherName: 'Lò Thị Mai',
      motherIdNumber: '014195001234',
      motherBirthYear: '1995',
      motherEthnicity: 'Thái',
      motherNationality: 'Việt Nam',
      motherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
      requesterName: 'Lò Thị Mai',
      requesterIdNumber: '014195001234',
      requesterPhone: '0987654321',
      requesterAddress: 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La',
      relationship: 'me',
    },
    documents: [
      { index: 0, provided: true },
      { index: 1, provided: true },
    ],
    delivery: { method: 'counter' },
  };
}

/**
 * The answers of a death declaration (Tờ khai đăng ký khai tử) for the form fields the bundled
 * death registration (1.000656) and its re-registration (1.005461) share; died today, 6 December 2026.
 */
export const DEATH_DECLARATION: Readonly<Record<string, string>> = {
  deceasedName: 'Lò Văn Páo',
  deceasedBirthDate: '1940-03-02',
  deceasedGender: 'nam',
  deceasedEthnicity: 'Thái',
  deceasedNationality: 'Việt Nam',
  deceasedAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  deathDate: '2026-12-06',
  deathPlace: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  deathCause: 'Già yếu',
  requesterName: 'Lò Thị Mai',
  requesterIdNumber: '014195001234',
  requesterPhone: '0987654321',
  requesterAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
  relationship: 'Con gái',
};
