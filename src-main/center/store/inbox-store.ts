import type { DossierStep } from '../../api/center/dossier-steps';
import type { InboxItem, InboxQuery } from '../../api/center/office';
import { addDays, instantOf } from '../../api/center-clock';
import type { SqlEngine, SqlValue } from '../db/sql-engine';
import { referenceOf } from './dossier-store';

export interface DossierRow {
  seq: number;
  code: string;
  kiosk_id: string;
  commune_id: string;
  procedure_code: string;
  body: string;
  received_at: string;
  status: DossierStep;
  note: string;
  updated_at: string;
  due_date: string | null;
  delivery_method: 'counter' | 'post';
  tracking: string | null;
  payment: 'unpaid' | 'paid';
}

export interface StepRow {
  step: DossierStep;
  at: string;
  note: string;
  tracking: string | null;
  staff_name: string | null;
}

const COLUMNS =
  'seq, code, kiosk_id, commune_id, procedure_code, body, received_at, status, note, updated_at, due_date, delivery_method, tracking, payment';

/** The body as the kiosk sent it; the center checked its shape on arrival. */
export function bodyOf(row: DossierRow): Record<string, unknown> {
  try {
    return JSON.parse(row.body) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function inboxItemOf(row: DossierRow, withPersonalData: boolean): InboxItem {
  const body = bodyOf(row);
  const applicant = (body.applicant ?? {}) as Record<string, unknown>;
  return {
    code: row.code,
    reference: referenceOf(Number(row.seq), row.received_at),
    communeId: row.commune_id,
    procedureCode: row.procedure_code,
    procedureName: typeof body.procedureName === 'string' ? body.procedureName : '',
    applicantName: withPersonalData && typeof applicant.fullName === 'string' ? applicant.fullName : null,
    receivedAt: row.received_at,
    status: row.status,
    updatedAt: row.updated_at,
    dueDate: row.due_date,
    deliveryMethod: row.delivery_method,
    payment: row.payment,
  };
}

/** The back office's reads of dossiers: the inbox with its filters, and one dossier with its steps. */
export class InboxStore {
  constructor(private readonly db: SqlEngine) {}

  /** `communeId` null: the whole province (admins). `today` is the commune's day, YYYY-MM-DD. */
  async list(communeId: string | null, q: InboxQuery, today: string): Promise<DossierRow[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (sql: string, ...values: SqlValue[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (communeId) add('commune_id = ?', communeId);
    else if (q.commune) add('commune_id = ?', q.commune);
    if (q.status) add('status = ?', q.status);
    if (q.procedure) add('procedure_code = ?', q.procedure);
    // The days are the commune's; received_at is a UTC instant, so a dossier received at 06:00 on
    // 7 December in Viet Nam (23:00 UTC on the 6th) belongs to the 7th.
    if (q.from) add('received_at >= ?', instantOf(q.from, 0).toISOString());
    if (q.to) add('received_at < ?', instantOf(addDays(q.to, 1), 0).toISOString());
    if (q.due === 'overdue') add("due_date < ? AND status NOT IN ('ready', 'delivered')", today);
    if (q.due === 'soon') {
      const soon = addDays(today, 3);
      add("due_date >= ? AND due_date <= ? AND status NOT IN ('ready', 'delivered')", today, soon);
    }
    const sql = `SELECT ${COLUMNS} FROM dossiers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY received_at DESC, seq DESC LIMIT ${q.limit}`;
    return this.db.all<DossierRow>(sql, params);
  }

  async get(code: string): Promise<{ row: DossierRow; steps: StepRow[] } | null> {
    const [row] = await this.db.all<DossierRow>(`SELECT ${COLUMNS} FROM dossiers WHERE code = ?`, [code]);
    if (!row) return null;
    const steps = await this.db.all<StepRow>(
      `SELECT d.step, d.at, d.note, d.tracking, s.display_name AS staff_name FROM dossier_steps d
         LEFT JOIN staff s ON s.id = d.staff_id WHERE d.code = ? ORDER BY d.id`,
      [code],
    );
    return { row, steps };
  }
}
