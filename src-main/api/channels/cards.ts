import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE, STAFF_ROLES, TECHNICIAN_ONLY } from '../roles';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where a chip read is: waiting for the card, then the steps of ICAO 9303 reading. */
export const ChipStep = z.enum(['waiting', 'authenticating', 'reading-data', 'reading-photo', 'verifying']);
export type ChipStep = z.infer<typeof ChipStep>;

/** Why a chip read gave nothing: each has its own message and advice on the screen. */
export const ChipFailure = z.enum([
  'card-removed', // moved away before the end
  'wrong-key', // the QR's data does not open this chip (another card, or an unusual expiry)
  'unsupported-card', // not a chip ID card the kiosk can read
  'secure-messaging', // the answers did not verify
  'bad-data', // the chip's data is malformed
  'reader-error', // PC/SC trouble
  'no-reader', // no chip reader on this kiosk
  'no-card', // nobody put a card on the reader in time
  'other-card', // the chip belongs to another ID number than the QR scanned
  'cancelled', // the citizen chose to go on without the chip
  'busy', // another read is running
]);
export type ChipFailure = z.infer<typeof ChipFailure>;

/** Why passive authentication failed (ICAO 9303 part 11 §5.1). */
export const PassiveFailure = z.enum(['data-group-hash', 'data-group-missing', 'sod-signature', 'untrusted-signer', 'no-trust-list']);

/** The holder's data from the chip's DG13. Personal data: shown and used in the session only. */
export const ChipIdentity = z.object({
  idNumber: z.string().regex(/^\d{12}$/),
  fullName: z.string(),
  dateOfBirth: IsoDate,
  sex: z.enum(['male', 'female']),
  nationality: z.string(),
  ethnicity: z.string(),
  religion: z.string(),
  placeOfOrigin: z.string(),
  placeOfResidence: z.string(),
  personalIdentification: z.string(),
  issueDate: IsoDate,
  expiryDate: z.union([IsoDate, z.literal('')]),
  fatherName: z.string(),
  motherName: z.string(),
  spouseName: z.string(),
  oldIdNumber: z.string().regex(/^(\d{9})?$/),
});
export type ChipIdentity = z.infer<typeof ChipIdentity>;

export const ChipReadOutcome = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** Passive authentication passed: the data is the issuing state's, unchanged. */
    verified: z.boolean(),
    failures: z.array(PassiveFailure),
    identity: ChipIdentity,
    /** The face from DG2 as a data: URL (JPEG), for this screen only; null when absent. */
    photo: z.string().nullable(),
  }),
  z.object({ ok: z.literal(false), reason: ChipFailure }),
]);
export type ChipReadOutcome = z.infer<typeof ChipReadOutcome>;

/** What the technician sees: readers, the last read without personal data, the trust list. */
export const CardsStatus = z.object({
  available: z.boolean(),
  /** Why PC/SC is not available (binding missing, pcscd not running), for the technician. */
  problem: z.string().nullable(),
  readers: z.array(z.object({ name: z.string(), cardPresent: z.boolean() })),
  lastRead: z
    .object({
      at: z.string(),
      outcome: z.union([z.literal('verified'), z.literal('not-verified'), ChipFailure]),
      failures: z.array(PassiveFailure),
      keyRule: z.string().nullable(),
      /** From the card found on the reader to the answer, whatever the outcome. */
      durationMs: z.number(),
      timings: z.object({ bacMs: z.number(), readDg1Dg13Ms: z.number(), readDg2Ms: z.number(), paMs: z.number() }).nullable(),
    })
    .nullable(),
  trust: z.array(z.object({ subject: z.string(), fingerprint: z.string(), validTo: z.string() })),
});
export type CardsStatus = z.infer<typeof CardsStatus>;

const NoArgs = z.object({}).strict();

export const cardsChannels = {
  /** Whether a chip reader is there, so the screens offer the chip after a QR scan. */
  'cards.available': channel({ args: NoArgs, result: z.object({ available: z.boolean() }), roles: ANY_ROLE }),
  /** Waits for a card on the reader and reads it with the BAC key from the card's printed QR. */
  'cards.read': channel({
    args: z.object({ idNumber: z.string().regex(/^\d{12}$/), dateOfBirth: IsoDate, issueDate: IsoDate }).strict(),
    result: ChipReadOutcome,
    roles: ANY_ROLE,
  }),
  /** The same with the MRZ typed by staff (a card whose QR is unreadable, an unusual expiry). */
  'cards.readMrz': channel({
    args: z.object({ mrz: z.string().min(1).max(120) }).strict(),
    result: ChipReadOutcome,
    roles: STAFF_ROLES,
  }),
  /** Stops waiting for a card (the citizen goes on with the QR's data). */
  'cards.cancel': channel({ args: NoArgs, result: z.object({ cancelled: z.boolean() }), roles: ANY_ROLE }),
  'cards.status': channel({ args: NoArgs, result: CardsStatus, roles: TECHNICIAN_ONLY }),
};

export const cardsEvents = {
  'cards.onProgress': event(z.object({ step: ChipStep })),
};
