import { ChipError } from './chip-error';

/**
 * The face image in EF.DG2 (ICAO 9303 part 10 section 4.7.2: a biometric template holding an
 * ISO/IEC 19794-5 facial record). Only the image is taken, by its own signature, so the many
 * record header versions do not matter; it stays in memory for the session and is never stored.
 */
export interface FaceImage {
  readonly mime: 'image/jpeg' | 'image/jp2';
  readonly data: Buffer;
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const JP2 = Buffer.from([0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]);
const J2K = Buffer.from([0xff, 0x4f, 0xff, 0x51]);

export function faceImage(dg2: Buffer): FaceImage {
  if (dg2[0] !== 0x75) throw new ChipError('bad-data', 'DG2 does not start with tag 75');
  const jpeg = dg2.indexOf(JPEG);
  if (jpeg >= 0) return { mime: 'image/jpeg', data: Buffer.from(dg2.subarray(jpeg)) };
  const jp2 = Math.max(dg2.indexOf(JP2), dg2.indexOf(J2K));
  if (jp2 >= 0) return { mime: 'image/jp2', data: Buffer.from(dg2.subarray(jp2)) };
  throw new ChipError('bad-data', 'DG2 holds no JPEG or JPEG 2000 image');
}
