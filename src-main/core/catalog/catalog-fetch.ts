import { parseRetryAfter } from '../../api/backoff';
import { type Clock, systemClock } from '../../api/center-clock';
import { MAX_CATALOG_BYTES } from '../../api/channels/catalog';
import { errorMessage } from '../../api/error-message';
import { formatIssue } from './catalog-parse';
import type { CatalogService } from './catalog-service';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CatalogFetchDeps {
  readonly fetch: FetchLike;
  readonly serverUrl: string;
  readonly token: string;
  readonly kioskId: string;
  readonly timeoutMs?: number;
  readonly clock?: Clock;
}

export type CatalogFetchResult =
  | { readonly outcome: 'updated' | 'not-modified' | 'not-configured'; readonly message: string | null }
  /** `retryable`: a network error, timeout, 408, 429 or 5xx, worth trying again soon. */
  | { readonly outcome: 'failed'; readonly message: string; readonly retryable: boolean; readonly retryAfterMs?: number };

class BodyTooLarge extends Error {}

/** Reads a response body, stopping as soon as it passes the limit (a 50 MB answer never fills memory). */
async function readLimited(res: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(`body of ${declared} bytes is over the ${limit} byte limit`);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new BodyTooLarge(`body is over the ${limit} byte limit`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A center asking for a longer pause than this is not believed (the refresher caps it further). */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

export function catalogUrl(serverUrl: string): string {
  return new URL('api/v1/catalog', serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`).toString();
}

/**
 * One conditional GET of the center's catalog (`If-None-Match`). A valid new catalog is swapped in;
 * anything else (unreachable, an error status, garbage) leaves the active catalog as it is.
 */
export async function fetchCatalogOnce(catalog: CatalogService, deps: CatalogFetchDeps): Promise<CatalogFetchResult> {
  const result = await attempt(catalog, deps);
  catalog.recordSync(result.outcome, result.outcome === 'failed' ? result.message : null);
  return result;
}

async function attempt(catalog: CatalogService, deps: CatalogFetchDeps): Promise<CatalogFetchResult> {
  if (!deps.serverUrl) return { outcome: 'not-configured', message: 'server.url is not set' };
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Kiosk-Id': deps.kioskId };
  if (deps.token) headers.Authorization = `Bearer ${deps.token}`;
  const etag = catalog.etag();
  if (etag) headers['If-None-Match'] = etag;
  let res: Response;
  try {
    res = await deps.fetch(catalogUrl(deps.serverUrl), { headers, signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000) });
  } catch (err) {
    const reason = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : errorMessage(err);
    return { outcome: 'failed', message: `center server unreachable: ${reason}`, retryable: true };
  }
  if (res.status === 304) {
    await res.body?.cancel();
    return { outcome: 'not-modified', message: null };
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
    const after = parseRetryAfter(res.headers.get('retry-after'), (deps.clock ?? systemClock).now().getTime(), MAX_RETRY_AFTER_MS);
    return {
      outcome: 'failed',
      message: `center server answered HTTP ${res.status}`,
      retryable,
      ...(after !== null ? { retryAfterMs: after } : {}),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(res, MAX_CATALOG_BYTES);
  } catch (err) {
    const message = err instanceof BodyTooLarge ? err.message : `reading the body failed: ${errorMessage(err)}`;
    return { outcome: 'failed', message: `catalog from the center server refused: ${message}`, retryable: !(err instanceof BodyTooLarge) };
  }
  const imported = catalog.importBytes(bytes, 'server', res.headers.get('etag'));
  if (!imported.ok) {
    const shown = imported.issues.slice(0, 3).map(formatIssue).join('; ');
    return { outcome: 'failed', message: `catalog from the center server refused: ${shown}`, retryable: false };
  }
  return imported.changed ? { outcome: 'updated', message: null } : { outcome: 'not-modified', message: null };
}
