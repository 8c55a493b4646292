import { createServer, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BRIDGE_LIMITS } from '../../../src-main/shells/web/bridge';
import { type BridgeClient, type BridgeRefusal, connectBridge } from '../../support/bridge-client';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestWebKiosk, type TestWebKiosk } from '../../support/test-kiosk';

describe('attack 14: memory and connections of the web shell', () => {
  let t: TestWebKiosk;
  let center: Server;
  const held: ServerResponse[] = [];
  beforeEach(async () => {
    // A center that takes requests and never answers: each status request stays in flight.
    center = createServer((_req, res) => held.push(res));
    await new Promise<void>((r) => center.listen(0, '127.0.0.1', r));
    t = await startTestWebKiosk({ procedures: fixtureProcedures, backgroundSync: false });
    t.kiosk.config.setMany({ 'server.url': `http://127.0.0.1:${(center.address() as AddressInfo).port}`, 'server.token': 'tok' });
  });
  afterEach(async () => {
    for (const res of held.splice(0)) res.destroy();
    await t.close();
    center.closeAllConnections();
    await new Promise<void>((r) => center.close(() => r()));
  });

  it('attack 14: opens connections until the host runs out of memory', async () => {
    const open: BridgeClient[] = [];
    for (let i = 0; i < DEFAULT_BRIDGE_LIMITS.maxConnections; i++) open.push(await connectBridge(t.shell));
    const refused = (await connectBridge(t.shell).then(
      () => null,
      (err: BridgeRefusal) => err,
    )) as BridgeRefusal | null;
    expect(refused?.status).toBe(503);
    expect(JSON.parse(refused?.body ?? '{}')).toMatchObject({ ok: false, error: { code: 'busy' } });
    // The kiosk's own page still gets in once a connection is gone.
    await open.pop()?.close();
    const again = await connectBridge(t.shell);
    expect(await again.call('system.ping', { nonce: 'n' })).toMatchObject({ ok: true });
    await Promise.all([again, ...open].map((c) => c.close()));
  });

  it('attack 14: piles up requests on one connection that the server must hold in memory', async () => {
    const c = await connectBridge(t.shell);
    const submitted = await c.call('dossier.submit', validDraft());
    const code = (submitted.result as { code: string }).code;
    const replies = Array.from({ length: 40 }, () => c.call('dossier.status', { code }));
    // Everything past the per-connection cap is answered at once, without waiting for the center.
    const busy = await Promise.all(replies.slice(DEFAULT_BRIDGE_LIMITS.maxInFlight));
    for (const r of busy) expect(r).toMatchObject({ ok: false, error: { code: 'busy' } });
    await expect.poll(() => held.length, { timeout: 30_000 }).toBe(DEFAULT_BRIDGE_LIMITS.maxInFlight);
    for (const res of held.splice(0)) res.destroy();
    const served = await Promise.all(replies.slice(0, DEFAULT_BRIDGE_LIMITS.maxInFlight));
    for (const r of served) expect(r).toMatchObject({ ok: true, result: { reachedServer: false } });
    await c.close();
  });
});

/** A client frame (masked, as RFC 6455 wants from clients; a zero mask leaves the bytes as they are). */
function textFrame(text: string): Buffer {
  const body = Buffer.from(text);
  const head =
    body.length < 126 ? Buffer.from([0x81, 0x80 | body.length]) : Buffer.from([0x81, 0x80 | 126, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([head, Buffer.alloc(4), body]);
}

describe('attack 14: a connection that never reads its replies', () => {
  it('attack 14: stops reading and keeps asking, so every reply queues up in the server', async () => {
    const t = await startTestWebKiosk({}, { limits: { maxBufferedBytes: 256 * 1024, maxInFlight: 10_000 } });
    try {
      // A raw socket that completes the handshake and then never reads a byte.
      const socket = connect(t.shell.port, '127.0.0.1');
      await new Promise<void>((r) => socket.once('connect', () => r()));
      socket.write(
        `GET /bridge?token=${t.shell.token} HTTP/1.1\r\nHost: 127.0.0.1:${t.shell.port}\r\nOrigin: ${t.shell.origin}\r\n` +
          'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
      const closed = new Promise<void>((r) => socket.once('close', () => r()));
      socket.on('error', () => undefined);
      // About 24 MB of search results, far beyond what the kernel's socket buffers take.
      for (let i = 0; i < 4000; i++)
        socket.write(textFrame(JSON.stringify({ id: i + 1, channel: 'catalog.search', args: { query: 'đăng ký', limit: 50 } })));
      // No event tells the test when the server has read the requests: it looks for the log line.
      await expect.poll(() => t.logs.records.some((r) => r.msg.includes('does not read its replies')), { timeout: 60_000 }).toBe(true);
      socket.resume();
      await closed;
    } finally {
      await t.close();
    }
  });
});
