import { get } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BridgeRefusal, connectBridge } from '../../support/bridge-client';
import { startTestWebKiosk, type TestWebKiosk } from '../../support/test-kiosk';

describe('attack 17: a foreign Host header on the WebSocket upgrade (DNS rebinding)', () => {
  let t: TestWebKiosk;
  beforeEach(async () => {
    t = await startTestWebKiosk();
  });
  afterEach(async () => {
    await t.close();
  });

  it('plain HTTP already answers a foreign Host with 421', async () => {
    const status = await new Promise<number>((resolve) => {
      get({ host: '127.0.0.1', port: t.shell.port, path: '/', headers: { Host: `rebind.example:${t.shell.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
    });
    expect(status).toBe(421);
  });

  it.each([
    ['a rebinding name', (port: number) => `rebind.example:${port}`],
    ['the right address on another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['no port', () => '127.0.0.1'],
  ])('attack 17: upgrades with the token and the page’s Origin but %s as Host', async (_label, host) => {
    const refused = (await connectBridge(t.shell, { host: host(t.shell.port) }).then(
      () => null,
      (err: BridgeRefusal) => err,
    )) as BridgeRefusal | null;
    expect(refused?.status).toBe(421);
  });

  it('still lets the kiosk page in under both of its own names', async () => {
    for (const host of [`127.0.0.1:${t.shell.port}`, `localhost:${t.shell.port}`]) {
      const c = await connectBridge(t.shell, { host });
      expect(await c.call('system.ping', { nonce: 'x' })).toMatchObject({ ok: true });
      await c.close();
    }
  });
});
