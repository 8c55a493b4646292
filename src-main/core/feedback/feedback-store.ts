import type { FeedbackReceipt } from '../../api/channels/feedback';
import type { Database } from '../db/open-database';
import { localState } from '../dossiers/dossier-store';
import type { OutboxState } from '../outbox/outbox-types';

export interface FeedbackRow {
  reference: string;
  subject_kind: FeedbackReceipt['subject'];
  procedure_code: string | null;
  procedure_name: string | null;
  language: string;
  text: string | null;
  name: string | null;
  phone: string | null;
  submitted_at: string;
  purged_at: string | null;
  state: OutboxState | null;
}

export function findFeedback(db: Database, reference: string): FeedbackRow | null {
  const row = db
    .prepare(
      `SELECT f.*, o.state AS state FROM feedback f
       LEFT JOIN outbox o ON o.kind = 'feedback' AND o.idempotency_key = f.reference WHERE f.reference = ?`,
    )
    .get(reference) as FeedbackRow | undefined;
  return row ?? null;
}

/** What the citizen sees again on lookup: never the text, name or phone. */
export function feedbackReceiptOf(row: FeedbackRow): FeedbackReceipt {
  return {
    reference: row.reference,
    subject: row.subject_kind,
    procedureName: row.procedure_name ? (JSON.parse(row.procedure_name) as FeedbackReceipt['procedureName']) : null,
    submittedAt: row.submitted_at,
    anonymous: row.purged_at === null ? row.name === null : null,
    state: localState(row.state),
  };
}
