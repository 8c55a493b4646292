/**
 * A reader of EMVCo merchant-presented QR payloads, written from the specification for the tests
 * alone: it shares nothing with the kiosk's encoder, so a mistake there cannot hide here.
 */

export type Tlv = Map<string, string>;

export class EmvParseError extends Error {}

/** Splits a run of TAG(2) LENGTH(2) VALUE fields; every length must be two digits and fit. */
export function readTlv(text: string): Tlv {
  const fields = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    if (!/^\d{4}$/.test(head)) throw new EmvParseError(`bad field head "${head}" at ${at}`);
    const tag = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = text.slice(at + 4, at + 4 + length);
    if (value.length !== length) throw new EmvParseError(`field ${tag} runs past the end`);
    if (fields.has(tag)) throw new EmvParseError(`field ${tag} twice`);
    fields.set(tag, value);
    at += 4 + length;
  }
  return fields;
}

/** CRC-16 with polynomial 0x1021 and initial value 0xFFFF, computed bit by bit from the top bit. */
function crcOf(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let register = 0xffff;
  for (const byte of bytes) {
    for (let i = 7; i >= 0; i--) {
      const top = ((register >> 15) & 1) ^ ((byte >> i) & 1);
      register = (register << 1) & 0xffff;
      if (top) register ^= 0x1021;
    }
  }
  return register;
}

export interface VietQrFields {
  readonly top: Tlv;
  readonly guid: string;
  readonly bin: string;
  readonly account: string;
  readonly service: string;
  readonly amount: number;
  readonly purpose: string;
  readonly crcOk: boolean;
}

/** Reads a VietQR payload back to its fields; the CRC must be the last field. */
export function parseVietQr(payload: string): VietQrFields {
  const top = readTlv(payload);
  const keys = [...top.keys()];
  if (keys[0] !== '00') throw new EmvParseError('payload format indicator is not first');
  if (keys.at(-1) !== '63') throw new EmvParseError('CRC is not last');
  const crc = top.get('63') ?? '';
  const merchant = readTlv(top.get('38') ?? '');
  const beneficiary = readTlv(merchant.get('01') ?? '');
  const extra = readTlv(top.get('62') ?? '');
  return {
    top,
    guid: merchant.get('00') ?? '',
    bin: beneficiary.get('00') ?? '',
    account: beneficiary.get('01') ?? '',
    service: merchant.get('02') ?? '',
    amount: Number(top.get('54')),
    purpose: extra.get('08') ?? '',
    crcOk: /^[0-9A-F]{4}$/.test(crc) && Number.parseInt(crc, 16) === crcOf(payload.slice(0, -4)),
  };
}
