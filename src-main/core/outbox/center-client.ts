import { parseRetryAfter, type RetryPolicy } from '../../api/backoff';
import { errorMessage } from '../../api/error-message';

/** Timers as a dependency so tests decide when a request times out. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type { FetchFn } from '../system/fetch-fn';

import type { Clock } from '../../api/center-clock';
import type { FetchFn } from '../system/fetch-fn';

/** Where the center server is and who we are to it (config `server.url`, `server.token`, kiosk id). */
export interface CenterEndpoint {
  readonly url: string;
  readonly token: string;
  readonly kioskId: string;
}

export type CenterOutcome =
  | { readonly kind: 'ok'; readonly status: number; readonly body: unknown; readonly text: string }
  /** Try again later. `link` says the server or the link is the problem, not this item. */
  | {
      readonly kind: 'retry';
      readonly reason: string;
      readonly status: number | null;
      readonly retryAfterMs: number | null;
      readonly link: boolean;
    }
  /** The server refused this item for good (a 4xx other than 408/429): a technician must look. */
  | { readonly kind: 'reject'; readonly reason: string; readonly status: number };

/** Statuses that say "the server or the way to it is unwell", so the whole queue waits. */
const LINK_STATUSES = new Set([408, 429, 502, 503, 504]);

export function endpointUrl(base: string, path: string): string {
  return new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).toString();
}

function shortText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

/** Why fetch failed, in a technician's words (undici hides the socket error in `cause`). */
function networkReason(err: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timeout: no answer within ${timeoutMs} ms`;
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const message = errorMessage(err);
  return `network: ${code ?? message}`;
}

/**
 * One HTTP exchange with the center server, classified per the contract in DESIGN.md: 2xx ok;
 * 408, 429, 5xx, timeouts and network errors retry; any other status is a permanent refusal.
 * Never throws.
 */
export async function centerRequest(
  deps: Readonly<{ fetch: FetchFn; timers: Timers; clock: Clock; backoff: RetryPolicy }>,
  endpoint: CenterEndpoint,
  request: Readonly<{ method: 'GET' | 'POST'; path: string; body?: string; idempotencyKey?: string; timeoutMs: number }>,
): Promise<CenterOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = deps.timers.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Kiosk-Id': endpoint.kioskId };
  if (endpoint.token) headers.Authorization = `Bearer ${endpoint.token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
  try {
    const res = await deps.fetch(endpointUrl(endpoint.url, request.path), {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: controller.signal,
      // A redirect would turn our POST into a GET somewhere else: report it instead.
      redirect: 'manual',
    });
    const text = await res.text();
    if (res.status >= 200 && res.status < 300) {
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // The server said yes but we cannot read the answer; the same key again is safe.
        return {
          kind: 'retry',
          reason: `HTTP ${res.status} with an answer that is not JSON`,
          status: res.status,
          retryAfterMs: null,
          link: false,
        };
      }
      return { kind: 'ok', status: res.status, body, text };
    }
    const detail = shortText(text);
    const reason = `HTTP ${res.status}${detail ? `: ${detail}` : ''}`;
    if (res.status === 408 || res.status === 429 || res.status >= 500) {
      const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), deps.clock.now().getTime(), deps.backoff.maxRetryAfterMs);
      return { kind: 'retry', reason, status: res.status, retryAfterMs, link: LINK_STATUSES.has(res.status) || retryAfterMs !== null };
    }
    if (res.status >= 300 && res.status < 400) {
      return {
        kind: 'reject',
        reason: `HTTP ${res.status}: redirected to ${res.headers.get('location') ?? '?'}; check server.url`,
        status: res.status,
      };
    }
    return { kind: 'reject', reason, status: res.status };
  } catch (err) {
    return { kind: 'retry', reason: networkReason(err, timedOut, request.timeoutMs), status: null, retryAfterMs: null, link: true };
  } finally {
    deps.timers.clearTimeout(timer);
  }
}
