import type { Clock } from '../../api/center-clock';
import { FeedbackDraft, type FeedbackLookup, type FeedbackReceipt, type RemoteFeedbackStatus } from '../../api/channels/feedback';
import { isValidDossierCode, normalizeDossierCode } from '../../api/codes';
import { isVietnamesePhone, normalizePhone } from '../../api/dossier-rules';
import { ApiError } from '../../api/errors';
import type { Database } from '../db/open-database';
import { generateDossierCode } from '../dossiers/dossier-code';
import type { ProcedureLookup } from '../dossiers/dossier-procedure';
import type { RemoteAnswer } from '../dossiers/remote-status';
import type { Logger } from '../logging/logger';
import type { CenterEndpoint } from '../outbox/center-client';
import { enqueueFeedback } from '../outbox/enqueue';
import type { OutboxState } from '../outbox/outbox-types';
import { FeedbackStore, feedbackReceiptOf } from './feedback-store';

export interface FeedbackServiceDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly log: Logger;
  readonly kioskId: string;
  readonly procedures: ProcedureLookup;
  readonly remote: (endpoint: CenterEndpoint, reference: string) => Promise<RemoteAnswer<RemoteFeedbackStatus>>;
  readonly endpoint: () => CenterEndpoint | null;
  /** Where a feedback's outbox item stands (the outbox's answer by its reference; null: no item). */
  readonly delivery: (reference: string) => OutboxState | null;
  /** Reference generator; tests pass one that repeats to prove a local clash is retried. */
  readonly newReference?: (now: Date) => string;
}

/** The body the center receives under the reference (`POST /api/v1/feedback`, docs/feedback.md). */
export interface FeedbackBody {
  readonly reference: string;
  readonly kioskId: string;
  readonly subject: { readonly kind: string; readonly procedureCode?: string; readonly procedureName?: string };
  readonly text: string;
  readonly contact: { readonly name: string; readonly phone: string } | null;
  readonly language: string;
  readonly submittedAt: string;
}

const MAX_REFERENCE_TRIES = 5;

/**
 * Feedback from citizens: stored with its outbox item in one transaction (a power cut after the
 * citizen saw the reference cannot lose it), delivered exactly once, looked up by reference. The
 * reference is made like a dossier code (day + randomness + check character), so a mistyped one
 * is caught before anyone is asked.
 */
export class FeedbackService {
  readonly store: FeedbackStore;

  constructor(private readonly deps: FeedbackServiceDeps) {
    this.store = new FeedbackStore(deps.db);
  }

  submit(input: FeedbackDraft): FeedbackReceipt {
    const parsed = FeedbackDraft.safeParse(input);
    if (!parsed.success) {
      throw new ApiError('bad-request', parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    }
    const draft = parsed.data;
    const contact = draft.contact ? { name: draft.contact.name.replace(/\s+/g, ' '), phone: normalizePhone(draft.contact.phone) } : null;
    if (contact && !isVietnamesePhone(contact.phone)) throw new ApiError('bad-request', 'contact.phone: not a Vietnamese phone number');
    const procedure = draft.subject.kind === 'procedure' ? this.deps.procedures(draft.subject.procedureCode) : null;
    if (draft.subject.kind === 'procedure' && !procedure) throw new ApiError('not-found', 'no such procedure in the catalog');
    const now = this.deps.clock.now();
    const submittedAt = now.toISOString();
    for (let attempt = 1; ; attempt++) {
      const reference = (this.deps.newReference ?? generateDossierCode)(now);
      const body: FeedbackBody = {
        reference,
        kioskId: this.deps.kioskId,
        subject: procedure
          ? { kind: 'procedure', procedureCode: procedure.code, procedureName: procedure.name.vi }
          : { kind: draft.subject.kind },
        text: draft.text,
        contact,
        language: draft.language,
        submittedAt,
      };
      try {
        this.deps.db.transaction(() => {
          this.store.insert({
            reference,
            subjectKind: draft.subject.kind,
            procedureCode: procedure?.code ?? null,
            procedureName: procedure ? JSON.stringify(procedure.name) : null,
            language: draft.language,
            text: draft.text,
            name: contact?.name ?? null,
            phone: contact?.phone ?? null,
            submittedAt,
          });
          enqueueFeedback(this.deps.db, { reference, body, submittedAt });
        })();
      } catch (err) {
        const clash = (err as { code?: unknown }).code;
        if ((clash === 'SQLITE_CONSTRAINT_PRIMARYKEY' || clash === 'SQLITE_CONSTRAINT_UNIQUE') && attempt < MAX_REFERENCE_TRIES) continue;
        throw err;
      }
      this.deps.log.info('feedback submitted', { reference, subject: draft.subject.kind });
      return this.receipt(reference);
    }
  }

  receipt(reference: string): FeedbackReceipt {
    const row = this.store.find(normalizeDossierCode(reference));
    if (!row) throw new ApiError('not-found', 'no feedback with this reference was sent from this kiosk');
    return feedbackReceiptOf(row, this.deps.delivery(row.reference));
  }

  /** This kiosk's record and, when the center answers in time, its own status of the feedback. */
  async lookup(raw: string): Promise<FeedbackLookup> {
    const reference = normalizeDossierCode(raw);
    if (!isValidDossierCode(reference)) throw new ApiError('bad-request', 'this is not a valid reference: please check it');
    const row = this.store.find(reference);
    const endpoint = this.deps.endpoint();
    const remote = endpoint ? await this.deps.remote(endpoint, reference) : { reached: false as const };
    return {
      reference,
      local: row ? feedbackReceiptOf(row, this.deps.delivery(row.reference)) : null,
      remote: remote.reached ? remote.status : null,
      reachedServer: remote.reached,
    };
  }
}
