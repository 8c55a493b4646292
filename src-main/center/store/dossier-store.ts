import type { CenterStatusAnswer, DossierAck } from '../../api/center/center-wire';
import { canFollow, type DossierStep, type StepEntry } from '../../api/center/dossier-steps';
import { centerDate } from '../../api/center-clock';
import type { SqlEngine } from '../db/sql-engine';
import { repeatOrConflict } from './receive-once';
import type { KioskIdentity, ReceiveOutcome } from './store-types';

export interface IncomingDossier {
  readonly code: string;
  readonly procedureCode: string;
  readonly bodyText: string;
  readonly bodyHash: string;
  readonly dueDate: string | null;
  readonly deliveryMethod: 'counter' | 'post';
}

export interface StepRequest {
  readonly to: DossierStep;
  readonly staffId: string;
  readonly note: string;
  readonly tracking: string | null;
}

export type StepOutcome =
  | { readonly kind: 'done'; readonly status: DossierStep }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-allowed'; readonly from: DossierStep };

interface StatusRow {
  code: string;
  status: DossierStep;
  note: string;
  updated_at: string;
  tracking: string | null;
  payment: 'unpaid' | 'paid';
}

/** `HS-20261206-000042`: the day it arrived and its arrival number, stable on every retry. */
export function referenceOf(seq: number, receivedAt: string): string {
  // The commune's day the dossier arrived, not UTC's (06:30 on 7 December in Viet Nam is the 6th in UTC).
  return `HS-${centerDate(receivedAt).replace(/-/g, '')}-${String(seq).padStart(6, '0')}`;
}

/** Dossiers and their steps. The UNIQUE code is what makes a retry, on any instance, land once. */
export class DossierStore {
  constructor(private readonly db: SqlEngine) {}

  async receive(kiosk: KioskIdentity, d: IncomingDossier, now: Date): Promise<ReceiveOutcome<DossierAck>> {
    const at = now.toISOString();
    // One statement: the trigger of migration 1 writes the 'submitted' step with it.
    const [row] = await this.db.all<{ seq: number }>(
      `INSERT INTO dossiers (code, kiosk_id, commune_id, procedure_code, body, body_hash, received_at, status, note, updated_at,
         due_date, delivery_method, payment)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted', '', ?, ?, ?, 'unpaid') ON CONFLICT (code) DO NOTHING RETURNING seq`,
      [d.code, kiosk.id, kiosk.communeId, d.procedureCode, d.bodyText, d.bodyHash, at, at, d.dueDate, d.deliveryMethod],
    );
    const created = row ? { code: d.code, receivedAt: at, reference: referenceOf(Number(row.seq), at) } : null;
    if (created) return { kind: 'created', answer: created };
    const [existing] = await this.db.all<{ seq: number; kiosk_id: string; body_hash: string; received_at: string }>(
      'SELECT seq, kiosk_id, body_hash, received_at FROM dossiers WHERE code = ?',
      [d.code],
    );
    return repeatOrConflict(existing, kiosk.id, d.bodyHash, (e) => ({
      code: d.code,
      receivedAt: e.received_at,
      reference: referenceOf(Number(e.seq), e.received_at),
    }));
  }

  /**
   * The hot path of a province: authenticates the kiosk and stores its dossier in ONE statement
   * (one round trip), when the token is live, belongs to `kioskId` and the code is new. Null
   * otherwise, and the caller takes the slow path that says why (401, 403, a repeat, a conflict).
   */
  async receiveWithToken(tokenHash: string, kioskId: string, d: IncomingDossier, now: Date): Promise<DossierAck | null> {
    const at = now.toISOString();
    const [row] = await this.db.all<{ seq: number }>(
      `INSERT INTO dossiers (code, kiosk_id, commune_id, procedure_code, body, body_hash, received_at, status, note, updated_at,
         due_date, delivery_method, payment)
       SELECT ?, k.id, k.commune_id, ?, ?, ?, ?, 'submitted', '', ?, ?, ?, 'unpaid' FROM kiosks k
       WHERE k.token_hash = ? AND k.id = ? AND k.revoked_at IS NULL
       ON CONFLICT (code) DO NOTHING RETURNING seq`,
      [d.code, d.procedureCode, d.bodyText, d.bodyHash, at, at, d.dueDate, d.deliveryMethod, tokenHash, kioskId],
    );
    return row ? { code: d.code, receivedAt: at, reference: referenceOf(Number(row.seq), at) } : null;
  }

  async history(code: string): Promise<StepEntry[]> {
    return this.db.all<StepEntry>('SELECT step, at, note, tracking FROM dossier_steps WHERE code = ? ORDER BY id', [code]);
  }

  /** What the kiosk's status lookup shows: no personal data, only steps, notes, fee and tracking. */
  async status(code: string): Promise<CenterStatusAnswer | null> {
    const [row] = await this.db.all<StatusRow>('SELECT code, status, note, updated_at, tracking, payment FROM dossiers WHERE code = ?', [
      code,
    ]);
    if (!row) return null;
    return {
      code: row.code,
      status: row.status,
      updatedAt: row.updated_at,
      note: row.note,
      history: await this.history(code),
      payment: row.payment,
      tracking: row.tracking,
    };
  }

  /**
   * Moves a dossier one step on. The UPDATE names the step it moves from, so two clerks (or two
   * center processes) pressing at once move it once; the loser is told where it now stands.
   */
  async step(code: string, req: StepRequest, now: Date): Promise<StepOutcome> {
    const at = now.toISOString();
    return this.db.transaction(async (tx) => {
      const [row] = await tx.all<{ status: DossierStep; tracking: string | null }>('SELECT status, tracking FROM dossiers WHERE code = ?', [
        code,
      ]);
      if (!row) return { kind: 'not-found' } as const;
      if (!canFollow(row.status, req.to)) return { kind: 'not-allowed', from: row.status } as const;
      const tracking = req.tracking ?? row.tracking;
      const moved = await tx.run('UPDATE dossiers SET status = ?, note = ?, updated_at = ?, tracking = ? WHERE code = ? AND status = ?', [
        req.to,
        req.note,
        at,
        tracking,
        code,
        row.status,
      ]);
      if (moved === 0) {
        const [now] = await tx.all<{ status: DossierStep }>('SELECT status FROM dossiers WHERE code = ?', [code]);
        return { kind: 'not-allowed', from: now?.status ?? row.status } as const;
      }
      await tx.run('INSERT INTO dossier_steps (code, step, note, tracking, staff_id, at) VALUES (?, ?, ?, ?, ?, ?)', [
        code,
        req.to,
        req.note,
        req.tracking,
        req.staffId,
        at,
      ]);
      return { kind: 'done', status: req.to } as const;
    });
  }

  /** Records the fee as paid (at the counter, or seen on the bank statement); true when it changed. */
  async markPaid(code: string, now: Date): Promise<boolean> {
    return (
      (await this.db.run("UPDATE dossiers SET payment = 'paid', updated_at = ? WHERE code = ? AND payment = 'unpaid'", [
        now.toISOString(),
        code,
      ])) === 1
    );
  }

  async count(): Promise<number> {
    const [row] = await this.db.all<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM dossiers');
    return Number(row?.n ?? 0);
  }

  /** Codes that occur more than once: always none, by the UNIQUE constraint; the fault test checks it anyway. */
  async duplicateCodes(): Promise<number> {
    const [row] = await this.db.all<{ n: number }>(
      'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (SELECT code FROM dossiers GROUP BY code HAVING COUNT(*) > 1) d',
    );
    return Number(row?.n ?? 0);
  }
}
