import { z } from 'zod';
import { PROCEDURE_CODE_PATTERN } from '../codes';
import { channel } from '../define';
import { ANY_ROLE } from '../roles';
import { LocalDossierState } from './dossiers';

/**
 * Feedback and recommendations ("phản ánh, kiến nghị"): what a citizen writes about a procedure,
 * the center's service or the kiosk, sent to the center through the outbox like a dossier, and
 * looked up later by its check-coded reference (docs/feedback.md).
 */

export const FEEDBACK_MAX_TEXT = 2000;

export const FeedbackSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('procedure'), procedureCode: z.string().regex(PROCEDURE_CODE_PATTERN) }).strict(),
  z.object({ kind: z.literal('service') }).strict(),
  z.object({ kind: z.literal('kiosk') }).strict(),
]);
export type FeedbackSubject = z.infer<typeof FeedbackSubject>;

/** A name and phone to be answered on; null to stay anonymous. */
export const FeedbackContact = z
  .object({ name: z.string().trim().min(1).max(200), phone: z.string().trim().min(1).max(30) })
  .strict()
  .nullable();

export const FeedbackDraft = z
  .object({
    subject: FeedbackSubject,
    text: z.string().trim().min(1).max(FEEDBACK_MAX_TEXT),
    contact: FeedbackContact,
    language: z.enum(['vi', 'en', 'ar', 'pl']),
  })
  .strict();
export type FeedbackDraft = z.input<typeof FeedbackDraft>;

const ProcedureName = z.object({ vi: z.string(), en: z.string().optional(), ar: z.string().optional(), pl: z.string().optional() });

/** What the citizen is shown after sending, and again on lookup; no personal data. */
export const FeedbackReceipt = z.object({
  reference: z.string(),
  subject: z.enum(['procedure', 'service', 'kiosk']),
  procedureName: ProcedureName.nullable(),
  submittedAt: z.string(),
  /** Null once personal data was purged: the kiosk no longer knows. */
  anonymous: z.boolean().nullable(),
  state: LocalDossierState,
});
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;

/** The center's answer (`GET /api/v1/feedback/{reference}`). */
export const RemoteFeedbackStatus = z.object({ status: z.string().max(60), updatedAt: z.string().max(40), note: z.string().max(2000) });
export type RemoteFeedbackStatus = z.infer<typeof RemoteFeedbackStatus>;

export const FeedbackLookup = z.object({
  reference: z.string(),
  local: FeedbackReceipt.nullable(),
  remote: RemoteFeedbackStatus.nullable(),
  reachedServer: z.boolean(),
});
export type FeedbackLookup = z.infer<typeof FeedbackLookup>;

const ReferenceArg = z.object({ reference: z.string().min(1).max(40) }).strict();

export const feedbackChannels = {
  'feedback.submit': channel({ args: FeedbackDraft, result: FeedbackReceipt, roles: ANY_ROLE }),
  'feedback.lookup': channel({ args: ReferenceArg, result: FeedbackLookup, roles: ANY_ROLE }),
};
