import { hex, type Response } from './apdu';
import type { SessionKeys } from './bac';
import { ChipError } from './chip-error';
import { pad, retailMac, tdesDecrypt, tdesEncrypt, unpad } from './des';
import { readAll, TlvError, tlv } from './tlv';

/**
 * Secure messaging with 3DES session keys (ICAO 9303 part 11 section 9.8): the command's data in
 * DO'87' (encrypted, padding indicator 01), Le in DO'97', a retail MAC in DO'8E' over the masked
 * header and the objects, each MAC preceded by the incremented send sequence counter.
 */
export class SecureMessaging {
  private ssc: bigint;
  constructor(private readonly keys: SessionKeys) {
    this.ssc = keys.ssc;
  }

  private nextSsc(): Buffer {
    this.ssc = (this.ssc + 1n) & 0xffffffffffffffffn;
    const out = Buffer.alloc(8);
    out.writeBigUInt64BE(this.ssc);
    return out;
  }

  /** Protects a short command: header (CLA INS P1 P2), optional data and optional Le (0 = 256). */
  wrap(header: readonly [number, number, number, number], data?: Uint8Array, le?: number): Buffer {
    const masked = Buffer.from([header[0] | 0x0c, header[1], header[2], header[3]]);
    const objects: Buffer[] = [];
    if (data && data.length > 0) objects.push(tlv(0x87, Buffer.from([0x01]), tdesEncrypt(this.keys.enc, pad(data))));
    if (le !== undefined) objects.push(tlv(0x97, Buffer.from([le & 0xff])));
    const body = Buffer.concat(objects);
    const mac = retailMac(this.keys.mac, pad(Buffer.concat([this.nextSsc(), pad(masked), body])));
    const all = Buffer.concat([body, tlv(0x8e, mac)]);
    return Buffer.concat([masked, Buffer.from([all.length]), all, Buffer.from([0x00])]);
  }

  /** Checks and opens a protected response; the status word is the one inside DO'99'. */
  unwrap(raw: Buffer): Response {
    const outerSw = raw.length >= 2 ? raw.readUInt16BE(raw.length - 2) : 0;
    const body = raw.subarray(0, Math.max(0, raw.length - 2));
    // The MAC covers the counter even when the card answers without secure messaging.
    const ssc = this.nextSsc();
    if (body.length === 0) {
      throw new ChipError('secure-messaging', `the card answered ${hex(outerSw)} without secure messaging`);
    }
    let objects: ReturnType<typeof readAll>;
    try {
      objects = readAll(body);
    } catch (error) {
      if (error instanceof TlvError) throw new ChipError('secure-messaging', 'malformed protected answer');
      throw error;
    }
    const macObject = objects.find((o) => o.tag === 0x8e);
    const macStart = body.length - (macObject ? macObject.value.length + 2 : 0);
    const expected = retailMac(this.keys.mac, pad(Buffer.concat([ssc, body.subarray(0, macStart)])));
    if (!macObject || !expected.equals(macObject.value)) {
      throw new ChipError('secure-messaging', 'the answer\u2019s MAC does not verify');
    }
    const status = objects.find((o) => o.tag === 0x99);
    const sw = status && status.value.length === 2 ? status.value.readUInt16BE(0) : outerSw;
    const encrypted = objects.find((o) => o.tag === 0x87);
    let data: Buffer = Buffer.alloc(0);
    if (encrypted) {
      if (encrypted.value[0] !== 0x01 || (encrypted.value.length - 1) % 8 !== 0) {
        throw new ChipError('secure-messaging', 'unexpected encrypted data object');
      }
      const plain = unpad(tdesDecrypt(this.keys.enc, encrypted.value.subarray(1)));
      if (!plain) throw new ChipError('secure-messaging', 'bad padding in the encrypted answer');
      data = plain;
    }
    return { data, sw };
  }
}
