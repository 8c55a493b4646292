import { ChipError } from './chip-error';
import { readAll, readTlv, type Tlv, TlvError } from './tlv';

/** Small DER reading helpers over the TLV reader, for EF.SOD's CMS structure (RFC 5652). */

export function derError(what: string): ChipError {
  return new ChipError('bad-data', `EF.SOD: ${what}`);
}

export function children(node: Tlv, what: string): Tlv[] {
  try {
    return readAll(node.value);
  } catch (error) {
    if (error instanceof TlvError) throw derError(`${what} is not valid DER`);
    throw error;
  }
}

export function parseDer(data: Uint8Array, what: string): Tlv {
  try {
    return readTlv(data);
  } catch (error) {
    if (error instanceof TlvError) throw derError(`${what} is not valid DER`);
    throw error;
  }
}

export function expectTag(node: Tlv | undefined, tag: number, what: string): Tlv {
  if (!node || node.tag !== tag) throw derError(`${what} is missing`);
  return node;
}

/** The dotted form of an OBJECT IDENTIFIER's content bytes. */
export function oidToString(value: Uint8Array): string {
  const parts: number[] = [];
  let n = 0;
  for (const byte of value) {
    n = n * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0) parts.push(n < 80 ? Math.floor(n / 40) : 2, n < 80 ? n % 40 : n - 80);
      else parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

export function oidOf(node: Tlv | undefined, what: string): string {
  return oidToString(expectTag(node, 0x06, what).value);
}
