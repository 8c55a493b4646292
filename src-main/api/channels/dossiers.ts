import { z } from 'zod';
import { PROCEDURE_CODE_PATTERN } from '../codes';
import { channel, event } from '../define';
import { PaymentDue, PaymentState } from '../payment';
import { ANY_ROLE, STAFF_ROLES, TECHNICIAN_ONLY } from '../roles';

/**
 * Dossiers: what a citizen fills in at the kiosk, the receipt, and the status of a submitted
 * dossier. Shapes only; the checks of what is typed (ID number, phone, dates, the procedure's own
 * fields) are in `dossier-rules.ts`, run by the screens and again by core.
 */

const str = (max: number) => z.string().max(max);

export const Applicant = z
  .object({
    fullName: str(200),
    citizenId: str(20),
    /** YYYY-MM-DD. */
    dateOfBirth: str(10),
    phone: str(30),
    email: str(254).default(''),
    /** Permanent residence as written on the ID card. */
    address: str(300),
  })
  .strict();
export type Applicant = z.infer<typeof Applicant>;

/** Since July 2025 Vietnam has two levels of local government: province and commune/ward. */
export const PostalAddress = z
  .object({
    recipient: str(200),
    phone: str(30),
    /** House number, street, hamlet or village. */
    street: str(300),
    /** Commune or ward. */
    ward: str(120),
    province: str(120),
  })
  .strict();
export type PostalAddress = z.infer<typeof PostalAddress>;

export const DeliveryMethod = z.enum(['counter', 'post']);
export type DeliveryMethod = z.infer<typeof DeliveryMethod>;

export const Delivery = z.discriminatedUnion('method', [
  z.object({ method: z.literal('counter') }).strict(),
  z.object({ method: z.literal('post'), address: PostalAddress }).strict(),
]);
export type Delivery = z.infer<typeof Delivery>;

/**
 * One line of the procedure's document list: will the citizen bring (or has handed in) it. A paper
 * the catalog asks for only in some case (an abandoned child, surrogacy) counts only when the
 * citizen says the case is theirs (`applies`); a paper without a case always counts.
 */
export const DocumentCheck = z
  .object({ index: z.number().int().min(0).max(200), provided: z.boolean(), applies: z.boolean().optional() })
  .strict();
export type DocumentCheck = z.infer<typeof DocumentCheck>;

export const DossierDraft = z
  .object({
    procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN),
    /** The screen language, so the center can answer in it where it can. */
    language: z.enum(['vi', 'en', 'ar', 'pl']),
    applicant: Applicant,
    /** Answers to the procedure's own form fields by field id; dates as YYYY-MM-DD. */
    form: z.record(z.string().max(60), z.string().max(5000)).default({}),
    documents: z.array(DocumentCheck).max(200).default([]),
    delivery: Delivery,
  })
  .strict();
export type DossierDraft = z.input<typeof DossierDraft>;

/** Where the dossier is on this kiosk's side: queued (not yet at the center), sent, or failed. */
export const LocalDossierState = z.enum(['queued', 'sent', 'failed']);
export type LocalDossierState = z.infer<typeof LocalDossierState>;

const ProcedureName = z.object({ vi: z.string(), en: z.string().optional(), ar: z.string().optional(), pl: z.string().optional() });

/** A paper that applies to the dossier's case, and whether the citizen said they have it. */
export const ReceiptDocument = z.object({ name: ProcedureName, provided: z.boolean() });
export type ReceiptDocument = z.infer<typeof ReceiptDocument>;

/** What the receipt shows and prints; no personal data. */
export const DossierReceipt = z.object({
  code: z.string(),
  procedureCode: z.string(),
  procedureName: ProcedureName,
  submittedAt: z.string(),
  /** YYYY-MM-DD, from the catalog's processing time in working days; null when it states none. */
  expectedResultDate: z.string().nullable(),
  /** Null once the personal data of an acknowledged dossier has been purged. */
  delivery: DeliveryMethod.nullable(),
  documentsProvided: z.number().int().min(0),
  documentsListed: z.number().int().min(0),
  /** The papers that apply to the case the citizen chose (empty once purged). */
  documents: z.array(ReceiptDocument).max(200),
  state: LocalDossierState,
  /** The fee to pay by VietQR or at the counter; absent when the procedure is free or its amount not known. */
  payment: PaymentDue.optional(),
});
export type DossierReceipt = z.infer<typeof DossierReceipt>;

/**
 * The center's answer about a dossier (`GET /api/v1/dossiers/{code}/status`): the contract's
 * fields, and (from centers that keep them) the steps so far, the fee's state and the postal
 * tracking number. Steps are strings here: a province back end may name steps of its own.
 */
export const RemoteDossierStatus = z.object({
  status: z.string().max(60),
  updatedAt: z.string().max(40),
  note: z.string().max(2000),
  history: z
    .array(
      z.object({ step: z.string().max(60), at: z.string().max(40), note: z.string().max(2000), tracking: z.string().max(40).nullable() }),
    )
    .max(100)
    .optional(),
  payment: PaymentState.optional(),
  tracking: z.string().max(40).nullable().optional(),
});
export type RemoteDossierStatus = z.infer<typeof RemoteDossierStatus>;

export const DossierStatus = z.object({
  code: z.string(),
  /** This kiosk's record, when the dossier was submitted here. */
  local: DossierReceipt.extend({ sentAt: z.string().nullable() }).nullable(),
  /** The center's record, when it could be asked and knows the code. */
  remote: RemoteDossierStatus.nullable(),
  /** Whether the center server answered (with the status or "unknown code"). */
  reachedServer: z.boolean(),
});
export type DossierStatus = z.infer<typeof DossierStatus>;

export const OutboxCounts = z.object({
  pending: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
});

export const FailedOutboxItem = z.object({
  key: z.string(),
  kind: z.enum(['dossier', 'event', 'feedback']),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
  /** Its personal data was purged after the retention period: nothing is left to send again. */
  purged: z.boolean(),
});

const CodeArg = z.object({ code: z.string().min(1).max(40) }).strict();

export const dossierChannels = {
  'dossier.submit': channel({ args: DossierDraft, result: DossierReceipt, roles: ANY_ROLE }),
  'dossier.receipt': channel({ args: CodeArg, result: DossierReceipt, roles: ANY_ROLE }),
  'dossier.status': channel({ args: CodeArg, result: DossierStatus, roles: ANY_ROLE }),
  'dossier.printReceipt': channel({
    args: CodeArg,
    result: z.object({ state: z.enum(['printed', 'queued', 'unavailable']), reason: z.string().optional() }),
    roles: ANY_ROLE,
  }),
  'outbox.status': channel({
    args: z.object({}).strict(),
    result: z.object({
      counts: OutboxCounts,
      failed: z.array(FailedOutboxItem),
      paused: z.boolean(),
      /** Refused dossiers still holding personal data; each loses it `retentionDays` after its last attempt. */
      awaitingPurge: z.number().int(),
      retentionDays: z.number().int(),
    }),
    roles: STAFF_ROLES,
  }),
  'outbox.retry': channel({
    args: z.union([z.object({ key: z.string().min(1).max(100) }).strict(), z.object({ allFailed: z.literal(true) }).strict()]),
    result: z.object({ retried: z.number().int() }),
    roles: TECHNICIAN_ONLY,
  }),
};

export const dossierEvents = {
  /** A dossier submitted here changed state (sent to the center, or refused). */
  'dossier.onStateChanged': event(z.object({ code: z.string(), state: LocalDossierState })),
};
