import type { Applicant, Delivery } from './channels/dossiers';
import {
  askedNow,
  checkBirthDate,
  checkCitizenId,
  checkFormValue,
  checkFullName,
  checkNotBefore,
  checkTimeOnDate,
  type FormFieldRule,
  isEmail,
  isVietnamesePhone,
  type RuleMessage,
  requiredNow,
} from './dossier-rules';
import { placeOf } from './places/address-parts';
import { communeEntry } from './places/communes';
import { isListEntry, namesOldDistrict } from './reference-lists';

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
  out.push(...postalPlace(d.address));
  return out;
}

/** The postal address's province is one of the 34, and its ward one of that province's. */
function postalPlace(a: { readonly ward: string; readonly province: string }): FieldIssue[] {
  const out: FieldIssue[] = [];
  const province = required(a.province, 120) ?? (isListEntry('provinces', a.province) ? null : 'notAnOption');
  // The post reaches a commune or ward of today: one of the province's, once the province is known.
  const ward = required(a.ward, 120) ?? (province || communeEntry(a.province, a.ward) ? null : 'notAnOption');
  collect(out, 'delivery.address.ward', ward);
  collect(out, 'delivery.address.province', province);
  return out;
}

/**
 * How an address naming a district (written before 1 July 2025) is taken: `accepted` (the citizen
 * confirmed it as it is), `unconfirmed` (the screen still asks), `refused` (it must be today's).
 */
export type OldAddress = 'accepted' | 'unconfirmed' | 'refused';

/**
 * One address text against the units in force since 1 July 2025: it must end with a commune or
 * ward and its province (`addressCommune` when it names a commune-level unit its province does
 * not have); an old address naming a district is taken as `old` says. Empty is not judged here.
 */
export function addressProblem(address: string, old: OldAddress): RuleMessage | null {
  if (!address.trim()) return null;
  if (namesOldDistrict(address)) return old === 'accepted' ? null : old === 'unconfirmed' ? 'addressOld' : 'addressPlace';
  const place = placeOf(address);
  if (place.province && place.commune) return null;
  return place.province && place.namedCommune ? 'addressCommune' : 'addressPlace';
}

/**
 * The addresses a citizen writes as text, the same check wherever it runs (the kiosk's screens
 * and core, the center): the applicant's residence (an old one as `applicantOld` says) and each
 * address field of the procedure's form (today's units only; the applicant's residence repeated
 * as the requester's is judged once, as the applicant's). The postal address is checkDelivery's.
 */
export function checkWrittenPlaces(
  fields: readonly Pick<FormFieldRule, 'id' | 'type'>[],
  dossier: { readonly applicant: { readonly address: string }; readonly form: Readonly<Record<string, string>> },
  applicantOld: OldAddress,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  const residence = dossier.applicant.address;
  collect(out, 'applicant.address', addressProblem(residence, applicantOld));
  for (const f of fields) {
    const value = dossier.form[f.id] ?? '';
    if (f.type !== 'address' || value.trim() === residence.trim()) continue;
    collect(out, `form.${f.id}`, addressProblem(value, 'refused'));
  }
  return out;
}

/**
 * Every place of a dossier, for the center, which checks nothing else of the citizen's answers:
 * the written addresses and, for delivery by post, the postal address's ward and province.
 */
export function checkPlaces(
  fields: readonly Pick<FormFieldRule, 'id' | 'type'>[],
  dossier: {
    readonly applicant: { readonly address: string };
    readonly form: Readonly<Record<string, string>>;
    readonly delivery: Delivery;
  },
  applicantOld: OldAddress,
): FieldIssue[] {
  const out = checkWrittenPlaces(fields, dossier, applicantOld);
  if (dossier.delivery.method === 'post') out.push(...postalPlace(dossier.delivery.address));
  return out;
}

/**
 * The procedure's own fields; answers for fields the procedure does not have are refused too.
 * `today` is the center's day (YYYY-MM-DD), against which years of birth and past dates are
 * checked; `minutesNow` the center's time of day (wallClock's minutes), against which a time on
 * today's date is checked (without it such a time is not judged).
 */
export function checkForm(
  fields: readonly FormFieldRule[],
  values: Readonly<Record<string, string>>,
  today: string,
  minutesNow?: number,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const f of fields) {
    // A field the chosen case does not ask (the father's name when he is not established) takes no answer.
    if (!askedNow(f, values)) {
      collect(out, `form.${f.id}`, (values[f.id] ?? '').trim() ? 'notAsked' : null);
      continue;
    }
    let message = checkFormValue({ ...f, required: requiredNow(f, values) }, values[f.id], today);
    if (!message && f.dateField !== undefined && minutesNow !== undefined && values[f.id]) {
      message = checkTimeOnDate(values[f.id] ?? '', values[f.dateField] ?? '', { date: today, minutes: minutesNow });
    }
    if (!message && f.notBefore !== undefined) message = checkNotBefore(values[f.id] ?? '', values[f.notBefore] ?? '');
    // A choice the chosen case rules out ("Mẹ" when the mother is not established).
    const chosen = f.options?.find((o) => o.value === (values[f.id] ?? '').trim());
    if (!message && chosen !== undefined && !askedNow(chosen, values)) message = 'notInCase';
    // A conditional field says why it is wanted now (the father's ethnicity once his name is given).
    collect(out, `form.${f.id}`, message === 'required' && !f.required ? 'requiredWith' : message);
  }
  const known = new Set(fields.map((f) => f.id));
  for (const id of Object.keys(values)) if (!known.has(id)) out.push({ path: `form.${id}`, message: 'notAnOption' });
  return out;
}
