import { ChipError } from './chip-error';
import { checkDigit } from './mrz';
import { find, readAll, readTlv, TlvError } from './tlv';

/** A TD1 MRZ (three lines of 30 characters, ICAO 9303 part 5), the form of the CCCD. */
export interface Td1Mrz {
  readonly documentCode: string;
  readonly issuingState: string;
  readonly documentNumber: string;
  readonly optionalData1: string;
  readonly dateOfBirth: string;
  readonly sex: 'M' | 'F' | '<';
  readonly dateOfExpiry: string;
  readonly nationality: string;
  readonly optionalData2: string;
  readonly primaryIdentifier: string;
  readonly secondaryIdentifier: string;
}

export type MrzProblem = 'length' | 'characters' | 'check-digit';

/**
 * Reads the 90 characters of a TD1 MRZ (line breaks and spaces ignored, so a technician may type
 * it as printed) and checks its four check digits. Returns the problem instead of throwing, so a
 * typed line can be answered field by field.
 */
export function parseTd1(text: string): { ok: true; mrz: Td1Mrz } | { ok: false; problem: MrzProblem } {
  const mrz = text.replace(/[\s\r\n]/g, '').toUpperCase();
  if (mrz.length !== 90) return { ok: false, problem: 'length' };
  if (!/^[0-9A-Z<]{90}$/.test(mrz)) return { ok: false, problem: 'characters' };
  const l1 = mrz.slice(0, 30);
  const l2 = mrz.slice(30, 60);
  const l3 = mrz.slice(60);
  const checks: [string, string][] = [
    [l1.slice(5, 14), l1.charAt(14)],
    [l2.slice(0, 6), l2.charAt(6)],
    [l2.slice(8, 14), l2.charAt(14)],
    [l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2.charAt(29)],
  ];
  for (const [field, digit] of checks) {
    // A filler check digit stands for 0 when the field is all fillers.
    if (checkDigit(field) !== (digit === '<' ? '0' : digit)) return { ok: false, problem: 'check-digit' };
  }
  const sex = l2.charAt(7);
  const split = l3.indexOf('<<');
  const primary = split < 0 ? l3 : l3.slice(0, split);
  const secondary = split < 0 ? '' : l3.slice(split + 2);
  const unfill = (s: string) => s.replace(/<+$/, '').replace(/</g, ' ');
  return {
    ok: true,
    mrz: {
      documentCode: unfill(l1.slice(0, 2)),
      issuingState: unfill(l1.slice(2, 5)),
      documentNumber: l1.slice(5, 14),
      optionalData1: unfill(l1.slice(15, 30)),
      dateOfBirth: l2.slice(0, 6),
      sex: sex === 'M' || sex === 'F' ? sex : '<',
      dateOfExpiry: l2.slice(8, 14),
      nationality: unfill(l2.slice(15, 18)),
      optionalData2: unfill(l2.slice(18, 29)),
      primaryIdentifier: unfill(primary),
      secondaryIdentifier: unfill(secondary),
    },
  };
}

/** EF.DG1: tag '61' holding the MRZ in '5F1F' (ICAO 9303 part 10 section 4.7.1). */
export function parseDg1(file: Buffer): Td1Mrz {
  try {
    const outer = readTlv(file);
    const mrz = outer.tag === 0x61 ? find(readAll(outer.value), 0x5f1f) : undefined;
    if (!mrz) throw new ChipError('bad-data', 'DG1 has no MRZ');
    const parsed = parseTd1(mrz.value.toString('latin1'));
    if (!parsed.ok) throw new ChipError('unsupported-card', `DG1 is not a TD1 MRZ (${parsed.problem})`);
    return parsed.mrz;
  } catch (error) {
    if (error instanceof TlvError) throw new ChipError('bad-data', 'DG1 is not valid TLV');
    throw error;
  }
}
