import { type Clock, wallClock } from '../../api/center-clock';
import { DossierDraft, type DossierReceipt, type DossierStatus } from '../../api/channels/dossiers';
import { isValidDossierCode, normalizeDossierCode } from '../../api/codes';
import { checkApplicant, checkDelivery, checkForm, checkWrittenPlaces, type FieldIssue } from '../../api/dossier-check';
import { normalizePhone, RULE_MESSAGES_EN } from '../../api/dossier-rules';
import { ApiError } from '../../api/errors';
import type { PaymentDue } from '../../api/payment';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { CenterEndpoint } from '../outbox/center-client';
import { enqueueDossier } from '../outbox/enqueue';
import { generateDossierCode } from './dossier-code';
import { acceptsKioskSubmission, type DossierProcedure, type ProcedureLookup } from './dossier-procedure';
import { type DossierDelivery, DossierStore, receiptOf, storedDocuments } from './dossier-store';
import { recordPersonKey } from './person-keys';
import type { RemoteStatusLookup } from './remote-status';

export interface DossierServiceDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly log: Logger;
  readonly kioskId: string;
  readonly procedures: ProcedureLookup;
  readonly remoteStatus: RemoteStatusLookup;
  readonly endpoint: () => CenterEndpoint | null;
  /** Where a dossier's outbox item stands (the outbox's answer by the dossier code). */
  readonly delivery: (code: string) => DossierDelivery;
  /** The center's working days as configured now; the expected result date counts only those. */
  readonly calendar: () => WorkingCalendar;
  /** The fee a receipt asks for (the payment feature); absent, receipts show none. */
  readonly payment?: (procedureCode: string, dossierCode: string) => PaymentDue | null;
  /** Code generator; tests pass one that repeats to prove a local clash is retried. */
  readonly newCode?: (now: Date) => string;
}

/** Thrown for a draft with field problems: the message lists them, `issues` has them one by one. */
export class DossierInvalid extends ApiError {
  constructor(readonly issues: readonly FieldIssue[]) {
    super('bad-request', issues.map((i) => `${i.path}: ${RULE_MESSAGES_EN[i.message]}`).join('; '));
  }
}

/** The body the center server receives under the dossier code (`POST /api/v1/dossiers`). */
export interface DossierBody {
  readonly code: string;
  readonly kioskId: string;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly language: string;
  readonly submittedAt: string;
  readonly expectedResultDate: string | null;
  readonly applicant: Record<string, string>;
  readonly form: Record<string, string>;
  readonly documents: readonly { readonly name: string; readonly provided: boolean }[];
  readonly delivery: unknown;
}

const MAX_CODE_TRIES = 5;

/** The draft's shape (from a file or a screen); a wrong shape is a `bad-request` naming the paths. */
function parseDraft(input: unknown) {
  const parsed = DossierDraft.safeParse(input);
  if (parsed.success) return parsed.data;
  const list = parsed.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  throw new ApiError('bad-request', list.join('; '));
}

/** Fill in, check, and submit dossiers; receipts and status. */
export class DossierService {
  private readonly newCode: (now: Date) => string;
  readonly store: DossierStore;

  constructor(private readonly deps: DossierServiceDeps) {
    this.store = new DossierStore(deps.db);
    this.newCode = deps.newCode ?? ((now) => generateDossierCode(now));
  }

  procedure(code: string): DossierProcedure {
    const p = this.deps.procedures(code);
    if (!p) throw new ApiError('not-found', `no procedure with code ${code}`);
    if (!acceptsKioskSubmission(p)) throw new ApiError('bad-request', `procedure ${code} cannot be submitted at the kiosk`);
    return p;
  }

  /** Every problem with a draft at once (empty when it may be submitted). */
  check(draft: DossierDraft): FieldIssue[] {
    const parsed = parseDraft(draft);
    const p = this.procedure(parsed.procedureCode);
    const { date: today, minutes } = wallClock(this.deps.clock.now());
    const issues = [
      ...checkApplicant(parsed.applicant, today),
      ...checkForm(p.formFields, parsed.form, today, minutes),
      ...checkDelivery(parsed.delivery),
    ];
    // The written addresses against today's communes, as the center checks them (the postal one is
    // checkDelivery's); an old residence (naming a district) is the citizen's word here: the screens
    // asked them to confirm it. A residence already refused as missing or too long is not judged again.
    for (const issue of checkWrittenPlaces(p.formFields, parsed, 'accepted'))
      if (!issues.some((i) => i.path === issue.path)) issues.push(issue);
    for (const d of parsed.documents) {
      if (d.index >= p.documents.length) issues.push({ path: `documents.${d.index}`, message: 'notAnOption' });
    }
    return issues;
  }

