import { isListEntry, type ReferenceListId } from './reference-lists';
/**
 * Checks on what a citizen types into a dossier, shared by the screens (instant feedback) and
 * core (the last word). Pure functions, no Node, no DOM. Each failed check returns a message key;
 * the screens translate it (`dossiers:errors.<key>`) and the CLI prints the English text below.
 */
export type RuleMessage =
  | 'required'
  | 'requiredWith'
  | 'tooLong'
  | 'fullName'
  | 'citizenIdFormat'
  | 'citizenIdBirthYear'
  | 'phoneFormat'
  | 'emailFormat'
  | 'dateFormat'
  | 'dateFuture'
  | 'dateBeforeField'
  | 'dateTooOld'
  | 'yearFormat'
  | 'yearFuture'
  | 'timeFormat'
  | 'timeFuture'
  | 'numberFormat'
  | 'patternMismatch'
  | 'notAnOption'
  | 'notAsked'
  | 'notInCase'
  | 'addressOld'
  | 'addressPlace'
  | 'addressCommune';

export const RULE_MESSAGES_EN: Record<RuleMessage, string> = {
  required: 'is required',
  requiredWith: 'is required once the field it goes with is filled',
  tooLong: 'is too long',
  fullName: 'must be a name (letters, spaces, hyphens)',
  citizenIdFormat: 'must be the 12 digits of the citizen ID card',
  citizenIdBirthYear: 'does not match the year of birth',
  phoneFormat: 'must be a Vietnamese phone number (10 digits starting with 0, or +84)',
  emailFormat: 'must be an e-mail address',
  dateFormat: 'must be a real date (dd/mm/yyyy)',
  dateFuture: 'cannot be in the future',
  dateBeforeField: 'cannot be before the date it follows (a registration after the birth)',
  dateTooOld: 'is too long ago',
  yearFormat: 'must be a year of four digits (for example 1990)',
  yearFuture: 'cannot be a year still to come',
  timeFormat: 'must be a time of day, hours 0 to 23 and minutes 0 to 59',
  timeFuture: 'cannot be later than now',
  numberFormat: 'must be a number',
  patternMismatch: 'is not in the expected form',
  notAnOption: 'must be one of the choices offered',
  notAsked: 'is not asked in the case chosen on this form',
  notInCase: 'is a choice the case chosen on this form does not allow',
  addressOld: 'names a district, and districts no longer exist since 1 July 2025: confirm or correct it',
  addressPlace: 'must end with a commune or ward and its province as they are since 1 July 2025',
  addressCommune: 'names a commune or ward that is not one of its province since 1 July 2025',
};

/** Strips what people put between digits (spaces, dots, dashes, brackets) and turns +84 into 0. */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (compact.startsWith('+84')) return `0${compact.slice(3)}`;
  if (/^84\d{9,10}$/.test(compact)) return `0${compact.slice(2)}`;
  return compact;
}

/**
 * Vietnamese numbers after `normalizePhone`: mobiles are 10 digits with prefixes 03, 05, 07, 08,
 * 09 (since the 2018 renumbering); landlines are 11 digits starting with 02 (area code 2xx).
 */
export function isVietnamesePhone(input: string): boolean {
  const n = normalizePhone(input);
  return /^0[35789]\d{8}$/.test(n) || /^02\d{9}$/.test(n);
}

/**
 * The 12-digit citizen ID (CCCD): 3 digits of province, 1 digit of sex and century, 2 digits of
 * birth year, 6 digits of sequence. With a date of birth we check the century and year digits,
 * which catches most mistyped numbers and most numbers typed into the wrong person's form.
 */
export function checkCitizenId(id: string, dateOfBirth?: string): RuleMessage | null {
  if (!/^\d{12}$/.test(id)) return 'citizenIdFormat';
  if (!dateOfBirth || !isIsoDate(dateOfBirth)) return null;
  const year = Number(dateOfBirth.slice(0, 4));
  const century = Math.floor(Number(id[3]) / 2);
  // 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 2300s (Circular 07/2016/TT-BCA).
  const centuryStart = 1900 + century * 100;
  if (year < centuryStart || year >= centuryStart + 100 || id.slice(4, 6) !== String(year % 100).padStart(2, '0')) {
    return 'citizenIdBirthYear';
  }
  return null;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `dd/mm/yyyy` (also with `-` or `.`, one-digit day and month) as people write dates in Vietnam → ISO. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A date of birth: real, not after `today` (YYYY-MM-DD), not more than 130 years before it. */
export function checkBirthDate(iso: string, today: string): RuleMessage | null {
  if (!isIsoDate(iso)) return 'dateFormat';
  if (iso > today) return 'dateFuture';
  if (Number(iso.slice(0, 4)) < Number(today.slice(0, 4)) - 130) return 'dateTooOld';
  return null;
}

/**
 * A year of birth as the civil status declarations ask a parent's ("Năm sinh"): four digits, not
 * after `today`'s year (YYYY-MM-DD, the center's day), not more than 130 years before it.
 */
export function checkBirthYear(year: string, today: string): RuleMessage | null {
  if (!/^\d{4}$/.test(year)) return 'yearFormat';
  const thisYear = Number(today.slice(0, 4));
  if (Number(year) > thisYear) return 'yearFuture';
  if (Number(year) < thisYear - 130) return 'dateTooOld';
  return null;
}

/**
 * A time of day as typed (`7:5`, `07:05`, `7.05`, `7 05`) → `HH:MM` on the 24-hour clock, or null
 * when it is not one (hours 0–23, minutes 0–59).
 */
export function parseTimeOfDay(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[:.h ]\s*(\d{1,2})\s*$/u.exec(text);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
}

/** Minutes since midnight of an `HH:MM` time. */
const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Letters of any script (Vietnamese diacritics, ethnic-minority names), spaces, apostrophes, hyphens. */
export function checkFullName(name: string): RuleMessage | null {
  const t = name.trim();
  if (!t) return 'required';
  if (t.length > 100) return 'tooLong';
  return /^[\p{L}\p{M}][\p{L}\p{M}' -]*$/u.test(t) ? null : 'fullName';
}

export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) && text.length <= 254;
}

