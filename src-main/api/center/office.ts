import { z } from 'zod';
import { FormFieldType, LocalizedText } from '../channels/catalog';
import { Delivery } from '../channels/dossiers';
import { FeedbackStatus } from './center-wire';
import { DossierStep, PaymentState, TrackingNumber } from './dossier-steps';

/**
 * The back office's HTTP API (`/office/api/*`), shared by the center (which answers) and the
 * back-office screens (which ask). Staff sign in with a password; the session is an HttpOnly
 * cookie. `reception` staff see and act on their commune only; `admin` sees the province but not
 * personal data of applicants.
 */

export const StaffRole = z.enum(['reception', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

export const LoginRequest = z.object({ username: z.string().trim().min(1).max(60), password: z.string().min(1).max(200) }).strict();

export const StaffView = z.object({
  username: z.string(),
  displayName: z.string(),
  role: StaffRole,
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
});
export type StaffView = z.infer<typeof StaffView>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const InboxQuery = z
  .object({
    status: DossierStep.optional(),
    procedure: z.string().max(60).optional(),
    /** Received on or after / on or before (YYYY-MM-DD). */
    from: Day.optional(),
    to: Day.optional(),
    /** `overdue`: due before today and not yet ready; `soon`: due within 3 days. */
    due: z.enum(['overdue', 'soon']).optional(),
    commune: z.string().max(60).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type InboxQuery = z.infer<typeof InboxQuery>;

export const InboxItem = z.object({
  code: z.string(),
  reference: z.string(),
  communeId: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  /** The applicant's name for the commune's own staff; null for the province's admins. */
  applicantName: z.string().nullable(),
  receivedAt: z.string(),
  status: DossierStep,
  updatedAt: z.string(),
  dueDate: z.string().nullable(),
  deliveryMethod: z.enum(['counter', 'post']),
  payment: PaymentState,
});
export type InboxItem = z.infer<typeof InboxItem>;

export const HistoryEntry = z.object({
  step: DossierStep,
  at: z.string(),
  note: z.string(),
  tracking: z.string().nullable(),
  staffName: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** One answer of the dossier's form, named by the procedure's catalog (label null: the catalog does not know the field). */
export const DossierFormEntry = z.object({
  id: z.string(),
  label: LocalizedText.nullable(),
  type: FormFieldType.nullable(),
  value: z.string(),
  /** A select's chosen option, by its label. */
  valueLabel: LocalizedText.nullable(),
});
export type DossierFormEntry = z.infer<typeof DossierFormEntry>;

export const DossierDetail = InboxItem.extend({
  kioskId: z.string(),
  language: z.string(),
  submittedAt: z.string().nullable(),
  /** Null when the viewer may not see personal data (not the commune's own staff). */
  applicant: z.record(z.string(), z.string()).nullable(),
  form: z.record(z.string(), z.string()).nullable(),
  /** The form in the catalog's order with its labels; null with `form`. */
  formFields: z.array(DossierFormEntry).nullable(),
  documents: z.array(z.object({ name: z.string(), provided: z.boolean() })),
  delivery: Delivery.nullable(),
  tracking: z.string().nullable(),
  note: z.string(),
  history: z.array(HistoryEntry),
  nextSteps: z.array(DossierStep),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const StepAction = z
  .object({
    to: DossierStep.exclude(['submitted']),
    note: z.string().trim().max(2000).default(''),
    tracking: TrackingNumber.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.to === 'needs-info' && a.note.length < 3) ctx.addIssue({ code: 'custom', path: ['note'], message: 'say which paper is missing' });
  });
export type StepAction = z.input<typeof StepAction>;

export const FleetEntry = z.object({
  id: z.string(),
  communeId: z.string(),
  communeName: z.string(),
  enrolledAt: z.string(),
  revokedAt: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  backlog: z.number().nullable(),
  devices: z.record(z.string(), z.string()),
  healthAt: z.string().nullable(),
});
export type FleetEntry = z.infer<typeof FleetEntry>;

export const EnrolmentCodeRequest = z.object({ communeId: z.string().min(1).max(60) }).strict();
export const EnrolmentCode = z.object({ code: z.string(), expiresAt: z.string() });

/** Ratings by service (the rated flow) and ISO week, and tickets and waits per commune. */
export const OfficeStats = z.object({
  weeks: z.array(z.string()),
  ratings: z.array(
    z.object({ flow: z.string(), week: z.string(), count: z.number(), average: z.number(), byScore: z.array(z.number()).length(4) }),
  ),
  waiting: z.array(
    z.object({
      communeId: z.string(),
      communeName: z.string(),
      tickets: z.number(),
      served: z.number(),
      averageWaitMin: z.number().nullable(),
      p90WaitMin: z.number().nullable(),
    }),
  ),
});
export type OfficeStats = z.infer<typeof OfficeStats>;

export const CatalogEntry = z.object({
  etag: z.string(),
  version: z.string(),
  procedures: z.number(),
  importedBy: z.string(),
  importedAt: z.string(),
  publishedAt: z.string().nullable(),
  live: z.boolean(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

/**
 * A citizen's feedback as the back office shows it. The contact (name, phone) is personal data:
 * only the commune's own reception staff see it; the province's admins read the rest.
 */
export const FeedbackItem = z.object({
  reference: z.string(),
  communeId: z.string(),
  communeName: z.string(),
  kioskId: z.string(),
  subject: z.enum(['procedure', 'service', 'kiosk']),
  procedureCode: z.string().nullable(),
  procedureName: z.string().nullable(),
  text: z.string(),
  contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  anonymous: z.boolean(),
  language: z.string(),
  receivedAt: z.string(),
  status: FeedbackStatus,
  note: z.string(),
  updatedAt: z.string(),
  answeredBy: z.string().nullable(),
  /** True when this viewer may answer it (the commune's own staff). */
  canAnswer: z.boolean(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const FeedbackQuery = z.object({ status: FeedbackStatus.optional() }).strict();

/** The commune's answer: the note is read by the citizen at the kiosk, so it names no one. */
export const FeedbackAnswerRequest = z
  .object({ status: FeedbackStatus.exclude(['received']), note: z.string().trim().max(2000).default('') })
  .strict()
  .superRefine((a, ctx) => {
    if (a.status === 'answered' && a.note.length < 3) ctx.addIssue({ code: 'custom', path: ['note'], message: 'write the answer' });
  });
export type FeedbackAnswerRequest = z.input<typeof FeedbackAnswerRequest>;
