import type { ServerCheck } from '../../api/channels/config';
import type { FetchFn } from '../system/fetch-fn';

export interface ServerCheckInput {
  readonly url: string;
  readonly token: string;
  readonly kioskId: string;
  readonly fetch: FetchFn;
  readonly timeoutMs?: number;
  /** Monotonic milliseconds, for latency that a clock change cannot bend. */
  readonly monotonic?: () => number;
}

/** Whether two addresses share scheme, host and port; an empty or malformed one matches nothing. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return a.trim() !== '' && new URL(a.trim()).origin === new URL(b.trim()).origin;
  } catch {
    return false;
  }
}

export function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text.trim()).protocol);
  } catch {
    return false;
  }
}

/** The answer to testing another server without typing its token: nothing was sent. */
export function tokenNeeded(url: string): ServerCheck {
  return {
    outcome: 'token-needed',
    status: null,
    latencyMs: null,
    detail: 'the stored token is sent only to the stored server; type the token to test this address',
    url: url.trim(),
  };
}

/**
 * One timed `GET /api/v1/health` with the kiosk's credentials, as the center server contract
 * defines it. Every failure comes back as an outcome the technician screen can explain; it
 * never throws.
 */
export async function checkCenterServer(input: ServerCheckInput): Promise<ServerCheck> {
  const base = input.url.trim();
  const result = (outcome: ServerCheck['outcome'], detail: string, status: number | null = null, latencyMs: number | null = null) => ({
    outcome,
    status,
    latencyMs,
    detail,
    url: base,
  });
  if (!base) return result('not-configured', 'no server address');
  let target: URL;
  try {
    target = new URL('api/v1/health', base.endsWith('/') ? base : `${base}/`);
  } catch {
    return result('not-configured', 'the server address is not a URL');
  }
  const now = input.monotonic ?? (() => performance.now());
  const started = now();
  const elapsed = () => Math.round((now() - started) * 10) / 10;
  try {
    const res = await input.fetch(target.toString(), {
      headers: { Authorization: `Bearer ${input.token}`, 'X-Kiosk-Id': input.kioskId, Accept: 'application/json' },
      signal: AbortSignal.timeout(input.timeoutMs ?? 10_000),
      redirect: 'error',
    });
    const latency = elapsed();
    if (res.status === 401 || res.status === 403) return result('unauthorized', `HTTP ${res.status}: token refused`, res.status, latency);
    if (!res.ok) return result('http-error', `HTTP ${res.status}`, res.status, latency);
    const body = (await res.text()).slice(0, 4096);
    let status: unknown;
    try {
      status = (JSON.parse(body) as { status?: unknown }).status;
    } catch {
      status = undefined;
    }
    if (status !== 'ok') return result('bad-response', 'the answer is not {"status":"ok"}', res.status, latency);
    return result('ok', `HTTP ${res.status}`, res.status, latency);
  } catch (err) {
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return result('timeout', `no answer in ${input.timeoutMs ?? 10_000} ms`);
    return result('network', e.cause?.code ?? e.cause?.message ?? e.message ?? 'network error');
  }
}
