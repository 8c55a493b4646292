import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src-main/api/center-clock';
import { fetchCatalogOnce } from '../../../src-main/core/catalog/catalog-fetch';
import { CatalogRefresher } from '../../../src-main/core/catalog/catalog-refresher';
import { CatalogService } from '../../../src-main/core/catalog/catalog-service';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { tempDir } from '../../support/test-kiosk';
import { BUNDLED_CATALOG_FILE, bundledCatalogJson, bytesOf, smallCatalog } from '../../unit/catalog/catalog-fixtures';

const BUNDLED_VERSION = bundledCatalogJson().version;

/** A center server on 127.0.0.1 whose next answer each test sets. */
interface Answer {
  status: number;
  body?: Uint8Array | string;
  headers?: Record<string, string>;
}

describe('catalog updates from the center server (real HTTP on 127.0.0.1)', () => {
  let server: Server;
  let url: string;
  let answer: Answer;
  let requests: IncomingHttpHeaders[];
  let dir: { path: string; remove(): void };
  let db: Database;
  let catalog: CatalogService;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.headers);
      if (req.url !== '/api/v1/catalog') {
        res.writeHead(404).end();
        return;
      }
      if (answer.headers?.etag && req.headers['if-none-match'] === answer.headers.etag) {
        res.writeHead(304, { etag: answer.headers.etag }).end();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(() => {
    requests = [];
    dir = tempDir();
    db = openDatabase(join(dir.path, 'kiosk.db'));
    catalog = new CatalogService({
      db,
      log: createLogger(memorySink(), 'test'),
      clock: systemClock,
      bundledCatalogFile: BUNDLED_CATALOG_FILE,
    });
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  const fetchOnce = (serverUrl = url) =>
    fetchCatalogOnce(catalog, { fetch: globalThis.fetch, serverUrl, token: 'secret-token', kioskId: 'KTEST01', timeoutMs: 5_000 });

  it('downloads a new catalog with its ETag, then asks with If-None-Match and keeps it on 304', async () => {
    answer = { status: 200, body: bytesOf(smallCatalog('server-1')), headers: { etag: '"v1"' } };
    expect(await fetchOnce()).toEqual({ outcome: 'updated', message: null });
    expect(catalog.info()).toMatchObject({ version: 'server-1', source: 'server', etag: '"v1"', lastOutcome: 'updated', lastError: null });
    expect(requests[0]).toMatchObject({ authorization: 'Bearer secret-token', 'x-kiosk-id': 'KTEST01' });
    expect(requests[0]?.['if-none-match']).toBeUndefined();

    expect(await fetchOnce()).toEqual({ outcome: 'not-modified', message: null });
    expect(requests[1]?.['if-none-match']).toBe('"v1"');
    expect(catalog.info()).toMatchObject({ version: 'server-1', lastOutcome: 'not-modified' });
  });

  it.each([
    ['garbage', { status: 200, body: 'this is not json' }, /not valid JSON/, false],
    ['a catalog with errors', { status: 200, body: bytesOf({ ...smallCatalog(), procedures: [] }) }, /procedures: /, false],
    ['invalid UTF-8', { status: 200, body: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) }, /UTF-8/, false],
    ['a 50 MB body', { status: 200, body: new Uint8Array(50 * 1024 * 1024) }, /over the \d+ byte limit/, false],
    ['HTTP 500', { status: 500 }, /HTTP 500/, true],
    ['HTTP 429', { status: 429, headers: { 'retry-after': '120' } }, /HTTP 429/, true],
    ['HTTP 401', { status: 401 }, /HTTP 401/, false],
  ])('keeps the last good catalog when the server sends %s', async (_what, reply, message, retryable) => {
    answer = reply as Answer;
    const before = db.prepare('SELECT * FROM catalog_active').get();
    const result = await fetchOnce();
    expect(result).toMatchObject({ outcome: 'failed', retryable });
    if (result.outcome === 'failed') expect(result.message).toMatch(message);
    if (reply.status === 429 && result.outcome === 'failed') expect(result.retryAfterMs).toBe(120_000);
    expect(db.prepare('SELECT * FROM catalog_active').get()).toEqual(before);
    expect(catalog.info()).toMatchObject({ version: BUNDLED_VERSION, lastOutcome: 'failed' });
  });

  it('keeps the last good catalog when the server is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await fetchOnce(`http://127.0.0.1:${port}`);
    expect(result).toMatchObject({ outcome: 'failed', retryable: true, message: expect.stringMatching(/unreachable/) });
    expect(catalog.info()).toMatchObject({ version: BUNDLED_VERSION, source: 'bundled', lastOutcome: 'failed' });
  });

  it('does nothing until a server is configured', async () => {
    expect(await fetchOnce('')).toMatchObject({ outcome: 'not-configured' });
    expect(requests).toEqual([]);
  });

  it('checks on a timer and backs off after a failure that may pass', async () => {
    answer = { status: 503 };
    const refresher = new CatalogRefresher({
      catalog,
      log: createLogger(memorySink(), 'test'),
      kioskId: 'KTEST01',
      firstDelayMs: 0,
      random: () => 1,
      settings: () => ({ fetch: globalThis.fetch, serverUrl: url, token: '', intervalMs: 60_000 }),
    });
    refresher.start();
    await expect.poll(() => requests.length).toBe(1);
    answer = { status: 200, body: bytesOf(smallCatalog('after-retry')), headers: { etag: '"r"' } };
    // The first retry comes after the 30 s base backoff, not at once: nothing more within a second.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(requests.length).toBe(1);
    const now = await refresher.refreshNow();
    expect(now.outcome).toBe('updated');
    refresher.stop();
    expect(catalog.info().version).toBe('after-retry');
  });
});
