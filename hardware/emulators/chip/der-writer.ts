import { tlv } from '../../../src-main/hardware/idreader/emrtd/tlv';

/** DER encoders for the test card's certificates and EF.SOD (X.690), nothing more. */

export const seq = (...items: Buffer[]) => tlv(0x30, ...items);
export const set = (...items: Buffer[]) => tlv(0x31, ...items);
export const octets = (value: Uint8Array) => tlv(0x04, value);
export const utf8 = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));
export const printable = (text: string) => tlv(0x13, Buffer.from(text, 'ascii'));
export const explicit = (n: number, ...items: Buffer[]) => tlv(0xa0 + n, ...items);
export const bitString = (value: Uint8Array) => tlv(0x03, Buffer.from([0]), value);
export const bool = (value: boolean) => tlv(0x01, Buffer.from([value ? 0xff : 0]));

export function integer(n: number | bigint): Buffer {
  let hex = BigInt(n).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if ((bytes[0] ?? 0) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

export function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const n of rest) {
    const groups: number[] = [];
    let v = n;
    do {
      groups.unshift(v & 0x7f);
      v = Math.floor(v / 128);
    } while (v > 0);
    for (let i = 0; i < groups.length - 1; i++) groups[i] = (groups[i] ?? 0) | 0x80;
    out.push(...groups);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime YYMMDDHHMMSSZ (years 1950–2049). */
export function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return tlv(0x17, Buffer.from(text, 'ascii'));
}

/** A Name with a country and a common name. */
export function name(country: string, commonName: string): Buffer {
  return seq(set(seq(oid('2.5.4.6'), printable(country))), set(seq(oid('2.5.4.3'), utf8(commonName))));
}
