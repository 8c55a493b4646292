import type { RetryPolicy } from '../../api/backoff';
import { RemoteDossierStatus } from '../../api/channels/dossiers';
import { type CenterEndpoint, centerRequest, type FetchFn, type Timers } from '../outbox/center-client';

export type RemoteStatusAnswer = { readonly reached: false } | { readonly reached: true; readonly status: RemoteDossierStatus | null };

export type RemoteStatusLookup = (endpoint: CenterEndpoint, code: string) => Promise<RemoteStatusAnswer>;

const NO_BACKOFF: RetryPolicy = { baseMs: 0, capMs: 0, maxRetryAfterMs: 0, jitter: 'none' };

/**
 * Asks the center for a dossier's status. A citizen is waiting at the screen, so the timeout is
 * short and any failure just means "show what this kiosk knows". 404 is a real answer: the
 * center does not know the code (yet).
 */
export function remoteStatusLookup(
  deps: Readonly<{ fetch: FetchFn; timers: Timers; nowMs: () => number; timeoutMs?: number }>,
): RemoteStatusLookup {
  return async (endpoint, code) => {
    const outcome = await centerRequest({ fetch: deps.fetch, timers: deps.timers, nowMs: deps.nowMs, backoff: NO_BACKOFF }, endpoint, {
      method: 'GET',
      path: `/api/v1/dossiers/${encodeURIComponent(code)}/status`,
      timeoutMs: deps.timeoutMs ?? 4000,
    });
    if (outcome.kind === 'reject' && outcome.status === 404) return { reached: true, status: null };
    if (outcome.kind !== 'ok') return { reached: false };
    const parsed = RemoteDossierStatus.safeParse(outcome.body);
    return parsed.success ? { reached: true, status: parsed.data } : { reached: false };
  };
}
