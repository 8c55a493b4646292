import type { ReceiveOutcome } from './store-types';

/**
 * After `INSERT … ON CONFLICT DO NOTHING` found the key taken: the same kiosk with the same bytes
 * is a retry (answered as the first time), anything else a conflict.
 */
export function repeatOrConflict<R extends Readonly<{ kiosk_id: string; body_hash: string }>, T>(
  existing: R | undefined,
  kioskId: string,
  bodyHash: string,
  answer: (stored: R) => T,
): ReceiveOutcome<T> {
  if (!existing) throw new Error('the stored row vanished between insert and read');
  if (existing.kiosk_id !== kioskId) return { kind: 'conflict', reason: 'other-kiosk' };
  if (existing.body_hash !== bodyHash) return { kind: 'conflict', reason: 'other-body' };
  return { kind: 'repeat', answer: answer(existing) };
}
