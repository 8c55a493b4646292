import type { Applicant, Delivery } from './channels/dossiers';
import {
  checkBirthDate,
  checkCitizenId,
  checkFormValue,
  checkFullName,
  type FormFieldRule,
  isEmail,
  isVietnamesePhone,
  type RuleMessage,
  requiredNow,
} from './dossier-rules';
import { communeEntry } from './places/communes';
import { isListEntry } from './reference-lists';

/** One problem with a draft: where (`applicant.phone`, `form.childName`) and which message key. */
export interface FieldIssue {
  readonly path: string;
  readonly message: RuleMessage;
}

const required = (value: string, max: number): RuleMessage | null =>
  !value.trim() ? 'required' : value.trim().length > max ? 'tooLong' : null;

function collect(out: FieldIssue[], path: string, message: RuleMessage | null): void {
  if (message) out.push({ path, message });
}

/** The applicant's details; `today` is the kiosk's local date (YYYY-MM-DD). */
export function checkApplicant(a: Applicant, today: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  collect(out, 'applicant.fullName', checkFullName(a.fullName));
  const birth = a.dateOfBirth.trim() ? checkBirthDate(a.dateOfBirth, today) : 'required';
  collect(out, 'applicant.dateOfBirth', birth);
  collect(
    out,
    'applicant.citizenId',
    a.citizenId.trim() ? checkCitizenId(a.citizenId.trim(), birth ? undefined : a.dateOfBirth) : 'required',
  );
  collect(out, 'applicant.phone', a.phone.trim() ? (isVietnamesePhone(a.phone) ? null : 'phoneFormat') : 'required');
  collect(out, 'applicant.email', a.email.trim() && !isEmail(a.email.trim()) ? 'emailFormat' : null);
  collect(out, 'applicant.address', required(a.address, 300));
  return out;
}

export function checkDelivery(d: Delivery): FieldIssue[] {
  if (d.method === 'counter') return [];
  const out: FieldIssue[] = [];
  collect(out, 'delivery.address.recipient', checkFullName(d.address.recipient));
  collect(out, 'delivery.address.phone', d.address.phone.trim() ? (isVietnamesePhone(d.address.phone) ? null : 'phoneFormat') : 'required');
  collect(out, 'delivery.address.street', required(d.address.street, 300));
  const province = required(d.address.province, 120) ?? (isListEntry('provinces', d.address.province) ? null : 'notAnOption');
  // The post reaches a commune or ward of today: one of the province's, once the province is known.
  const ward = required(d.address.ward, 120) ?? (province || communeEntry(d.address.province, d.address.ward) ? null : 'notAnOption');
  collect(out, 'delivery.address.ward', ward);
  collect(out, 'delivery.address.province', province);
  return out;
}

/**
 * The procedure's own fields; answers for fields the procedure does not have are refused too.
 * `today` is the center's day (YYYY-MM-DD), against which years of birth are checked.
 */
export function checkForm(fields: readonly FormFieldRule[], values: Readonly<Record<string, string>>, today: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const f of fields) {
    const message = checkFormValue({ ...f, required: requiredNow(f, values) }, values[f.id], today);
    // A conditional field says why it is wanted now (the father's ethnicity once his name is given).
    collect(out, `form.${f.id}`, message === 'required' && !f.required ? 'requiredWith' : message);
  }
  const known = new Set(fields.map((f) => f.id));
  for (const id of Object.keys(values)) if (!known.has(id)) out.push({ path: `form.${id}`, message: 'notAnOption' });
  return out;
}
