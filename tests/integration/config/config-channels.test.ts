import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventName } from '../../../src-main/api/contract';
import { checkCenterServer } from '../../../src-main/core/config/server-check';
import { openDatabase } from '../../../src-main/core/db/open-database';
import type { Session } from '../../../src-main/core/rpc/session';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

const open: TestKiosk[] = [];
afterEach(async () => {
  for (const k of open.splice(0)) await k.close();
});

function start(options: { configPollMs?: number } = {}) {
  const k = startTestKiosk({ configPollMs: options.configPollMs ?? 0 });
  open.push(k);
  return k;
}

function technician(k: TestKiosk): Session {
  const s = k.kiosk.newSession();
  s.setRole('technician');
  return s;
}

/** A center server on 127.0.0.1 whose health answer each test chooses. */
let server: Server;
let base = '';
let answer: (res: import('node:http').ServerResponse, auth: string | undefined, kioskId: string | undefined) => void = (res) => res.end();
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== '/api/v1/health') {
      res.writeHead(404).end();
      return;
    }
    answer(res, req.headers.authorization, req.headers['x-kiosk-id'] as string | undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('config channels', () => {
  it('are for technicians only', async () => {
    const k = start();
    for (const role of ['citizen', 'staff'] as const) {
      const s = k.kiosk.newSession();
      s.setRole(role);
      expect(await k.kiosk.dispatch(s, 'config.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await k.kiosk.dispatch(s, 'config.set', { values: { 'ui.idleTimeoutS': 90 } })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(k.kiosk.config.get('ui.idleTimeoutS')).toBe(60);
    // What citizen screens need is public, and holds no secret.
    const pub = await k.kiosk.dispatch(k.kiosk.newSession(), 'config.public', {});
    expect(pub).toEqual({
      ok: true,
      result: { centerName: expect.any(String), defaultLanguage: 'vi', idleTimeoutS: 60, orientation: 'auto' },
    });
  });

  it('shows secrets masked and the rule of each setting', async () => {
    const k = start();
    k.kiosk.config.set('server.token', 'tok-0123456789-abcdef');
    const reply = await k.kiosk.dispatch(technician(k), 'config.get', {});
    expect(reply.ok).toBe(true);
    const entries = (reply as { result: { entries: { key: string; value: unknown; schema: Record<string, unknown> }[] } }).result.entries;
    expect(entries.find((e) => e.key === 'server.token')).toMatchObject({ value: '****cdef', secret: true, isSet: true });
    expect(entries.find((e) => e.key === 'ui.idleTimeoutS')?.schema).toMatchObject({ minimum: 15, maximum: 600, type: 'integer' });
    expect(JSON.stringify(reply)).not.toContain('0123456789');
  });

  it('saves a batch all or nothing, names every bad value, and tells every screen', async () => {
    const k = start();
    const seen: { event: EventName; payload: unknown }[] = [];
    k.kiosk.bus.onAny((event, payload) => seen.push({ event, payload }));
    const s = technician(k);
    const bad = await k.kiosk.dispatch(s, 'config.set', {
      values: { 'ui.idleTimeoutS': 9000, 'center.name': '', 'ui.orientation': 'portrait' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/ui\.idleTimeoutS.*center\.name/);
    expect(k.kiosk.config.get('ui.orientation')).toBe('auto');
    expect(seen).toEqual([]);

    const good = await k.kiosk.dispatch(s, 'config.set', { values: { 'ui.idleTimeoutS': 90, 'ui.orientation': 'portrait' } });
    expect(good.ok).toBe(true);
    expect(seen).toEqual([
      {
        event: 'config.onChanged',
        payload: expect.objectContaining({
          keys: ['ui.idleTimeoutS', 'ui.orientation'],
          public: expect.objectContaining({ idleTimeoutS: 90 }),
        }),
      },
    ]);
    const logged = JSON.stringify(k.logs.records);
    expect(logged).toContain('settings changed from the screen');
  });

  it('applies a change made by another process (the CLI) without a restart', async () => {
    const k = start({ configPollMs: 50 });
    const changes: string[][] = [];
    k.kiosk.bus.onAny((event, payload) => {
      if (event === 'config.onChanged') changes.push((payload as { keys: string[] }).keys);
    });
    const other = openDatabase(join(k.dataDir, 'kiosk.db'));
    other
      .prepare(
        "INSERT INTO config (key, value, updated_at) VALUES ('ui.idleTimeoutS', '120', 'now') ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run();
    other.close();
    await expect.poll(() => changes, { timeout: 3000 }).toEqual([['ui.idleTimeoutS']]);
    expect(k.kiosk.config.get('ui.idleTimeoutS')).toBe(120);
  });
});

describe('center server test', () => {
  it('reports ok with latency and sends the kiosk credentials', async () => {
    const k = start();
    let got: { auth?: string; kioskId?: string } = {};
    answer = (res, auth, kioskId) => {
      got = { auth, kioskId };
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    };
    k.kiosk.config.setMany({ 'server.url': base, 'server.token': 'tok-0123456789-abcdef' });
    const reply = await k.kiosk.dispatch(technician(k), 'config.testServer', {});
    expect(reply).toMatchObject({ ok: true, result: { outcome: 'ok', status: 200, url: base } });
    expect((reply as { result: { latencyMs: number } }).result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(got).toEqual({ auth: 'Bearer tok-0123456789-abcdef', kioskId: k.kiosk.kioskId });
  });

  it('tests unsaved values and explains each failure', async () => {
    const k = start();
    const s = technician(k);
    const check = async (args: { url?: string; token?: string }) =>
      ((await k.kiosk.dispatch(s, 'config.testServer', args)) as { result: { outcome: string; detail: string } }).result;

    expect((await check({})).outcome).toBe('not-configured');
    k.kiosk.config.set('server.url', base);
    answer = (res, auth) => res.writeHead(auth === 'Bearer right' ? 200 : 401).end('{"status":"ok"}');
    expect(await check({ url: base, token: 'wrong' })).toMatchObject({ outcome: 'unauthorized' });
    expect(await check({ url: `${base}/`, token: 'right' })).toMatchObject({ outcome: 'ok' });
    answer = (res) => res.writeHead(503).end();
    expect(await check({ url: base })).toMatchObject({ outcome: 'http-error', detail: 'HTTP 503' });
    answer = (res) => res.writeHead(200).end('<html>captive portal</html>');
    expect(await check({ url: base })).toMatchObject({ outcome: 'bad-response' });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await check({ url: `http://127.0.0.1:${closedPort}`, token: 't' })).toMatchObject({
      outcome: 'network',
      detail: 'ECONNREFUSED',
    });
    expect(await check({ url: 'not a url' })).toMatchObject({ outcome: 'not-configured' });
  });

  it('gives up after the timeout when the server never answers', async () => {
    answer = () => undefined;
    const started = Date.now();
    const result = await checkCenterServer({ url: base, token: 't', kioskId: 'K1', fetch, timeoutMs: 300 });
    expect(result).toMatchObject({ outcome: 'timeout', latencyMs: null });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
