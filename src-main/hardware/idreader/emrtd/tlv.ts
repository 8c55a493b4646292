/**
 * BER-TLV as the LDS and secure messaging use it (ICAO 9303 part 10 section 4.4; ISO/IEC 7816-4):
 * one- or two-byte tags, short and long definite lengths. Decoding never reads past the input.
 */

export interface Tlv {
  readonly tag: number;
  readonly value: Buffer;
  /** Offset of the byte after this TLV in the input. */
  readonly end: number;
  readonly constructed: boolean;
  /** The whole encoding: tag, length and value (what a signature over a DER element covers). */
  readonly raw: Buffer;
}

export class TlvError extends Error {
  readonly code = 'bad-tlv' as const;
}

export function readTlv(input: Uint8Array, offset = 0): Tlv {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let i = offset;
  const byte = (): number => {
    if (i >= buf.length) throw new TlvError('TLV runs past the end of its data');
    return buf[i++] ?? 0;
  };
  const first = byte();
  let tag = first;
  if ((first & 0x1f) === 0x1f) {
    let next = byte();
    tag = (tag << 8) | next;
    while (next & 0x80) {
      if (tag > 0xffffff) throw new TlvError('TLV tag too long');
      next = byte();
      tag = (tag << 8) | next;
    }
  }
  let length = byte();
  if (length === 0x80) throw new TlvError('indefinite lengths are not allowed here');
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 3) throw new TlvError('TLV length too long');
    length = 0;
    for (let k = 0; k < count; k++) length = length * 256 + byte();
  }
  if (i + length > buf.length) throw new TlvError('TLV value runs past the end of its data');
  return {
    tag,
    value: buf.subarray(i, i + length),
    end: i + length,
    constructed: (first & 0x20) !== 0,
    raw: buf.subarray(offset, i + length),
  };
}

/** Every TLV one after the other in `input`. */
export function readAll(input: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  let offset = 0;
  while (offset < input.length) {
    const tlv = readTlv(input, offset);
    out.push(tlv);
    offset = tlv.end;
  }
  return out;
}

/** The first child with `tag`, or undefined. */
export function find(children: readonly Tlv[], tag: number): Tlv | undefined {
  return children.find((c) => c.tag === tag);
}

export function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x100) return Buffer.from([0x81, length]);
  if (length < 0x10000) return Buffer.from([0x82, length >> 8, length & 0xff]);
  return Buffer.from([0x83, length >> 16, (length >> 8) & 0xff, length & 0xff]);
}

export function encodeTag(tag: number): Buffer {
  const bytes: number[] = [];
  for (let t = tag; t > 0; t = Math.floor(t / 256)) bytes.unshift(t & 0xff);
  return Buffer.from(bytes.length ? bytes : [0]);
}

export function tlv(tag: number, ...values: Uint8Array[]): Buffer {
  const value = Buffer.concat(values);
  return Buffer.concat([encodeTag(tag), encodeLength(value.length), value]);
}
