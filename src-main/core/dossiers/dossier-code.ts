import { randomBytes } from 'node:crypto';
import { DOSSIER_ALPHABET, DOSSIER_DATA_LENGTH, dossierCheckChar } from '../../api/codes';

/** Day 0 of the time part. */
const EPOCH_MS = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;
/** 3 characters of 5 bits: 32 768 days, about 89 years from 2024. */
export const TIME_CHARS = 3;
export const RANDOM_CHARS = DOSSIER_DATA_LENGTH - TIME_CHARS;

function encode(value: number, length: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < length; i++) {
    out = (DOSSIER_ALPHABET[v % 32] as string) + out;
    v = Math.floor(v / 32);
  }
  return out;
}

/**
 * A new dossier code: 3 characters of day number since 2024-01-01 (UTC), 9 characters of
 * crypto randomness (45 bits), then the check character: 13 characters in all, within the 16
 * the paper form allows.
 *
 * Why this is unique across kiosks without any coordination:
 * - Codes of different days can never meet: the day is part of the code.
 * - Within one day, kiosks draw independently from 2^45 ≈ 3.5·10^13 values. With n codes in a
 *   day the chance that any two meet is about n²/2^46. A whole province (300 kiosks × 50 dossiers
 *   = 15 000 codes a day) gives 3·10^-6 per day: about one collision in 850 years. The day
 *   part costs some bits against pure randomness but buys codes that sort by date and show a
 *   clerk at a glance when the dossier was made.
 * - On this kiosk a repeat is caught by the dossiers primary key and a new code drawn; across
 *   kiosks the center server refuses a code another kiosk already used (409), which surfaces as a
 *   failed item for technicians instead of merging two citizens' dossiers.
 * `randomBytes` is the OS CSPRNG, so two kiosks cloned from one disk image still diverge.
 */
export function generateDossierCode(now: Date, random: (size: number) => Uint8Array = randomBytes): string {
  const day = Math.floor((now.getTime() - EPOCH_MS) / DAY_MS);
  const timePart = encode(((day % 32 ** TIME_CHARS) + 32 ** TIME_CHARS) % 32 ** TIME_CHARS, TIME_CHARS);
  // 5 bits per character from one byte each: 256 is a multiple of 32, so `& 31` has no bias.
  const bytes = random(RANDOM_CHARS);
  let randomPart = '';
  for (let i = 0; i < RANDOM_CHARS; i++) randomPart += DOSSIER_ALPHABET[(bytes[i] as number) & 31];
  const data = timePart + randomPart;
  return data + dossierCheckChar(data);
}

/** The UTC day a code was made, from its time part (for the technician's eye and for tests). */
export function dossierCodeDay(code: string): Date {
  let day = 0;
  for (const ch of code.slice(0, TIME_CHARS)) day = day * 32 + DOSSIER_ALPHABET.indexOf(ch);
  return new Date(EPOCH_MS + day * DAY_MS);
}
