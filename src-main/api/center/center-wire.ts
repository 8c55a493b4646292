import { z } from 'zod';
import { Delivery } from '../channels/dossiers';
import { PaymentState, StepEntry } from './dossier-steps';

/**
 * Bodies of the center contract (DESIGN.md "The center server contract"), checked on both ends:
 * the center parses what kiosks send, the kiosk parses what the center answers.
 */

/** `POST /api/v1/dossiers`: what the kiosk's outbox sends under the dossier code. */
export const CenterDossierBody = z.looseObject({
  code: z.string().max(20),
  kioskId: z.string().max(100).optional(),
  procedureCode: z.string().min(1).max(60),
  procedureName: z.string().max(1000).default(''),
  language: z.string().max(10).default('vi'),
  submittedAt: z.string().max(40).optional(),
  expectedResultDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  applicant: z.record(z.string().max(60), z.string().max(1000)),
  form: z.record(z.string().max(60), z.string().max(5000)).default({}),
  documents: z
    .array(z.object({ name: z.string().max(1000), provided: z.boolean() }))
    .max(200)
    .default([]),
  delivery: Delivery,
});
export type CenterDossierBody = z.infer<typeof CenterDossierBody>;

export const DossierAck = z.object({ code: z.string(), receivedAt: z.string(), reference: z.string() });
export type DossierAck = z.infer<typeof DossierAck>;

/** `POST /api/v1/events`: a batch of ticket events, ratings and kiosk reports. */
export const CenterEvent = z.object({
  id: z.string().min(1).max(100),
  type: z.string().min(1).max(64),
  occurredAt: z.string().min(1).max(40),
  data: z.record(z.string(), z.unknown()),
});
export type CenterEvent = z.infer<typeof CenterEvent>;
export const CenterEventsBody = z.object({ events: z.array(CenterEvent).min(1).max(1000) });

/**
 * `GET /api/v1/dossiers/{code}/status`: the contract's four fields, plus the steps so far, the
 * fee's state and the postal tracking number. The extra fields are optional so a kiosk also
 * reads a province back end that only speaks the original contract.
 */
export const CenterStatusAnswer = z.object({
  code: z.string().max(20).optional(),
  status: z.string().max(60),
  updatedAt: z.string().max(40),
  note: z.string().max(2000),
  history: z.array(StepEntry).max(100).optional(),
  payment: PaymentState.optional(),
  tracking: z.string().max(40).nullable().optional(),
});
export type CenterStatusAnswer = z.infer<typeof CenterStatusAnswer>;

/** `POST /api/v1/enrol`: a kiosk trades the one-time code the back office issued for its own token. */
export const EnrolRequest = z.object({
  code: z.string().trim().min(8).max(40),
  kioskId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'a kiosk id is 1 to 64 letters, digits, dots, dashes or underscores'),
});
export const EnrolAnswer = z.object({ kioskId: z.string(), communeId: z.string(), token: z.string() });
export type EnrolAnswer = z.infer<typeof EnrolAnswer>;

/** `POST /api/v1/feedback` (docs/feedback.md): what the kiosk's outbox sends under the reference. */
export const CenterFeedbackBody = z.looseObject({
  reference: z.string().max(20),
  kioskId: z.string().max(100).optional(),
  subject: z.discriminatedUnion('kind', [
    z.looseObject({
      kind: z.literal('procedure'),
      procedureCode: z.string().min(1).max(60),
      procedureName: z.string().max(1000).optional(),
    }),
    z.looseObject({ kind: z.literal('service') }),
    z.looseObject({ kind: z.literal('kiosk') }),
  ]),
  text: z.string().trim().min(1).max(5000),
  contact: z
    .object({ name: z.string().max(200), phone: z.string().max(30) })
    .nullable()
    .default(null),
  language: z.string().max(10).default('vi'),
  submittedAt: z.string().max(40).optional(),
});
export type CenterFeedbackBody = z.infer<typeof CenterFeedbackBody>;

export const FeedbackAck = z.object({ reference: z.string(), receivedAt: z.string() });
export type FeedbackAck = z.infer<typeof FeedbackAck>;

/** Where a feedback stands at the center; the note is the answer a citizen may read at the kiosk. */
export const FeedbackStatus = z.enum(['received', 'processing', 'answered', 'closed']);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

/** `GET /api/v1/feedback/{reference}`: no personal data, only where it stands and the answer. */
export const CenterFeedbackStatus = z.object({ reference: z.string(), status: FeedbackStatus, updatedAt: z.string(), note: z.string() });
export type CenterFeedbackStatus = z.infer<typeof CenterFeedbackStatus>;
