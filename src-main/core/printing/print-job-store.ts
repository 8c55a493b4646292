import { z } from 'zod';
import { type PrintJobChange, PrintJobOwner, PrintJobReason, PrintJobState } from '../../api/channels/printing';
import type { PrintDocument } from '../../hardware/devices';
import type { Database } from '../db/open-database';
import { allRows, oneRow } from '../db/rows';

const Row = z.object({
  id: z.string(),
  owner_kind: PrintJobOwner,
  owner_ref: z.string().nullable(),
  title: z.string(),
  document: z.string(),
  state: PrintJobState,
  reason: PrintJobReason.nullable(),
  sent: z.number().int(),
  attempts: z.number().int(),
  next_attempt_at: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});
type Row = z.infer<typeof Row>;
const Count = z.object({ n: z.number().int() });

export interface StoredJob extends PrintJobChange {
  readonly doc: PrintDocument | null;
  readonly nextAttemptAt: number;
}

function toJob(r: Row): StoredJob {
  return {
    id: r.id,
    owner: r.owner_kind,
    ref: r.owner_ref,
    title: r.title,
    state: r.state,
    reason: r.reason,
    sent: r.sent === 1,
    attempts: r.attempts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    nextAttemptAt: r.next_attempt_at,
    doc: r.document ? (JSON.parse(r.document) as PrintDocument) : null,
  };
}

/** The print_jobs table, and only it. Every change of a job's state goes through here. */
export class PrintJobStore {
  constructor(private readonly db: Database) {}

  /** A new waiting job; `reason` when it queues behind a job the printer refused (it waits for the same thing). */
  insert(
    job: Readonly<{
      id: string;
      owner: PrintJobChange['owner'];
      ref: string | null;
      doc: PrintDocument;
      reason: PrintJobReason | null;
      at: string;
    }>,
  ): void {
    this.db
      .prepare(
        `INSERT INTO print_jobs (id, owner_kind, owner_ref, title, document, state, reason, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)`,
      )
      .run(job.id, job.owner, job.ref, job.doc.title, JSON.stringify(job.doc), job.reason, job.at, job.at);
  }

  /** Every waiting job now waits for the same reason as the head the printer refused; returns the ids that changed. */
  noteWaiting(reason: PrintJobReason, at: string): string[] {
    const ids = allRows(
      z.object({ id: z.string() }),
      this.db.prepare(`SELECT id FROM print_jobs WHERE state = 'queued' AND (reason IS NULL OR reason <> ?)`),
      reason,
    ).map((r) => r.id);
    const stmt = this.db.prepare('UPDATE print_jobs SET reason = ?, updated_at = ? WHERE id = ?');
    for (const id of ids) stmt.run(reason, at, id);
    return ids;
  }

  get(id: string): StoredJob | null {
    const row = oneRow(Row, this.db.prepare('SELECT * FROM print_jobs WHERE id = ?'), id);
    return row ? toJob(row) : null;
  }

  /** The oldest job waiting, due or not (jobs print in order: a later one never overtakes it). */
  head(): StoredJob | null {
    const row = oneRow(Row, this.db.prepare(`SELECT * FROM print_jobs WHERE state = 'queued' ORDER BY seq LIMIT 1`));
    return row ? toJob(row) : null;
  }

  /** Takes a queued job for sending; false when another process (or an earlier call) took it first. */
  claim(id: string, at: string): boolean {
    return (
      this.db.prepare(`UPDATE print_jobs SET state = 'printing', updated_at = ? WHERE id = ? AND state = 'queued'`).run(at, id).changes ===
      1
    );
  }

  /** Recorded before the job's first byte leaves: from now on it may print, so it is never resent. */
  markSent(id: string, at: string): void {
    this.db.prepare('UPDATE print_jobs SET sent = 1, updated_at = ? WHERE id = ?').run(at, id);
  }

  /** Back in the queue after a failure that sent nothing, due again at `nextAttemptAt` (epoch ms). */
  requeue(id: string, reason: PrintJobReason, nextAttemptAt: number, at: string): void {
    this.db
      .prepare(
        `UPDATE print_jobs SET state = 'queued', reason = ?, attempts = attempts + 1, next_attempt_at = ?, updated_at = ? WHERE id = ?`,
      )
      .run(reason, nextAttemptAt, at, id);
  }

  /** Ends a job. Its document is emptied: nothing is kept that will not be printed. */
  end(id: string, state: 'printed' | 'failed', reason: PrintJobReason | null, at: string): void {
    this.db
      .prepare(
        `UPDATE print_jobs SET state = ?, reason = ?, document = '', attempts = attempts + 1, next_attempt_at = 0, updated_at = ? WHERE id = ?`,
      )
      .run(state, reason, at, id);
  }

  /** Every waiting job due now: the printer just came back, so a backoff helps nobody. */
  makeAllDue(): number {
    return this.db.prepare(`UPDATE print_jobs SET next_attempt_at = 0 WHERE state = 'queued' AND next_attempt_at > 0`).run().changes;
  }

  /** Jobs left `printing` by a process that stopped before `before` (another live process's job is newer). */
  interrupted(before: string): StoredJob[] {
    return allRows(Row, this.db.prepare(`SELECT * FROM print_jobs WHERE state = 'printing' AND updated_at < ? ORDER BY seq`), before).map(
      toJob,
    );
  }

  /** How many jobs are `printing` with a change at or after `since`. */
  printingSince(since: string): number {
    return (
      oneRow(Count, this.db.prepare(`SELECT COUNT(*) AS n FROM print_jobs WHERE state = 'printing' AND updated_at >= ?`), since)?.n ?? 0
    );
  }

  /** Waiting jobs of one owner (a ticket about to be reprinted). */
  queuedFor(owner: PrintJobChange['owner'], ref: string): StoredJob[] {
    return allRows(
      Row,
      this.db.prepare(`SELECT * FROM print_jobs WHERE state = 'queued' AND owner_kind = ? AND owner_ref = ? ORDER BY seq`),
      owner,
      ref,
    ).map(toJob);
  }

  /** Whether a later job of the same owner exists (a reprint asked while this one was being tried). */
  replaced(id: string): boolean {
    const later = oneRow(
      Count,
      this.db.prepare(
        `SELECT COUNT(*) AS n FROM print_jobs later JOIN print_jobs this ON this.id = ?
         WHERE later.owner_kind = this.owner_kind AND later.owner_ref = this.owner_ref AND later.seq > this.seq`,
      ),
      id,
    );
    return (later?.n ?? 0) > 0;
  }

  /** Jobs still waiting or printing, and those that ended since `since`, newest first. */
  recent(since: string, limit = 100): StoredJob[] {
    return allRows(
      Row,
      this.db.prepare(`SELECT * FROM print_jobs WHERE state IN ('queued', 'printing') OR updated_at >= ? ORDER BY seq DESC LIMIT ?`),
      since,
      limit,
    ).map(toJob);
  }

  /** Ended jobs older than `before` are forgotten. */
  forgetEnded(before: string): number {
    return this.db.prepare(`DELETE FROM print_jobs WHERE state IN ('printed', 'failed') AND updated_at < ?`).run(before).changes;
  }
}
