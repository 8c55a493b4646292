import type { DossierDraft } from '../../src-main/api/channels/dossiers';
import type { ConfigValues } from '../../src-main/core/config/config-schema';
import { SEED_APPLICANT } from './dossier-fixtures';

/** A center's bank account as a technician would enter it (a made-up account at BIDV's BIN). */
export const BANK_SETTINGS: Partial<ConfigValues> = {
  'payment.bankBin': '970418',
  'payment.accountNumber': '12010000123456',
  'payment.accountName': 'UBND XA CHIENG SON',
  // Confirmation of marital status: a fee the province sets, entered here.
  'payment.provinceFees': '1.004873=8000',
};

/** The seed catalog's confirmation of marital status (1.004873): one province-set fee line. */
export function maritalStatusDraft(): DossierDraft {
  return {
    procedureCode: '1.004873',
    language: 'vi',
    applicant: { ...SEED_APPLICANT },
    form: {
      purpose: 'Để đăng ký kết hôn',
      maritalStatus: 'chua-ket-hon',
      requesterName: 'Lò Thị Mai',
      requesterIdNumber: '014195001234',
      requesterPhone: '0987654321',
      requesterAddress: 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La',
    },
    documents: [],
    delivery: { method: 'counter' },
  };
}

/** The seed catalog's free procedure with only the requester's details (1.001653). */
export function freeProcedureDraft(): DossierDraft {
  const draft = maritalStatusDraft();
  const { purpose: _p, maritalStatus: _m, ...form } = draft.form ?? {};
  return { ...draft, procedureCode: '1.001653', form };
}