  /**
   * Stores the dossier and its outbox item in one transaction, committed with synchronous=FULL
   * before this returns: once the citizen sees the receipt, a power cut cannot take it back.
   */
  submit(input: DossierDraft): DossierReceipt {
    const draft = parseDraft(input);
    const issues = this.check(draft);
    if (issues.length > 0) throw new DossierInvalid(issues);
    const p = this.procedure(draft.procedureCode);
    const now = this.deps.clock.now();
    const submittedAt = now.toISOString();
    const days = p.processingTime?.workingDays;
    const expectedResultDate = days === undefined ? null : this.deps.calendar().addWorkingDays(now, days);
    const a = draft.applicant;
    const applicant = {
      fullName: a.fullName.trim().replace(/\s+/g, ' '),
      citizenId: a.citizenId.trim(),
      dateOfBirth: a.dateOfBirth,
      phone: normalizePhone(a.phone),
      email: a.email.trim(),
      address: a.address.trim(),
    };
    const delivery =
      draft.delivery.method === 'post'
        ? { method: 'post' as const, address: { ...draft.delivery.address, phone: normalizePhone(draft.delivery.address.phone) } }
        : draft.delivery;
    const phoneFields = new Set(p.formFields.filter((f) => f.type === 'phone').map((f) => f.id));
    const form = Object.fromEntries(Object.entries(draft.form).map(([k, v]) => [k, phoneFields.has(k) ? normalizePhone(v) : v.trim()]));
    const documents = storedDocuments(p, draft.documents, form);
    for (let attempt = 1; ; attempt++) {
      const code = this.newCode(now);
      const body: DossierBody = {
        code,
        kioskId: this.deps.kioskId,
        procedureCode: p.code,
        procedureName: p.name.vi,
        language: draft.language,
        submittedAt,
        expectedResultDate,
        applicant,
        form,
        // The center is told the papers of the citizen's case only.
        documents: documents.filter((d) => d.applies).map(({ name, provided }) => ({ name, provided })),
        delivery,
      };
      try {
        this.deps.db.transaction(() => {
          this.store.insert({
            code,
            procedureCode: p.code,
            procedureName: JSON.stringify(p.name),
            language: draft.language,
            applicant: JSON.stringify(applicant),
            form: JSON.stringify(form),
            documents: JSON.stringify(documents),
            delivery: JSON.stringify(delivery),
            submittedAt,
            expectedResultDate,
          });
          recordPersonKey(this.deps.db, code, applicant.citizenId, applicant.dateOfBirth);
          enqueueDossier(this.deps.db, { code, body, submittedAt });
        })();
      } catch (err) {
        const clash = (err as { code?: unknown }).code;
        if ((clash === 'SQLITE_CONSTRAINT_PRIMARYKEY' || clash === 'SQLITE_CONSTRAINT_UNIQUE') && attempt < MAX_CODE_TRIES) continue;
        throw err;
      }
      this.deps.log.info('dossier submitted', { code, procedure: p.code });
      return this.receipt(code);
    }
  }

  receipt(rawCode: string): DossierReceipt {
    const row = this.store.find(normalizeDossierCode(rawCode));
    if (!row) throw new ApiError('not-found', 'no dossier with this code was submitted at this kiosk');
    return this.withPayment(receiptOf(row, this.deps.delivery(row.code)));
  }

  private withPayment(receipt: DossierReceipt): DossierReceipt {
    const payment = this.deps.payment?.(receipt.procedureCode, receipt.code) ?? null;
    return payment ? { ...receipt, payment } : receipt;
  }

  /**
   * The local record and, when the center answers in time, its status. A code that fails its
   * check character is refused here, before anyone is asked.
   */
  async status(rawCode: string): Promise<DossierStatus> {
    const code = normalizeDossierCode(rawCode);
    if (!isValidDossierCode(code)) throw new ApiError('bad-request', 'this is not a valid dossier code: please check it');
    const row = this.store.find(code);
    const delivery = row ? this.deps.delivery(row.code) : null;
    const local = row && delivery ? { ...this.withPayment(receiptOf(row, delivery)), sentAt: delivery.sentAt } : null;
    const endpoint = this.deps.endpoint();
    const remote = endpoint ? await this.deps.remoteStatus(endpoint, code) : { reached: false as const };
    return {
      code,
      local,
      remote: remote.reached && remote.status ? remote.status : null,
      reachedServer: remote.reached,
    };
  }
}
