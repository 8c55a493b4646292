import { ChipError } from '../emrtd/chip-error';
import { readAll, readTlv, type Tlv, TlvError } from '../emrtd/tlv';

/**
 * DG13 of the Vietnamese citizen ID card: the holder's data in Vietnamese, which the MRZ cannot
 * write. Its layout is not published by the Ministry of Public Security; the one decoded here is
 * the one open readers of issued cards report, written down with its rules in docs/hardware.md
 * ("DG13 of the CCCD"):
 *
 *   6D L  30 L  { 30 L { INTEGER field, value… } }…
 *
 * Each entry is a SEQUENCE that starts with an INTEGER (the field number) followed by its value
 * as UTF8String (tag 0C) — or, for field 13 (parents), two UTF8Strings each in its own SEQUENCE.
 * Text is NFC-normalised; dates are dd/mm/yyyy and become YYYY-MM-DD. An entry with an unknown
 * number is ignored (newer cards add some), a known field with a wrong type is an error.
 */
export interface Dg13 {
  readonly idNumber: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly sex: 'male' | 'female';
  readonly nationality: string;
  readonly ethnicity: string;
  readonly religion: string;
  readonly placeOfOrigin: string;
  readonly placeOfResidence: string;
  readonly personalIdentification: string;
  readonly issueDate: string;
  /** YYYY-MM-DD, or '' for a card without expiry ("Không thời hạn"). */
  readonly expiryDate: string;
  readonly fatherName: string;
  readonly motherName: string;
  readonly spouseName: string;
  readonly oldIdNumber: string;
}

export const DG13_FIELDS = {
  1: 'idNumber',
  2: 'fullName',
  3: 'dateOfBirth',
  4: 'sex',
  5: 'nationality',
  6: 'ethnicity',
  7: 'religion',
  8: 'placeOfOrigin',
  9: 'placeOfResidence',
  10: 'personalIdentification',
  11: 'issueDate',
  12: 'expiryDate',
  13: 'parents',
  14: 'spouseName',
  16: 'oldIdNumber',
} as const;

const MAX_TEXT = 500;

function bad(why: string): ChipError {
  return new ChipError('bad-data', `DG13: ${why}`);
}

/** Every UTF8String under `node`, depth first, in order. */
function texts(node: Tlv, depth = 0): string[] {
  if (depth > 4) throw bad('nested too deep');
  if (node.tag === 0x0c) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let text: string;
    try {
      text = decoder.decode(node.value);
    } catch {
      throw bad('a text is not UTF-8');
    }
    if (text.length > MAX_TEXT || /\p{Cc}/u.test(text)) throw bad('a text is too long or holds control characters');
    return [text.normalize('NFC').trim().replace(/\s+/g, ' ')];
  }
  if (node.tag === 0x30) return readAll(node.value).flatMap((child) => texts(child, depth + 1));
  return [];
}

function date(text: string, field: string, allowNone: boolean): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) {
    if (allowNone && (text === '' || /^không thời hạn$/iu.test(text))) return '';
    throw bad(`${field} is not dd/mm/yyyy`);
  }
  const [, d, m, y] = match;
  const iso = `${y}-${m}-${d}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) throw bad(`${field} is not a real date`);
  return iso;
}

export function parseDg13(file: Buffer): Dg13 {
  const values = new Map<number, string[]>();
  try {
    const outer = readTlv(file);
    if (outer.tag !== 0x6d) throw bad('does not start with tag 6D');
    const [list] = readAll(outer.value);
    if (list?.tag !== 0x30) throw bad('no list of fields');
    for (const entry of readAll(list.value)) {
      if (entry.tag !== 0x30) continue;
      const [number, ...rest] = readAll(entry.value);
      if (number?.tag !== 0x02 || number.value.length !== 1) continue;
      const n = number.value[0] ?? 0;
      if (!(n in DG13_FIELDS)) continue;
      if (values.has(n)) throw bad(`field ${n} appears twice`);
      values.set(
        n,
        rest.flatMap((child) => texts(child)),
      );
    }
  } catch (error) {
    if (error instanceof TlvError) throw bad('not valid TLV');
    throw error;
  }
  const one = (n: number, required: boolean): string => {
    const v = values.get(n);
    if (!v || v.length === 0) {
      if (required) throw bad(`field ${n} (${DG13_FIELDS[n as keyof typeof DG13_FIELDS]}) is missing`);
      return '';
    }
    return v[0] ?? '';
  };
  const idNumber = one(1, true);
  if (!/^\d{12}$/.test(idNumber)) throw bad('the ID number is not 12 digits');
  const oldIdNumber = one(16, false);
  if (oldIdNumber !== '' && !/^\d{9}$/.test(oldIdNumber)) throw bad('the old ID number is not 9 digits');
  const sexText = one(4, true).toLocaleLowerCase('vi');
  if (sexText !== 'nam' && sexText !== 'nữ') throw bad('sex is neither Nam nor Nữ');
  const parents = values.get(13) ?? [];
  return {
    idNumber,
    fullName: one(2, true),
    dateOfBirth: date(one(3, true), 'date of birth', false),
    sex: sexText === 'nam' ? 'male' : 'female',
    nationality: one(5, true),
    ethnicity: one(6, false),
    religion: one(7, false),
    placeOfOrigin: one(8, false),
    placeOfResidence: one(9, true),
    personalIdentification: one(10, false),
    issueDate: date(one(11, true), 'issue date', false),
    expiryDate: date(one(12, false), 'expiry date', true),
    fatherName: parents[0] ?? '',
    motherName: parents[1] ?? '',
    spouseName: one(14, false),
    oldIdNumber,
  };
}
