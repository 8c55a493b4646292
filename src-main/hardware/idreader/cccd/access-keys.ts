import type { MrzKeyFields } from '../emrtd/mrz';

/**
 * The BAC key of a Vietnamese citizen ID card (CCCD / căn cước) from what its printed QR gives:
 * the 12-digit personal ID number, the date of birth and the issue date. The rules and their
 * sources are in docs/hardware.md ("CCCD chip: where the BAC key comes from"):
 *
 * - document number: the last nine digits of the ID number (as the card's MRZ line 1 writes it,
 *   `IDVNM` + those nine digits + check digit + the full 12-digit number);
 * - date of expiry: the holder's birthday at the first of 14, 25, 40 or 60 years of age reached
 *   after issue, skipping an age the card was issued less than two years before (Law 59/2014/QH13
 *   art. 21, Law 26/2023/QH15 art. 21); a card issued after that has no expiry.
 *
 * The first candidate follows the rules exactly; the others cover what the rules leave open
 * (a birthday on 29 February in a common year, an issue date days from the two-year boundary,
 * how a card without expiry writes its date) and are tried when the first is refused.
 */

export interface QrKeyInput {
  readonly idNumber: string;
  /** YYYY-MM-DD */
  readonly dateOfBirth: string;
  /** YYYY-MM-DD */
  readonly issueDate: string;
}

export interface KeyCandidate {
  readonly fields: MrzKeyFields;
  /** Which rule made it, for the technician's log (no personal data). */
  readonly rule: string;
}

const AGES = [14, 25, 40, 60] as const;
/** An issue date this close to the two-year boundary also tries the other side of it. */
const BOUNDARY_DAYS = 31;
const DAY_MS = 86_400_000;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parseYmd(text: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError('dates are YYYY-MM-DD');
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function utc(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

/**
 * The birthday at `age`. Someone born on 29 February reaches an age in a common year on
 * 28 February (the civil code ends a period counted in years on the last day of the month when
 * the month has no corresponding day, Bộ luật Dân sự 2015 art. 148); 1 March is the alternative.
 */
function birthdayAt(birth: Ymd, age: number, leapAlternative = false): Ymd {
  const y = birth.y + age;
  if (birth.m === 2 && birth.d === 29 && !isLeap(y)) return leapAlternative ? { y, m: 3, d: 1 } : { y, m: 2, d: 28 };
  return { y, m: birth.m, d: birth.d };
}

function yymmdd(date: Ymd): string {
  return `${String(date.y % 100).padStart(2, '0')}${String(date.m).padStart(2, '0')}${String(date.d).padStart(2, '0')}`;
}

/** The age whose birthday ends the card's validity, or null for a card without expiry. */
function expiryAge(birth: Ymd, issue: Ymd, boundaryShiftDays: number): number | null {
  const issued = utc(issue) + boundaryShiftDays * DAY_MS;
  for (const age of AGES) {
    const birthday = birthdayAt(birth, age);
    const twoYearsBefore = utc({ ...birthday, y: birthday.y - 2 });
    if (issued < twoYearsBefore) return age;
  }
  return null;
}

export function accessKeyCandidates(input: QrKeyInput): KeyCandidate[] {
  if (!/^\d{12}$/.test(input.idNumber)) throw new RangeError('the ID number has 12 digits');
  const birth = parseYmd(input.dateOfBirth);
  const issue = parseYmd(input.issueDate);
  const documentNumber = input.idNumber.slice(3);
  const dateOfBirth = yymmdd(birth);
  const out: KeyCandidate[] = [];
  const add = (dateOfExpiry: string, rule: string) => {
    if (!out.some((c) => c.fields.dateOfExpiry === dateOfExpiry)) {
      out.push({ fields: { documentNumber, dateOfBirth, dateOfExpiry }, rule });
    }
  };
  const addAge = (age: number | null, rule: string) => {
    if (age === null) {
      // How a card without expiry writes its date is not published: try both forms seen in
      // ICAO 9303 practice (all fillers, and the last day of 2099 … written as 991231).
      add('<<<<<<', `${rule}:no-expiry`);
      add('991231', `${rule}:no-expiry-991231`);
      return;
    }
    add(yymmdd(birthdayAt(birth, age)), `${rule}:age-${age}`);
    if (birth.m === 2 && birth.d === 29) add(yymmdd(birthdayAt(birth, age, true)), `${rule}:age-${age}-1-march`);
  };
  addAge(expiryAge(birth, issue, 0), 'rule');
  addAge(expiryAge(birth, issue, BOUNDARY_DAYS), 'boundary-later');
  addAge(expiryAge(birth, issue, -BOUNDARY_DAYS), 'boundary-earlier');
  return out;
}
