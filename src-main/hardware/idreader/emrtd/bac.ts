import { randomBytes } from 'node:crypto';
import { commandApdu, hex, splitResponse, type Transmit } from './apdu';
import { bacKeySeed, deriveKeys, type KeyPair } from './bac-keys';
import { ChipError } from './chip-error';
import { pad, retailMac, tdesDecrypt, tdesEncrypt } from './des';

/** Session keys and the send sequence counter that secure messaging starts from. */
export interface SessionKeys extends KeyPair {
  readonly ssc: bigint;
}

export interface BacRandom {
  readonly rndIfd: Buffer;
  readonly kIfd: Buffer;
}

/**
 * The terminal's side of ICAO 9303 part 11 section 4.3 (Basic Access Control), given the
 * card's challenge: builds the EXTERNAL AUTHENTICATE data and, from the card's answer, the
 * session keys. Split from the exchange so the appendix's worked example can test it whole.
 */
export function bacCommandData(keys: KeyPair, rndIcc: Buffer, random: BacRandom): Buffer {
  const s = Buffer.concat([random.rndIfd, rndIcc, random.kIfd]);
  const eIfd = tdesEncrypt(keys.enc, s);
  return Buffer.concat([eIfd, retailMac(keys.mac, pad(eIfd))]);
}

export function bacSessionKeys(keys: KeyPair, rndIcc: Buffer, random: BacRandom, answer: Buffer): SessionKeys {
  if (answer.length !== 40) throw new ChipError('wrong-key', `mutual authentication answer of ${answer.length} bytes`);
  const eIcc = answer.subarray(0, 32);
  const mac = retailMac(keys.mac, pad(eIcc));
  if (!mac.equals(answer.subarray(32))) throw new ChipError('wrong-key', 'the card answered with a MAC made from another key');
  const r = tdesDecrypt(keys.enc, eIcc);
  if (!r.subarray(0, 8).equals(rndIcc) || !r.subarray(8, 16).equals(random.rndIfd)) {
    throw new ChipError('wrong-key', 'the card did not return the challenges');
  }
  const kIcc = r.subarray(16, 32);
  const seed = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) seed[i] = (kIcc[i] ?? 0) ^ (random.kIfd[i] ?? 0);
  const ssc = Buffer.concat([rndIcc.subarray(4), random.rndIfd.subarray(4)]).readBigUInt64BE();
  return { ...deriveKeys(seed), ssc };
}

/** Runs BAC on a card whose LDS application is selected. */
export async function performBac(
  transmit: Transmit,
  mrzInformation: string,
  random: BacRandom = { rndIfd: randomBytes(8), kIfd: randomBytes(16) },
): Promise<SessionKeys> {
  const keys = deriveKeys(bacKeySeed(mrzInformation));
  const challenge = splitResponse(await transmit(commandApdu([0x00, 0x84, 0x00, 0x00], undefined, 8)));
  if (challenge.sw !== 0x9000 || challenge.data.length !== 8) {
    throw new ChipError('unsupported-card', `GET CHALLENGE answered ${hex(challenge.sw)}`);
  }
  const data = bacCommandData(keys, challenge.data, random);
  const answer = splitResponse(await transmit(commandApdu([0x00, 0x82, 0x00, 0x00], data, 40)));
  if (answer.sw !== 0x9000) {
    // 6300 and 6982 are what cards answer to a wrong key (part 11 leaves the word to the card).
    throw new ChipError('wrong-key', `EXTERNAL AUTHENTICATE answered ${hex(answer.sw)}`);
  }
  return bacSessionKeys(keys, challenge.data, random, answer.data);
}
