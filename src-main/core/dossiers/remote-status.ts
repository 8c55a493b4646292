import type { z } from 'zod';
import type { RetryPolicy } from '../../api/backoff';
import type { Clock } from '../../api/center-clock';
import { RemoteDossierStatus } from '../../api/channels/dossiers';
import { type CenterEndpoint, centerRequest, type FetchFn, type Timers } from '../outbox/center-client';

export type RemoteAnswer<T> = { readonly reached: false } | { readonly reached: true; readonly status: T | null };
export type RemoteStatusAnswer = RemoteAnswer<RemoteDossierStatus>;

export type RemoteStatusLookup = (endpoint: CenterEndpoint, code: string) => Promise<RemoteStatusAnswer>;

export type CenterLookupDeps = Readonly<{ fetch: FetchFn; timers: Timers; clock: Clock; timeoutMs?: number }>;

const NO_BACKOFF: RetryPolicy = { baseMs: 0, capMs: 0, maxRetryAfterMs: 0, jitter: 'none' };

/**
 * Asks the center about one thing a citizen is waiting for at the screen (a dossier's status, a
 * feedback's answer). The timeout is short and any failure just means "show what this kiosk
 * knows". 404 is a real answer: the center does not know the code (yet).
 */
export function centerLookup<S extends z.ZodType>(deps: CenterLookupDeps, schema: S, path: (code: string) => string) {
  return async (endpoint: CenterEndpoint, code: string): Promise<RemoteAnswer<z.output<S>>> => {
    const outcome = await centerRequest({ fetch: deps.fetch, timers: deps.timers, clock: deps.clock, backoff: NO_BACKOFF }, endpoint, {
      method: 'GET',
      path: path(encodeURIComponent(code)),
      timeoutMs: deps.timeoutMs ?? 4000,
    });
    if (outcome.kind === 'reject' && outcome.status === 404) return { reached: true, status: null };
    if (outcome.kind !== 'ok') return { reached: false };
    const parsed = schema.safeParse(outcome.body);
    return parsed.success ? { reached: true, status: parsed.data } : { reached: false };
  };
}

/** `GET /api/v1/dossiers/{code}/status`. */
export function remoteStatusLookup(deps: CenterLookupDeps): RemoteStatusLookup {
  return centerLookup(deps, RemoteDossierStatus, (code) => `/api/v1/dossiers/${code}/status`);
}
