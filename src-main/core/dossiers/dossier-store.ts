import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import {
  DeliveryMethod,
  type DocumentCheck,
  type DossierReceipt,
  type LocalDossierState,
  ReceiptDocument,
} from '../../api/channels/dossiers';
import { askedNow } from '../../api/dossier-rules';
import type { Database } from '../db/open-database';
import { oneRow } from '../db/rows';
import type { OutboxState } from '../outbox/outbox-types';
import type { DossierProcedure } from './dossier-procedure';

const DossierRow = z.object({
  code: z.string(),
  procedure_code: z.string(),
  procedure_name: z.string(),
  language: z.string(),
  applicant: z.string().nullable(),
  form: z.string().nullable(),
  documents: z.string().nullable(),
  delivery: z.string().nullable(),
  submitted_at: z.string(),
  expected_result_date: z.string().nullable(),
  purged_at: z.string().nullable(),
});
export type DossierRow = z.infer<typeof DossierRow>;

/** Where a dossier's outbox item stands, as the outbox reports it (null: no item). */
export interface DossierDelivery {
  readonly state: OutboxState | null;
  readonly sentAt: string | null;
}

export interface NewDossier {
  readonly code: string;
  readonly procedureCode: string;
  /** JSON of the procedure's names, as the receipt shows them. */
  readonly procedureName: string;
  readonly language: string;
  readonly applicant: string;
  readonly form: string;
  readonly documents: string;
  readonly delivery: string;
  readonly submittedAt: string;
  readonly expectedResultDate: string | null;
}

const PERSONAL_COLUMNS = ['applicant', 'form', 'documents', 'delivery'] as const;

/** The dossiers table, and only it; callers own the transactions. */
export class DossierStore {
  private insertStmt: Statement | null = null;

  constructor(private readonly db: Database) {}

  insert(d: NewDossier): void {
    this.insertStmt ??= this.db.prepare(
      `INSERT INTO dossiers (code, procedure_code, procedure_name, language, applicant, form, documents, delivery, submitted_at,
       expected_result_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertStmt.run(
      d.code,
      d.procedureCode,
      d.procedureName,
      d.language,
      d.applicant,
      d.form,
      d.documents,
      d.delivery,
      d.submittedAt,
      d.expectedResultDate,
    );
  }

  find(code: string): DossierRow | null {
    return oneRow(DossierRow, this.db.prepare('SELECT * FROM dossiers WHERE code = ?'), code) ?? null;
  }

  /**
   * Empties the personal columns of these dossiers (the retention purge); code, procedure and
   * dates stay so the status screen still finds them. Returns how many were emptied now.
   */
  purgePersonal(codes: readonly string[], atIso: string): number {
    const stmt = this.db.prepare(
      `UPDATE dossiers SET ${PERSONAL_COLUMNS.map((c) => `${c} = NULL`).join(', ')}, purged_at = ? WHERE code = ? AND purged_at IS NULL`,
    );
    let n = 0;
    for (const code of codes) n += stmt.run(atIso, code).changes;
    return n;
  }
}

export function localState(state: OutboxState | null): LocalDossierState {
  switch (state) {
    case 'sent':
      return 'sent';
    case 'failed':
      return 'failed';
    case 'pending':
    case 'sending':
    case null:
      return 'queued';
    default: {
      const never: never = state;
      throw new Error(`unknown outbox state ${String(never)}`);
    }
  }
}

const DeliveryJson = z.object({ method: DeliveryMethod }).nullable();
const DocumentsJson = z.array(
  z.object({ name: z.string(), text: ReceiptDocument.shape.name.optional(), provided: z.boolean(), applies: z.boolean().optional() }),
);

/**
 * The procedure's papers as stored with a dossier: the Vietnamese name (what the center receives),
 * the name in every language (for the receipt), whether the citizen has it, and whether it applies
 * to their case (a paper with a condition applies only when they said so).
 */
export interface StoredDocument {
  readonly name: string;
  readonly text?: ReceiptDocument['name'];
  readonly provided: boolean;
  /** Absent in rows stored before cases were asked: every paper applied then. */
  readonly applies?: boolean;
}

export function storedDocuments(
  p: Pick<DossierProcedure, 'documents'>,
  checks: readonly DocumentCheck[],
  form: Readonly<Record<string, string>>,
): StoredDocument[] {
  return p.documents.map((d, index) => {
    const check = checks.find((c) => c.index === index);
    // A paper of a case the form rules out does not apply, whatever the screen sent.
    const applies = askedNow(d, form) && (d.condition ? check?.applies === true : true);
    return { name: d.name.vi, text: d.name, provided: applies && check?.provided === true, applies };
  });
}

/** The receipt from a stored row; after the retention purge only code, procedure and dates remain. */
export function receiptOf(row: DossierRow, delivery: DossierDelivery): DossierReceipt {
  const method = row.delivery ? DeliveryJson.parse(JSON.parse(row.delivery))?.method : undefined;
  const stored = row.documents ? DocumentsJson.parse(JSON.parse(row.documents)) : [];
  const documents = stored.filter((d) => d.applies !== false);
  return {
    code: row.code,
    procedureCode: row.procedure_code,
    procedureName: JSON.parse(row.procedure_name) as DossierReceipt['procedureName'],
    submittedAt: row.submitted_at,
    expectedResultDate: row.expected_result_date,
    delivery: method ?? null,
    documentsProvided: documents.filter((d) => d.provided).length,
    documentsListed: documents.length,
    documents: documents.map((d) => ({ name: d.text ?? { vi: d.name }, provided: d.provided })),
    state: localState(delivery.state),
  };
}
