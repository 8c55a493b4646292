import { z } from 'zod';

/** What the outbox carries and the states an item goes through. */
export const OutboxKind = z.enum(['dossier', 'event', 'feedback']);
export type OutboxKind = z.infer<typeof OutboxKind>;
export const OutboxState = z.enum(['pending', 'sending', 'sent', 'failed']);
export type OutboxState = z.infer<typeof OutboxState>;

export interface OutboxItem {
  readonly id: number;
  readonly kind: OutboxKind;
  readonly idempotencyKey: string;
  /** The JSON text sent as is on every attempt (null only once a sent item is purged). */
  readonly payload: string | null;
  readonly state: OutboxState;
  readonly attempts: number;
  /** Epoch ms; 0 means due at once. */
  readonly nextAttemptAt: number;
  readonly batchKey: string | null;
  readonly solo: boolean;
  readonly lastError: string | null;
  readonly lastStatus: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
}

export interface OutboxCounts {
  readonly pending: number;
  readonly sending: number;
  readonly sent: number;
  readonly failed: number;
}

/** An outbox row as stored (migrations 0003, 0008). */
export const OutboxRow = z.object({
  id: z.number().int(),
  kind: OutboxKind,
  idempotency_key: z.string(),
  payload: z.string().nullable(),
  state: OutboxState,
  attempts: z.number().int(),
  next_attempt_at: z.number(),
  batch_key: z.string().nullable(),
  solo: z.number().int(),
  last_error: z.string().nullable(),
  last_status: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  sent_at: z.string().nullable(),
});
export type OutboxRow = z.infer<typeof OutboxRow>;

export function toItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    kind: row.kind,
    idempotencyKey: row.idempotency_key,
    payload: row.payload,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    batchKey: row.batch_key,
    solo: row.solo === 1,
    lastError: row.last_error,
    lastStatus: row.last_status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

/**
 * The payload of a failed dossier whose personal data the retention purge removed: the table
 * keeps `payload` NOT NULL for rows that were never sent, so an empty string marks it instead.
 */
export const PURGED_PAYLOAD = '';
