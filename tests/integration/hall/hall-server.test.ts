import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { HallCall, HallTicket } from '../../../src-main/api/hall';
import { openLive, startTestHallHost, type TestHallHost } from '../../support/hall-host';

let host: TestHallHost;
afterEach(async () => {
  await host?.close();
});

/** A raw request whose Host header we choose (fetch does not let us). */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hall host: pairing', () => {
  it('exchanges a code once for a token; a wrong or used code is refused', async () => {
    host = await startTestHallHost();
    const { code } = host.kiosk.hall.pairing.start();
    const wrong = code === '000000' ? '000001' : '000000';
    expect((await host.call('POST', '/api/hall/pair', { body: { code: wrong, kind: 'display', name: 'TV' } })).status).toBe(401);
    const ok = await host.call('POST', '/api/hall/pair', { body: { code, kind: 'display', name: 'TV' } });
    expect(ok.status).toBe(200);
    expect((ok.body.result as { token: string }).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await host.call('POST', '/api/hall/pair', { body: { code, kind: 'display', name: 'TV 2' } })).status).toBe(401);
    // Only the hash of the token is stored.
    const stored = host.kiosk.db.prepare('SELECT token_hash FROM hall_devices').all() as { token_hash: string }[];
    expect(stored.map((r) => r.token_hash)).not.toContain((ok.body.result as { token: string }).token);
  });

  it('limits pairing guesses per address', async () => {
    host = await startTestHallHost();
    const { code } = host.kiosk.hall.pairing.start();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const guess = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
      statuses.push((await host.call('POST', '/api/hall/pair', { body: { code: guess, kind: 'counter', name: 'x' } })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
  });
});

