import { z } from 'zod';
import { isValidDossierCode } from '../../src-main/api/codes';
import { CenterStore } from './center-store';

/**
 * The reference center's side of feedback (docs/feedback.md): `POST /api/v1/feedback` under the
 * reference as Idempotency-Key, and `GET /api/v1/feedback/{reference}` for the citizen's lookup.
 */
export interface StoredFeedback {
  readonly reference: string;
  readonly kioskId: string;
  readonly body: string;
  readonly bodyHash: string;
  readonly receivedAt: string;
  readonly status: string;
  readonly note: string;
  readonly updatedAt: string;
}

const FeedbackBody = z.looseObject({
  reference: z.string(),
  subject: z.looseObject({ kind: z.enum(['procedure', 'service', 'kiosk']) }),
  text: z.string().min(1),
});

export type FeedbackAnswer = { readonly status: number; readonly body: unknown } | null;

/** The answer to a feedback request, or null when the path is not a feedback one. */
export function handleFeedback(
  store: CenterStore,
  request: Readonly<{ method: string; path: string; kioskId: string; key: string | null; bodyText: string; now: string }>,
): FeedbackAnswer {
  const { method, path, kioskId, key, bodyText, now } = request;
  const one = /^\/api\/v1\/feedback\/([^/]+)$/.exec(path);
  if (method === 'GET' && one) {
    const found = store.feedback(decodeURIComponent(one[1] as string));
    if (!found) return { status: 404, body: { error: 'unknown feedback' } };
    return { status: 200, body: { reference: found.reference, status: found.status, updatedAt: found.updatedAt, note: found.note } };
  }
  if (method !== 'POST' || path !== '/api/v1/feedback') return null;
  if (!key) return { status: 400, body: { error: 'Idempotency-Key is required' } };
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { status: 400, body: { error: 'body is not JSON' } };
  }
  const body = FeedbackBody.safeParse(json);
  if (!body.success) return { status: 422, body: { error: 'body is not a feedback' } };
  if (body.data.reference !== key) return { status: 422, body: { error: 'Idempotency-Key must be the reference' } };
  if (!isValidDossierCode(key)) return { status: 422, body: { error: 'not a valid reference' } };
  const existing = store.feedback(key);
  if (existing) {
    if (existing.kioskId !== kioskId) return { status: 409, body: { error: 'this reference was already used by another kiosk' } };
    if (existing.bodyHash !== CenterStore.hash(bodyText))
      return { status: 422, body: { error: 'Idempotency-Key reused with a different body' } };
    return { status: 200, body: { reference: existing.reference, receivedAt: existing.receivedAt } };
  }
  const stored = store.insertFeedback(key, kioskId, bodyText, now);
  return { status: 201, body: { reference: stored.reference, receivedAt: stored.receivedAt } };
}
