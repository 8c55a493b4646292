import { generateDossierCode } from '../../src-main/core/dossiers/dossier-code';

/** A dossier body as the kiosk's outbox sends it. */
export function dossierBody(overrides: Record<string, unknown> = {}, now = new Date()): Record<string, unknown> & { code: string } {
  const code = (overrides.code as string | undefined) ?? generateDossierCode(now);
  return {
    code,
    kioskId: 'k1',
    procedureCode: '1.001234',
    procedureName: 'Đăng ký khai sinh',
    language: 'vi',
    submittedAt: now.toISOString(),
    expectedResultDate: '2026-12-10',
    applicant: {
      fullName: 'Nguyễn Thị Lan',
      citizenId: '001190012345',
      dateOfBirth: '1990-01-02',
      phone: '0912345678',
      email: '',
      address: 'Thôn 3, Xã Tả Phìn, Tỉnh Lào Cai',
    },
    form: {},
    documents: [{ name: 'Tờ khai', provided: true }],
    delivery: { method: 'counter' },
    ...overrides,
  };
}