describe('hall host: refusals', () => {
  it('refuses an unpaired page, a revoked device and a page from another origin', async () => {
    host = await startTestHallHost();
    // Unpaired: no token, or a made-up one, on the API and the live socket.
    expect((await host.call('GET', '/api/hall/board')).status).toBe(401);
    expect((await host.call('GET', '/api/hall/board', { token: 'x'.repeat(43) })).status).toBe(401);
    await expect(openLive(host.base, 'x'.repeat(43)).opened).rejects.toThrow(/401/);

    // Revoked: the token stops working and its open socket is closed.
    const token = await host.pair('display');
    expect((await host.call('GET', '/api/hall/board', { token })).status).toBe(200);
    const live = openLive(host.base, token);
    await live.opened;
    const closed = new Promise<number>((resolve) => live.ws.once('close', (code) => resolve(code)));
    const [device] = host.kiosk.hall.pairing.list();
    host.kiosk.hall.pairing.revoke(device?.id as string);
    expect((await host.call('GET', '/api/hall/board', { token })).status).toBe(401);
    expect(await closed).toBe(4001);
    await expect(openLive(host.base, token).opened).rejects.toThrow(/401/);

    // Another origin: a page elsewhere cannot use a good token, nor open the socket.
    const good = await host.pair('display');
    const foreign = await host.call('GET', '/api/hall/board', { token: good, headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    await expect(openLive(host.base, good, { Origin: 'http://evil.example' }).opened).rejects.toThrow(/403/);
    const own = await host.call('GET', '/api/hall/board', { token: good, headers: { Origin: host.base } });
    expect(own.status).toBe(200);
    // A name that is not this machine's (DNS rebinding) gets nothing.
    expect(await rawGet(host.server.port, '/display', { Host: `evil.example:${host.server.port}` })).toBe(421);
    expect(await rawGet(host.server.port, '/api/hall/board', { Host: `127.0.0.1:${host.server.port + 1}` })).toBe(421);
  });

  it('checks messages: type, size, schema; and which kind of device may do what', async () => {
    host = await startTestHallHost();
    const kiosk = await host.pair('kiosk');
    const counter = await host.pair('counter');
    const asText = await host.call('POST', '/api/hall/issue', { token: kiosk, body: '{}', headers: { 'Content-Type': 'text/plain' } });
    expect(asText.body.error?.code).toBe('bad-request');
    const big = await host.call('POST', '/api/hall/issue', { token: kiosk, body: { serviceId: 'civil-status', pad: 'x'.repeat(70_000) } });
    expect(big.status).toBe(413);
    const bad = await host.call('POST', '/api/hall/issue', { token: kiosk, body: { serviceId: 'Civil Status!' } });
    expect(bad.status).toBe(400);
    const extra = await host.call('POST', '/api/hall/issue', { token: kiosk, body: { serviceId: 'civil-status', name: 'Nguyễn Văn A' } });
    expect(extra.status).toBe(400);
    expect((await host.call('POST', '/api/hall/issue', { token: counter, body: { serviceId: 'civil-status' } })).status).toBe(403);
    const issued = await host.call('POST', '/api/hall/issue', { token: kiosk, body: { serviceId: 'civil-status' } });
    expect((issued.body.result as HallTicket).number).toBe('A-001');
    expect((await host.call('POST', '/api/hall/counter/session', { token: kiosk, body: { pin: '1', counter: 1 } })).status).toBe(403);
  });

  it('rate-limits each device', async () => {
    host = await startTestHallHost();
    const display = await host.pair('display');
    const statuses = await Promise.all(Array.from({ length: 40 }, () => host.call('GET', '/api/hall/board', { token: display })));
    const codes = statuses.map((s) => s.status);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(20);
  });
});

describe('hall host: a counter calls, the display hears it', () => {
  it('needs a staff PIN session, then call-next reaches the live socket with its clips', async () => {
    host = await startTestHallHost();
    const kiosk = await host.pair('kiosk');
    const counter = await host.pair('counter');
    const display = await host.pair('display');
    for (const serviceId of ['civil-status', 'civil-status', 'certification'])
      await host.call('POST', '/api/hall/issue', { token: kiosk, body: { serviceId } });

    expect((await host.call('POST', '/api/hall/counter/action', { token: counter, body: { action: 'call-next' } })).status).toBe(401);
    const wrong = await host.call('POST', '/api/hall/counter/session', { token: counter, body: { pin: '000000', counter: 1 } });
    expect(wrong.body.result).toEqual({ outcome: 'wrong-pin', attemptsLeft: 4 });
    const session = await host.signIn(counter, 1);
    // A session belongs to the device that signed in.
    const other = await host.pair('counter');
    expect((await host.call('GET', '/api/hall/counter/state', { token: other, session })).status).toBe(401);

    const live = openLive(host.base, display);
    await live.opened;
    await live.next((p) => p.type === 'board');
    const res = await host.call('POST', '/api/hall/counter/action', { token: counter, session, body: { action: 'call-next' } });
    expect((res.body.result as { ticket: HallTicket }).ticket).toMatchObject({ number: 'A-001', counter: 1, status: 'called' });
    const push = await live.next((p) => p.type === 'call');
    const call = (push as { call: HallCall }).call;
    expect(call).toMatchObject({ number: 'A-001', counter: 1, recall: false });
    expect(call.clips).toEqual(['xin-mowif-soos', 'a', 'khoong', 'khoong', 'mootj', 'ddeens-quaayf-soos', 'mootj']);

    const state = await host.call('GET', '/api/hall/counter/state', { token: counter, session });
    expect(state.body.result).toMatchObject({
      counter: 1,
      current: { number: 'A-001' },
      services: [{ serviceId: 'civil-status', waiting: 1 }],
    });
    const recall = await host.call('POST', '/api/hall/counter/action', { token: counter, session, body: { action: 'recall' } });
    expect((recall.body.result as { ticket: HallTicket }).ticket.calls).toBe(2);
    await live.next((p) => p.type === 'call' && p.call.recall);
    const transfer = await host.call('POST', '/api/hall/counter/action', {
      token: counter,
      session,
      body: { action: 'transfer', serviceId: 'certification' },
    });
    expect((transfer.body.result as { ticket: HallTicket }).ticket).toMatchObject({ status: 'waiting', serviceId: 'certification' });
    const both = await host.call('POST', '/api/hall/counter/action', {
      token: counter,
      session,
      body: { action: 'transfer', serviceId: 'land', counter: 4 },
    });
    expect(both.status).toBe(400);
    live.close();
  });
});
