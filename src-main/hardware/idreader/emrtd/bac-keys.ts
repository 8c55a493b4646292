import { createHash } from 'node:crypto';

/**
 * Key derivation of ICAO 9303 part 11 section 9.7.1: K = SHA-1(seed || counter)[0..16] with DES
 * parity adjusted, counter 1 for encryption and 2 for MAC. The BAC key seed is the first 16 bytes
 * of SHA-1 over the "MRZ information" (document number, date of birth and date of expiry, each
 * followed by its check digit).
 */

export interface KeyPair {
  readonly enc: Buffer;
  readonly mac: Buffer;
}

function adjustParity(key: Buffer): Buffer {
  const out = Buffer.from(key);
  for (let i = 0; i < out.length; i++) {
    const byte = out[i] ?? 0;
    let ones = 0;
    for (let b = 1; b < 0x100; b <<= 1) if (byte & b) ones++;
    // DES keys have odd parity in each byte; the lowest bit is the parity bit.
    if (ones % 2 === 0) out[i] = byte ^ 1;
  }
  return out;
}

export function deriveKey(seed: Uint8Array, counter: 1 | 2): Buffer {
  const c = Buffer.alloc(4);
  c.writeUInt32BE(counter);
  const digest = createHash('sha1').update(seed).update(c).digest();
  return adjustParity(digest.subarray(0, 16));
}

export function deriveKeys(seed: Uint8Array): KeyPair {
  return { enc: deriveKey(seed, 1), mac: deriveKey(seed, 2) };
}

/** The BAC key seed from the MRZ information string (24 or more ASCII characters). */
export function bacKeySeed(mrzInformation: string): Buffer {
  return createHash('sha1').update(mrzInformation, 'ascii').digest().subarray(0, 16);
}
