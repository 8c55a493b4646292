import type { CenterFeedbackStatus, FeedbackAck, FeedbackStatus } from '../../api/center/center-wire';
import type { SqlEngine, SqlValue } from '../db/sql-engine';
import { repeatOrConflict } from './receive-once';
import type { KioskIdentity, ReceiveOutcome } from './store-types';

export interface IncomingFeedback {
  readonly reference: string;
  readonly subjectKind: 'procedure' | 'service' | 'kiosk';
  readonly procedureCode: string | null;
  readonly bodyText: string;
  readonly bodyHash: string;
}

export interface FeedbackRow {
  reference: string;
  kiosk_id: string;
  commune_id: string;
  commune_name: string;
  subject_kind: 'procedure' | 'service' | 'kiosk';
  procedure_code: string | null;
  body: string;
  received_at: string;
  status: FeedbackStatus;
  note: string;
  updated_at: string;
  answered_by_name: string | null;
}

const COLUMNS = `f.reference, f.kiosk_id, f.commune_id, c.name AS commune_name, f.subject_kind, f.procedure_code, f.body, f.received_at,
  f.status, f.note, f.updated_at, s.display_name AS answered_by_name
  FROM feedback f JOIN communes c ON c.id = f.commune_id LEFT JOIN staff s ON s.id = f.answered_by`;

/** Citizens' feedback: received once per reference (the UNIQUE constraint), read and answered by its commune. */
export class FeedbackStore {
  constructor(private readonly db: SqlEngine) {}

  async receive(kiosk: KioskIdentity, f: IncomingFeedback, now: Date): Promise<ReceiveOutcome<FeedbackAck>> {
    const at = now.toISOString();
    const [row] = await this.db.all<{ reference: string }>(
      `INSERT INTO feedback (reference, kiosk_id, commune_id, subject_kind, procedure_code, body, body_hash, received_at, status, note,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', '', ?) ON CONFLICT (reference) DO NOTHING RETURNING reference`,
      [f.reference, kiosk.id, kiosk.communeId, f.subjectKind, f.procedureCode, f.bodyText, f.bodyHash, at, at],
    );
    if (row) return { kind: 'created', answer: { reference: f.reference, receivedAt: at } };
    const [existing] = await this.db.all<{ kiosk_id: string; body_hash: string; received_at: string }>(
      'SELECT kiosk_id, body_hash, received_at FROM feedback WHERE reference = ?',
      [f.reference],
    );
    return repeatOrConflict(existing, kiosk.id, f.bodyHash, (e) => ({ reference: f.reference, receivedAt: e.received_at }));
  }

  /** What the kiosk's lookup shows: where it stands and the answer, nothing the citizen wrote. */
  async status(reference: string): Promise<CenterFeedbackStatus | null> {
    const [row] = await this.db.all<{ reference: string; status: FeedbackStatus; updated_at: string; note: string }>(
      'SELECT reference, status, updated_at, note FROM feedback WHERE reference = ?',
      [reference],
    );
    return row ? { reference: row.reference, status: row.status, updatedAt: row.updated_at, note: row.note } : null;
  }

  /** Newest first; `communeId` null is the whole province. */
  async list(communeId: string | null, status: FeedbackStatus | null, limit: number): Promise<FeedbackRow[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (communeId) {
      where.push('f.commune_id = ?');
      params.push(communeId);
    }
    if (status) {
      where.push('f.status = ?');
      params.push(status);
    }
    return this.db.all<FeedbackRow>(
      `SELECT ${COLUMNS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.received_at DESC, f.seq DESC LIMIT ${Math.trunc(limit)}`,
      params,
    );
  }

  async get(reference: string): Promise<FeedbackRow | null> {
    const [row] = await this.db.all<FeedbackRow>(`SELECT ${COLUMNS} WHERE f.reference = ?`, [reference]);
    return row ?? null;
  }

  /** The commune's answer; the citizen reads `note` at the kiosk. */
  async answer(reference: string, status: FeedbackStatus, note: string, staffId: string, now: Date): Promise<boolean> {
    const changed = await this.db.run('UPDATE feedback SET status = ?, note = ?, answered_by = ?, updated_at = ? WHERE reference = ?', [
      status,
      note,
      staffId,
      now.toISOString(),
      reference,
    ]);
    return changed === 1;
  }
}
