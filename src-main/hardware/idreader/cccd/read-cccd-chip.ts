import type { X509Certificate } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { commandApdu, hex, splitResponse, type Transmit } from '../emrtd/apdu';
import { performBac, type SessionKeys } from '../emrtd/bac';
import { ChipError } from '../emrtd/chip-error';
import { type Com, parseCom } from '../emrtd/com';
import { parseDg1, type Td1Mrz } from '../emrtd/dg1';
import { type FaceImage, faceImage } from '../emrtd/dg2';
import { mrzInformation } from '../emrtd/mrz';
import { type PassiveAuthResult, passiveAuthentication } from '../emrtd/passive-auth';
import { EF, readFile } from '../emrtd/read-file';
import { SecureMessaging } from '../emrtd/secure-messaging';
import { parseSod } from '../emrtd/sod';
import type { KeyCandidate } from './access-keys';
import { type Dg13, parseDg13 } from './dg13';

/** The eMRTD application (ICAO 9303 part 10 section 3.1). */
const LDS_AID = Buffer.from('A0000002471001', 'hex');

export type ChipStep = 'authenticating' | 'reading-data' | 'reading-photo' | 'verifying';

export interface ChipTimings {
  readonly bacMs: number;
  readonly readDg1Dg13Ms: number;
  readonly readDg2Ms: number;
  readonly paMs: number;
}

export interface ChipRead {
  readonly com: Com;
  readonly mrz: Td1Mrz;
  readonly dg13: Dg13;
  /** Null when the card has no DG2 or its image cannot be found. */
  readonly face: FaceImage | null;
  readonly passive: PassiveAuthResult;
  readonly timings: ChipTimings;
  /** Which key candidate opened the card (a rule name, no personal data). */
  readonly keyRule: string;
}

export interface ReadOptions {
  readonly trusted: readonly X509Certificate[];
  readonly onStep?: (step: ChipStep) => void;
  /** Leave DG2 out (the benchmark and technicians' checks may). */
  readonly skipFace?: boolean;
}

async function selectApplication(transmit: Transmit): Promise<void> {
  const answer = splitResponse(await transmit(commandApdu([0x00, 0xa4, 0x04, 0x0c], LDS_AID)));
  if (answer.sw !== 0x9000) throw new ChipError('unsupported-card', `no ICAO application on this card (${hex(answer.sw)})`);
}

async function authenticate(transmit: Transmit, candidates: readonly KeyCandidate[]): Promise<{ keys: SessionKeys; rule: string }> {
  let last: unknown = new ChipError('wrong-key', 'no key to try');
  for (const [index, candidate] of candidates.entries()) {
    // A refused EXTERNAL AUTHENTICATE leaves the card in an undefined state: start again.
    if (index > 0) await selectApplication(transmit);
    try {
      return { keys: await performBac(transmit, mrzInformation(candidate.fields)), rule: candidate.rule };
    } catch (error) {
      if (!(error instanceof ChipError) || error.code !== 'wrong-key') throw error;
      last = error;
    }
  }
  throw last;
}

/**
 * Reads a CCCD chip: BAC with the first key candidate the card accepts, then EF.COM, EF.SOD,
 * DG1, DG13 and DG2 under secure messaging, then passive authentication over what was read.
 */
export async function readCccdChip(transmit: Transmit, candidates: readonly KeyCandidate[], options: ReadOptions): Promise<ChipRead> {
  const step = options.onStep ?? (() => {});
  step('authenticating');
  let t = performance.now();
  await selectApplication(transmit);
  const { keys, rule } = await authenticate(transmit, candidates);
  const sm = new SecureMessaging(keys);
  const bacMs = performance.now() - t;

  step('reading-data');
  t = performance.now();
  const comFile = await readFile(transmit, sm, EF.COM);
  const com = parseCom(comFile);
  if (!com.dataGroups.includes(13)) throw new ChipError('unsupported-card', 'this chip has no DG13: not a Vietnamese ID card');
  const sodFile = await readFile(transmit, sm, EF.SOD);
  const dg1File = await readFile(transmit, sm, EF.DG1);
  const dg13File = await readFile(transmit, sm, EF.DG13);
  const mrz = parseDg1(dg1File);
  const dg13 = parseDg13(dg13File);
  const readDg1Dg13Ms = performance.now() - t;

  const groups = new Map<number, Buffer>([
    [1, dg1File],
    [13, dg13File],
  ]);
  let face: FaceImage | null = null;
  t = performance.now();
  if (!options.skipFace && com.dataGroups.includes(2)) {
    step('reading-photo');
    const dg2File = await readFile(transmit, sm, EF.DG2);
    groups.set(2, dg2File);
    try {
      face = faceImage(dg2File);
    } catch {
      face = null;
    }
  }
  const readDg2Ms = performance.now() - t;

  step('verifying');
  t = performance.now();
  const passive = passiveAuthentication(parseSod(sodFile), groups, options.trusted);
  const paMs = performance.now() - t;
  return { com, mrz, dg13, face, passive, keyRule: rule, timings: { bacMs, readDg1Dg13Ms, readDg2Ms, paMs } };
}