/** The part of a catalog form field that validation needs (the catalog's FormField fits it). */
export interface FormFieldRule {
  readonly id: string;
  readonly type: 'text' | 'number' | 'date' | 'year' | 'time' | 'select' | 'phone' | 'idNumber' | 'address' | 'textarea';
  readonly required?: boolean;
  /** Required once this other field is answered (see requiredNow). */
  readonly requiredWith?: string | undefined;
  /** A choice's options; one with `askedWhen` is offered only in that case of the form (see askedNow). */
  readonly options?: readonly { readonly value: string; readonly askedWhen?: CaseOfForm | undefined }[];
  readonly maxLength?: number;
  readonly pattern?: string;
  /** A text answer chosen from a bundled list (reference-lists.ts): anything else is refused. */
  readonly list?: ReferenceListId | undefined;
  /** A date that has happened: after `today` is refused. */
  readonly past?: boolean | undefined;
  /** The date field this time field is the time of (see checkTimeOnDate). */
  readonly dateField?: string | undefined;
  /** The date field this date may not come before (see checkNotBefore). */
  readonly notBefore?: string | undefined;
  /** Asked only when this choice of the form holds one of these values (see askedNow). */
  readonly askedWhen?: CaseOfForm | undefined;
}

/** A case of the form: its choice `field` holds one of `values` (the catalog's AskedWhen). */
export interface CaseOfForm {
  readonly field: string;
  readonly values: readonly string[];
}

/**
 * Whether the form asks the field (or offers the option, or wants the paper) given its answers:
 * always, unless it is asked only in some cases of a choice (the father's details when the father
 * is established) and another case, or none, is chosen.
 */
export function askedNow(field: { readonly askedWhen?: CaseOfForm | undefined }, values: Readonly<Record<string, string>>): boolean {
  return field.askedWhen === undefined || field.askedWhen.values.includes((values[field.askedWhen.field] ?? '').trim());
}

/**
 * Whether the field must be answered given the form's answers: when it is asked, always or once
 * its `requiredWith` field is.
 */
export function requiredNow(field: FormFieldRule, values: Readonly<Record<string, string>>): boolean {
  if (!askedNow(field, values)) return false;
  if (field.required) return true;
  return field.requiredWith !== undefined && (values[field.requiredWith] ?? '').trim() !== '';
}

/**
 * A time of day on a date (the death declaration's "chết vào lúc … giờ … phút, ngày …"): on the
 * center's today it may not be after the center's clock (`now`: its date and minutes since
 * midnight, from center-clock's wallClock). A date still to come is the date field's problem.
 */
export function checkTimeOnDate(time: string, date: string, now: { readonly date: string; readonly minutes: number }): RuleMessage | null {
  const t = parseTimeOfDay(time);
  if (t === null || t !== time.trim()) return null;
  return date === now.date && minutesOf(t) > now.minutes ? 'timeFuture' : null;
}

/**
 * A date that may not come before another answered date (the earlier registration of a birth is
 * not before the birth): both YYYY-MM-DD; when either is missing or unreadable, not judged here.
 */
export function checkNotBefore(date: string, before: string): RuleMessage | null {
  return isIsoDate(date) && isIsoDate(before) && date < before ? 'dateBeforeField' : null;
}

/** Longest answer when the catalog gives no maxLength. */
export const DEFAULT_MAX_ANSWER = 500;

/** One answer of the procedure's own form; dates arrive as YYYY-MM-DD; `today` is the center's day (YYYY-MM-DD). */
export function checkFormValue(field: FormFieldRule, raw: string | undefined, today: string): RuleMessage | null {
  const trimmed = (raw ?? '').trim();
  // Phones are checked (and stored) in their compact form, so a pattern like ^0[0-9]{9}$ fits "0912 345 678".
  const value = field.type === 'phone' ? normalizePhone(trimmed) : trimmed;
  if (!value) return field.required ? 'required' : null;
  if (value.length > (field.maxLength ?? (field.type === 'textarea' ? 5000 : DEFAULT_MAX_ANSWER))) return 'tooLong';
  switch (field.type) {
    case 'number':
      if (!/^-?\d+([.,]\d+)?$/.test(value)) return 'numberFormat';
      break;
    case 'date':
      if (!isIsoDate(value)) return 'dateFormat';
      if (field.past && value > today) return 'dateFuture';
      break;
    case 'time':
      if (parseTimeOfDay(value) !== value) return 'timeFormat';
      break;
    case 'year': {
      const problem = checkBirthYear(value, today);
      if (problem) return problem;
      break;
    }
    case 'select':
      if (!field.options?.some((o) => o.value === value)) return 'notAnOption';
      break;
    case 'phone':
      if (!isVietnamesePhone(value)) return 'phoneFormat';
      break;
    case 'idNumber':
      if (checkCitizenId(value) !== null) return 'citizenIdFormat';
      break;
    case 'text':
      if (field.list && !isListEntry(field.list, value)) return 'notAnOption';
      break;
    case 'address':
    case 'textarea':
      break;
    default: {
      const never: never = field.type;
      throw new Error(`unknown form field type ${String(never)}`);
    }
  }
  if (field.pattern) {
    try {
      if (!new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) return 'patternMismatch';
    } catch {
      // The catalog schema refuses patterns that do not compile; nothing to check against here.
    }
  }
  return null;
}
