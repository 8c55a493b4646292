import { createCipheriv, createDecipheriv } from 'node:crypto';

/**
 * The DES primitives of ICAO 9303 part 11 (section 9.8): two-key 3DES in CBC with a zero IV for
 * encryption, ISO/IEC 9797-1 padding method 2, and the ISO/IEC 9797-1 MAC algorithm 3 ("retail
 * MAC") with DES. OpenSSL 3 keeps single DES in its legacy provider, so single-DES steps run as
 * 3DES with the same key three times, which computes the same function (E_K(D_K(E_K(x))) = E_K(x)).
 */

const ZERO_IV = Buffer.alloc(8);

/** ISO/IEC 9797-1 padding method 2: 0x80, then zeros up to a multiple of 8 bytes. */
export function pad(data: Uint8Array): Buffer {
  const length = (Math.floor(data.length / 8) + 1) * 8;
  const out = Buffer.alloc(length);
  out.set(data);
  out[data.length] = 0x80;
  return out;
}

/** Removes method-2 padding; null when the padding is not there. */
export function unpad(data: Uint8Array): Buffer | null {
  let i = data.length - 1;
  while (i >= 0 && data[i] === 0) i--;
  if (i < 0 || data[i] !== 0x80) return null;
  return Buffer.from(data.subarray(0, i));
}

function run(decrypt: boolean, algorithm: string, key: Uint8Array, data: Uint8Array, iv: Uint8Array | null): Buffer {
  const cipher = decrypt ? createDecipheriv(algorithm, key, iv) : createCipheriv(algorithm, key, iv);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** Two-key 3DES-CBC, zero IV, no padding (the caller pads). */
export function tdesEncrypt(key: Uint8Array, data: Uint8Array): Buffer {
  return run(false, 'des-ede-cbc', key, data, ZERO_IV);
}

export function tdesDecrypt(key: Uint8Array, data: Uint8Array): Buffer {
  return run(true, 'des-ede-cbc', key, data, ZERO_IV);
}

function desEncryptBlock(key: Uint8Array, block: Uint8Array): Buffer {
  return run(false, 'des-ede3-ecb', Buffer.concat([key, key, key]), block, null);
}

function desDecryptBlock(key: Uint8Array, block: Uint8Array): Buffer {
  return run(true, 'des-ede3-ecb', Buffer.concat([key, key, key]), block, null);
}

/**
 * Retail MAC (ISO/IEC 9797-1 MAC algorithm 3, DES, 8-byte result) over data already padded to
 * a multiple of 8 bytes: single-DES CBC with Ka, then the last block decrypted with Kb and
 * encrypted again with Ka.
 */
export function retailMac(key: Uint8Array, padded: Uint8Array): Buffer {
  if (padded.length % 8 !== 0) throw new RangeError('retail MAC input must be padded');
  const ka = key.subarray(0, 8);
  const kb = key.subarray(8, 16);
  let h: Buffer = Buffer.alloc(8);
  for (let i = 0; i < padded.length; i += 8) {
    const block = Buffer.alloc(8);
    for (let j = 0; j < 8; j++) block[j] = (h[j] ?? 0) ^ (padded[i + j] ?? 0);
    h = desEncryptBlock(ka, block);
  }
  return desEncryptBlock(ka, desDecryptBlock(kb, h));
}
