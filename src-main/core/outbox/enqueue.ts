import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import { ApiError } from '../../api/errors';
import type { Database } from '../db/open-database';
import type { OutboxKind } from './outbox-types';
import { notifyEnqueued } from './outbox-wake';

/** Largest event body we accept; events are small facts, not documents. */
const MAX_EVENT_BYTES = 16 * 1024;

/**
 * One fact for the center server (a ticket issued or called, a satisfaction rating). `type` is
 * dotted lower case (`ticket.issued`, `rating.submitted`); `data` must be plain JSON without
 * personal data.
 */
export const OutboxEventInput = z.object({
  type: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9]*(\.[a-z][a-zA-Z0-9-]*)+$/, 'dotted lower-case name such as ticket.issued'),
  occurredAt: z.iso.datetime({ offset: true }),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type OutboxEventInput = z.input<typeof OutboxEventInput>;

/** How an event travels inside a batch body `{"events":[…]}` to `POST /api/v1/events`. */
export interface OutboxEventBody {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

const inserts = new WeakMap<Database, Statement>();

function insert(db: Database, kind: OutboxKind, key: string, payload: string, createdAt: string): number {
  let stmt = inserts.get(db);
  if (!stmt) {
    stmt = db.prepare(
      `INSERT INTO outbox (kind, idempotency_key, payload, state, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, 'pending', 0, ?, ?)`,
    );
    inserts.set(db, stmt);
  }
  const info = stmt.run(kind, key, payload, createdAt, createdAt);
  notifyEnqueued(db);
  return Number(info.lastInsertRowid);
}

/**
 * Queues an event for the center server. Call it INSIDE your own `db.transaction(...)`: the event
 * is stored if and only if your change is. Throws `bad-request` (rolling your transaction back)
 * when the event is malformed.
 */
export function enqueueEvent(db: Database, input: OutboxEventInput): { id: string } {
  const parsed = OutboxEventInput.safeParse(input);
  if (!parsed.success) {
    throw new ApiError('bad-request', `event: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const id = randomUUID();
  const body: OutboxEventBody = { id, ...parsed.data };
  let payload: string;
  try {
    payload = JSON.stringify(body);
  } catch {
    throw new ApiError('bad-request', 'event: data is not plain JSON');
  }
  if (Buffer.byteLength(payload) > MAX_EVENT_BYTES) throw new ApiError('bad-request', `event: larger than ${MAX_EVENT_BYTES} bytes`);
  insert(db, 'event', id, payload, parsed.data.occurredAt);
  return { id };
}

/**
 * Queues a dossier under its code (the Idempotency-Key). The dossiers feature calls this in the
 * same transaction that stores the dossier row; `body` is sent as is on every attempt.
 */
export function enqueueDossier(db: Database, input: Readonly<{ code: string; body: unknown; submittedAt: string }>): number {
  return insert(db, 'dossier', input.code, JSON.stringify(input.body), input.submittedAt);
}

/** Queues a feedback under its reference (the Idempotency-Key), in the transaction that stores it. */
export function enqueueFeedback(db: Database, input: Readonly<{ reference: string; body: unknown; submittedAt: string }>): number {
  return insert(db, 'feedback', input.reference, JSON.stringify(input.body), input.submittedAt);
}
