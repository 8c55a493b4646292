/**
 * MRZ arithmetic of ICAO 9303 part 3 section 4.9: check digits with weights 7, 3, 1 over
 * digits (their value), letters (A=10 … Z=35) and the filler '<' (0).
 */

function charValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 55;
  if (ch === '<') return 0;
  throw new RangeError(`not an MRZ character: ${JSON.stringify(ch)}`);
}

const WEIGHTS = [7, 3, 1] as const;

export function checkDigit(field: string): string {
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += charValue(field[i] ?? '<') * (WEIGHTS[i % 3] ?? 1);
  return String(sum % 10);
}

/** What BAC needs from the MRZ: document number (9 characters), birth and expiry as YYMMDD. */
export interface MrzKeyFields {
  readonly documentNumber: string;
  readonly dateOfBirth: string;
  readonly dateOfExpiry: string;
}

/**
 * The "MRZ information" the BAC key seed hashes (part 11 section 9.7.2). A document number shorter
 * than 9 characters is padded with '<'; the long-number form of TD1 cards is not used by the
 * CCCD (its number is 9 digits long), so it is not handled here.
 */
export function mrzInformation(fields: MrzKeyFields): string {
  const number = fields.documentNumber.toUpperCase().padEnd(9, '<');
  if (!/^[0-9A-Z<]{9}$/.test(number)) throw new RangeError('document number must be 9 MRZ characters');
  if (!/^\d{6}$/.test(fields.dateOfBirth)) throw new RangeError('MRZ dates are YYMMDD');
  // A document without expiry may write its date of expiry as fillers (part 3 section 4.3).
  if (!/^(\d{6}|<{6})$/.test(fields.dateOfExpiry)) throw new RangeError('MRZ dates are YYMMDD');
  return (
    number +
    checkDigit(number) +
    fields.dateOfBirth +
    checkDigit(fields.dateOfBirth) +
    fields.dateOfExpiry +
    checkDigit(fields.dateOfExpiry)
  );
}
