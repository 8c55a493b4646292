import type { CccdScan } from '../../api/channels/scan';

/**
 * The QR printed on the chip citizen ID card (CCCD): fields separated by `|` — 12-digit ID
 * number, old 9-digit ID number (may be empty), full name, date of birth `ddmmyyyy`, sex
 * `Nam`/`Nữ`, permanent address, issue date `ddmmyyyy`. Newer cards add fields after these;
 * they are tolerated and ignored.
 */
export const CCCD_FIELD_COUNT = 7;

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '.-]*$/u;
const MAX_NAME = 100;
const MAX_ADDRESS = 300;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** `ddmmyyyy` to `YYYY-MM-DD`, or null when it is not a date that exists. */
export function parseDdMmYyyy(text: string): string | null {
  if (!/^\d{8}$/.test(text)) return null;
  const day = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const year = Number(text.slice(4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${text.slice(4)}-${text.slice(2, 4)}-${text.slice(0, 2)}`;
}

function parseSex(text: string): 'male' | 'female' | null {
  const s = text.normalize('NFC').trim().toLocaleLowerCase('vi');
  if (s === 'nam') return 'male';
  if (s === 'nữ') return 'female';
  return null;
}

/** Collapses runs of spaces so the same card always yields the same strings. */
function clean(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function parseCccd(text: string): Parsed<CccdScan> {
  const fields = text.split('|');
  if (fields.length < CCCD_FIELD_COUNT) return { ok: false, reason: `expected ${CCCD_FIELD_COUNT} fields, got ${fields.length}` };
  const [id, oldId, name, dob, sex, address, issued] = fields.map((f) => f.trim()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d{12}$/.test(id)) return { ok: false, reason: 'ID number must be 12 digits' };
  if (oldId !== '' && !/^\d{9}$/.test(oldId)) return { ok: false, reason: 'old ID number must be 9 digits or empty' };
  const fullName = clean(name);
  if (fullName === '' || fullName.length > MAX_NAME || !NAME.test(fullName))
    return { ok: false, reason: 'full name is missing or not a name' };
  const dateOfBirth = parseDdMmYyyy(dob);
  if (!dateOfBirth) return { ok: false, reason: 'date of birth is not a real ddmmyyyy date' };
  const parsedSex = parseSex(sex);
  if (!parsedSex) return { ok: false, reason: 'sex must be Nam or Nữ' };
  const cleanAddress = clean(address);
  if (cleanAddress === '' || cleanAddress.length > MAX_ADDRESS) return { ok: false, reason: 'address is missing or too long' };
  const issueDate = parseDdMmYyyy(issued);
  if (!issueDate) return { ok: false, reason: 'issue date is not a real ddmmyyyy date' };
  if (issueDate < dateOfBirth) return { ok: false, reason: 'issue date is before the date of birth' };
  return {
    ok: true,
    value: {
      kind: 'cccd',
      idNumber: id,
      oldIdNumber: oldId,
      fullName,
      dateOfBirth,
      sex: parsedSex,
      address: cleanAddress,
      issueDate,
    },
  };
}
