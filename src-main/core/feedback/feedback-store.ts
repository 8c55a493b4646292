import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import { FeedbackReceipt } from '../../api/channels/feedback';
import type { Database } from '../db/open-database';
import { oneRow } from '../db/rows';
import { localState } from '../dossiers/dossier-store';
import type { OutboxState } from '../outbox/outbox-types';

const FeedbackRow = z.object({
  reference: z.string(),
  subject_kind: FeedbackReceipt.shape.subject,
  procedure_code: z.string().nullable(),
  procedure_name: z.string().nullable(),
  language: z.string(),
  text: z.string().nullable(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  submitted_at: z.string(),
  purged_at: z.string().nullable(),
});
export type FeedbackRow = z.infer<typeof FeedbackRow>;

export interface NewFeedback {
  readonly reference: string;
  readonly subjectKind: FeedbackRow['subject_kind'];
  readonly procedureCode: string | null;
  readonly procedureName: string | null;
  readonly language: string;
  readonly text: string;
  readonly name: string | null;
  readonly phone: string | null;
  readonly submittedAt: string;
}

/** The feedback table, and only it; callers own the transactions. */
export class FeedbackStore {
  private insertStmt: Statement | null = null;

  constructor(private readonly db: Database) {}

  insert(f: NewFeedback): void {
    this.insertStmt ??= this.db.prepare(
      `INSERT INTO feedback (reference, subject_kind, procedure_code, procedure_name, language, text, name, phone, submitted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertStmt.run(f.reference, f.subjectKind, f.procedureCode, f.procedureName, f.language, f.text, f.name, f.phone, f.submittedAt);
  }

  find(reference: string): FeedbackRow | null {
    return oneRow(FeedbackRow, this.db.prepare('SELECT * FROM feedback WHERE reference = ?'), reference) ?? null;
  }

  /** Empties text, name and phone (the retention purge); reference and subject stay. */
  purgePersonal(references: readonly string[], atIso: string): number {
    const stmt = this.db.prepare(
      'UPDATE feedback SET text = NULL, name = NULL, phone = NULL, purged_at = ? WHERE reference = ? AND purged_at IS NULL',
    );
    let n = 0;
    for (const reference of references) n += stmt.run(atIso, reference).changes;
    return n;
  }
}

/** What the citizen sees again on lookup: never the text, name or phone. */
export function feedbackReceiptOf(row: FeedbackRow, state: OutboxState | null): FeedbackReceipt {
  return {
    reference: row.reference,
    subject: row.subject_kind,
    procedureName: row.procedure_name ? (JSON.parse(row.procedure_name) as FeedbackReceipt['procedureName']) : null,
    submittedAt: row.submitted_at,
    anonymous: row.purged_at === null ? row.name === null : null,
    state: localState(state),
  };
}
