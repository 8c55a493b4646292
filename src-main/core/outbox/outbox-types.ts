/** What the outbox carries and the states an item goes through. */
export type OutboxKind = 'dossier' | 'event' | 'feedback';
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

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

export interface OutboxRow {
  id: number;
  kind: OutboxKind;
  idempotency_key: string;
  payload: string | null;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  batch_key: string | null;
  solo: number;
  last_error: string | null;
  last_status: number | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

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
