import type { DeliveryMethod, DocumentCheck, DossierReceipt, LocalDossierState, ReceiptDocument } from '../../api/channels/dossiers';
import type { Database } from '../db/open-database';
import type { OutboxState } from '../outbox/outbox-types';
import type { DossierProcedure } from './dossier-procedure';

export interface DossierRow {
  code: string;
  procedure_code: string;
  procedure_name: string;
  language: string;
  applicant: string | null;
  form: string | null;
  documents: string | null;
  delivery: string | null;
  submitted_at: string;
  expected_result_date: string | null;
  purged_at: string | null;
}

/** Joined with its outbox item: the local state the citizen and technicians see. */
export interface DossierWithState extends DossierRow {
  state: OutboxState | null;
  sent_at: string | null;
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

export function findDossier(db: Database, code: string): DossierWithState | null {
  const row = db
    .prepare(
      `SELECT d.*, o.state AS state, o.sent_at AS sent_at FROM dossiers d
       LEFT JOIN outbox o ON o.kind = 'dossier' AND o.idempotency_key = d.code WHERE d.code = ?`,
    )
    .get(code) as DossierWithState | undefined;
  return row ?? null;
}

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

export function storedDocuments(p: Pick<DossierProcedure, 'documents'>, checks: readonly DocumentCheck[]): StoredDocument[] {
  return p.documents.map((d, index) => {
    const check = checks.find((c) => c.index === index);
    const applies = d.condition ? check?.applies === true : true;
    return { name: d.name.vi, text: d.name, provided: applies && check?.provided === true, applies };
  });
}

/** The receipt from a stored row; after the retention purge only code, procedure and dates remain. */
export function receiptOf(row: DossierWithState): DossierReceipt {
  const delivery = row.delivery ? (JSON.parse(row.delivery) as { method: DeliveryMethod }) : null;
  const stored = row.documents ? (JSON.parse(row.documents) as StoredDocument[]) : [];
  const documents = stored.filter((d) => d.applies !== false);
  return {
    code: row.code,
    procedureCode: row.procedure_code,
    procedureName: JSON.parse(row.procedure_name) as DossierReceipt['procedureName'],
    submittedAt: row.submitted_at,
    expectedResultDate: row.expected_result_date,
    delivery: delivery?.method ?? null,
    documentsProvided: documents.filter((d) => d.provided).length,
    documentsListed: documents.length,
    documents: documents.map((d) => ({ name: d.text ?? { vi: d.name }, provided: d.provided })),
    state: localState(row.state),
  };
}
