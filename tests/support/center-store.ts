import { createHash } from 'node:crypto';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import type { StoredFeedback } from './center-feedback';

export interface StoredDossier {
  readonly code: string;
  readonly kioskId: string;
  readonly body: string;
  readonly receivedAt: string;
  readonly reference: string;
  readonly status: string;
  readonly note: string;
  readonly updatedAt: string;
}

/** The reference center server's own SQLite: what a province back end would keep. */
export class CenterStore {
  readonly db: Database;
  private seq = 0;
  private readonly statements = new Map<string, Statement>();

  /** Prepared once: the benchmark drains thousands of dossiers through these few statements. */
  private sql(text: string): Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  constructor(file: string) {
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS dossiers (
        code TEXT PRIMARY KEY NOT NULL,
        kiosk_id TEXT NOT NULL,
        body TEXT NOT NULL,
        body_hash TEXT NOT NULL,
        received_at TEXT NOT NULL,
        reference TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS event_batches (
        kiosk_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        body_hash TEXT NOT NULL,
        accepted INTEGER NOT NULL,
        PRIMARY KEY (kiosk_id, idempotency_key)
      ) STRICT;
      CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY NOT NULL,
        kiosk_id TEXT NOT NULL,
        type TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS dossier_payments (
        code TEXT PRIMARY KEY NOT NULL REFERENCES dossiers (code),
        state TEXT NOT NULL CHECK (state IN ('unpaid', 'paid'))
      ) STRICT;
      CREATE TABLE IF NOT EXISTS feedback (
        reference TEXT PRIMARY KEY NOT NULL,
        kiosk_id TEXT NOT NULL,
        body TEXT NOT NULL,
        body_hash TEXT NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS requests (
        id INTEGER PRIMARY KEY,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        idempotency_key TEXT,
        status INTEGER NOT NULL,
        fault TEXT NOT NULL
      ) STRICT;
    `);
    this.seq = (this.sql('SELECT COUNT(*) AS n FROM dossiers').get() as { n: number }).n;
  }

  static hash(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }

  dossier(code: string): (StoredDossier & { bodyHash: string }) | null {
    const row = this.sql(
      `SELECT code, kiosk_id AS kioskId, body, body_hash AS bodyHash, received_at AS receivedAt, reference, status, note,
         updated_at AS updatedAt FROM dossiers WHERE code = ?`,
    ).get(code) as (StoredDossier & { bodyHash: string }) | undefined;
    return row ?? null;
  }

  insertDossier(code: string, kioskId: string, body: string, now: string): StoredDossier {
    this.seq += 1;
    const reference = `HS-${now.slice(0, 10).replace(/-/g, '')}-${String(this.seq).padStart(6, '0')}`;
    this.sql(
      `INSERT INTO dossiers (code, kiosk_id, body, body_hash, received_at, reference, status, note, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'received', '', ?)`,
    ).run(code, kioskId, body, CenterStore.hash(body), now, reference, now);
    return this.dossier(code) as StoredDossier;
  }

  setStatus(code: string, status: string, note: string, now: string): boolean {
    return this.sql('UPDATE dossiers SET status = ?, note = ?, updated_at = ? WHERE code = ?').run(status, note, now, code).changes === 1;
  }

  /** Whether the fee was paid, as the province's payment records say; null when it does not say. */
  payment(code: string): 'unpaid' | 'paid' | null {
    const row = this.sql('SELECT state FROM dossier_payments WHERE code = ?').get(code) as { state: 'unpaid' | 'paid' } | undefined;
    return row?.state ?? null;
  }

  setPayment(code: string, state: 'unpaid' | 'paid'): boolean {
    if (!this.dossier(code)) return false;
    this.sql('INSERT INTO dossier_payments (code, state) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET state = excluded.state').run(
      code,
      state,
    );
    return true;
  }

  feedback(reference: string): StoredFeedback | null {
    const row = this.sql(
      `SELECT reference, kiosk_id AS kioskId, body, body_hash AS bodyHash, received_at AS receivedAt, status, note,
         updated_at AS updatedAt FROM feedback WHERE reference = ?`,
    ).get(reference) as StoredFeedback | undefined;
    return row ?? null;
  }

  insertFeedback(reference: string, kioskId: string, body: string, now: string): StoredFeedback {
    this.sql(
      `INSERT INTO feedback (reference, kiosk_id, body, body_hash, received_at, status, note, updated_at)
         VALUES (?, ?, ?, ?, ?, 'received', '', ?)`,
    ).run(reference, kioskId, body, CenterStore.hash(body), now, now);
    return this.feedback(reference) as StoredFeedback;
  }

  /** The center's handling of a feedback: `processing`, `answered` with the answer in `note`… */
  setFeedbackStatus(reference: string, status: string, note: string, now: string): boolean {
    return (
      this.sql('UPDATE feedback SET status = ?, note = ?, updated_at = ? WHERE reference = ?').run(status, note, now, reference).changes ===
      1
    );
  }

  allFeedback(): StoredFeedback[] {
    return this.sql(
      `SELECT reference, kiosk_id AS kioskId, body, body_hash AS bodyHash, received_at AS receivedAt, status, note, updated_at AS updatedAt
         FROM feedback ORDER BY rowid`,
    ).all() as StoredFeedback[];
  }

  allDossiers(): StoredDossier[] {
    return this.sql(
      `SELECT code, kiosk_id AS kioskId, body, received_at AS receivedAt, reference, status, note, updated_at AS updatedAt
         FROM dossiers ORDER BY rowid`,
    ).all() as StoredDossier[];
  }

  batch(kioskId: string, key: string): { bodyHash: string; accepted: number } | null {
    const row = this.sql('SELECT body_hash AS bodyHash, accepted FROM event_batches WHERE kiosk_id = ? AND idempotency_key = ?').get(
      kioskId,
      key,
    ) as { bodyHash: string; accepted: number } | undefined;
    return row ?? null;
  }

  insertBatch(
    kioskId: string,
    key: string,
    bodyHash: string,
    events: readonly { id: string; type: string; occurredAt: string; data: unknown }[],
  ): number {
    const insertEvent = this.sql('INSERT OR IGNORE INTO events (id, kiosk_id, type, occurred_at, data) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const e of events) insertEvent.run(e.id, kioskId, e.type, e.occurredAt, JSON.stringify(e.data));
      this.sql('INSERT INTO event_batches (kiosk_id, idempotency_key, body_hash, accepted) VALUES (?, ?, ?, ?)').run(
        kioskId,
        key,
        bodyHash,
        events.length,
      );
    })();
    return events.length;
  }

  allEvents(): { id: string; kioskId: string; type: string; occurredAt: string; data: unknown }[] {
    return (
      this.sql('SELECT id, kiosk_id AS kioskId, type, occurred_at AS occurredAt, data FROM events ORDER BY rowid').all() as {
        id: string;
        kioskId: string;
        type: string;
        occurredAt: string;
        data: string;
      }[]
    ).map((e) => ({ ...e, data: JSON.parse(e.data) as unknown }));
  }

  logRequest(method: string, path: string, key: string | null, status: number, fault: string): void {
    this.sql('INSERT INTO requests (method, path, idempotency_key, status, fault) VALUES (?, ?, ?, ?, ?)').run(
      method,
      path,
      key,
      status,
      fault,
    );
  }

  requestStats(): { total: number; byStatus: Record<string, number>; faults: Record<string, number> } {
    const total = (this.sql('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n;
    const byStatus: Record<string, number> = {};
    for (const r of this.sql('SELECT status, COUNT(*) AS n FROM requests GROUP BY status').all() as {
      status: number;
      n: number;
    }[]) {
      byStatus[String(r.status)] = r.n;
    }
    const faults: Record<string, number> = {};
    for (const r of this.sql('SELECT fault, COUNT(*) AS n FROM requests GROUP BY fault').all() as { fault: string; n: number }[]) {
      faults[r.fault] = r.n;
    }
    return { total, byStatus, faults };
  }

  close(): void {
    this.db.close();
  }
}
