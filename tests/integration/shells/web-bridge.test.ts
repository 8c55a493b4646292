import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_REQUEST_BYTES } from '../../../src-main/api/wire';
import { startTestWebKiosk, type TestWebKiosk } from '../../support/test-kiosk';

let t: TestWebKiosk;
beforeAll(async () => {
  t = await startTestWebKiosk();
});
afterAll(async () => {
  await t?.close();
});

function bridgeUrl(token = t.shell.token): string {
  return `ws://127.0.0.1:${t.shell.port}/bridge?token=${encodeURIComponent(token)}`;
}

function connect(options: { token?: string; origin?: string } = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(bridgeUrl(options.token), { origin: options.origin ?? t.shell.origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, body })));
    });
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

async function call(ws: WebSocket, frame: unknown): Promise<Record<string, unknown>> {
  const reply = nextMessage(ws);
  ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return reply;
}

describe('web bridge over a real socket', () => {
  it('answers a valid call', async () => {
    const ws = await connect();
    expect(await call(ws, { id: 1, channel: 'system.ping', args: { nonce: 'x' } })).toMatchObject({
      id: 1,
      ok: true,
      result: { nonce: 'x' },
    });
    ws.close();
  });

  it.each([
    ['unknown channel', { id: 2, channel: 'fs.readFile', args: { path: '/etc/passwd' } }, 'unknown-channel'],
    ['wrong types', { id: 3, channel: 'system.ping', args: { nonce: [1, 2] } }, 'bad-request'],
    ['no channel', { id: 4, args: {} }, 'bad-request'],
    ['not JSON', '{"id": 5, channel', 'bad-request'],
    ['JSON that is not an object', '"hello"', 'bad-request'],
    ['prototype pollution attempt', '{"id":6,"channel":"__proto__","args":{"__proto__":{"admin":true}}}', 'unknown-channel'],
  ])('answers %s with a typed error', async (_label, frame, code) => {
    const ws = await connect();
    const reply = await call(ws, frame);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(typeof (reply.error as { message: unknown }).message).toBe('string');
    ws.close();
  });

  it('answers an oversized payload with payload-too-large and keeps the socket usable', async () => {
    const ws = await connect();
    const big = { id: 7, channel: 'system.ping', args: { nonce: 'x'.repeat(MAX_REQUEST_BYTES + 1) } };
    expect(await call(ws, big)).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    expect(await call(ws, { id: 8, channel: 'system.ping', args: { nonce: 'still-here' } })).toMatchObject({ ok: true });
    ws.close();
  });

  it('refuses a connection without the token', async () => {
    await expect(connect({ token: '' })).rejects.toMatchObject({ status: 401, body: expect.stringContaining('"unauthorized"') });
    await expect(connect({ token: 'wrong-token' })).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a connection from another origin', async () => {
    await expect(connect({ origin: 'http://evil.example' })).rejects.toMatchObject({
      status: 403,
      body: expect.stringContaining('"forbidden"'),
    });
  });

  it('stays up after all of the above', async () => {
    const ws = await connect();
    expect(await call(ws, { id: 9, channel: 'system.info', args: {} })).toMatchObject({ ok: true, result: { shell: 'web' } });
    ws.close();
  });

  it('serves the page with strict security headers and refuses other hosts', async () => {
    const res = await fetch(`${t.shell.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // fetch will not send a foreign Host header, so ask as a DNS-rebinding page would, by hand.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get({ host: '127.0.0.1', port: t.shell.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(421);
    const traversal = await fetch(`${t.shell.origin}/..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(traversal.status);
  });
});
