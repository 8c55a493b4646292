import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestWebKiosk, type TestWebKiosk } from '../../support/test-kiosk';

/** One WebSocket upgrade without the launch token, as any local process can send; resolves with the status. */
function upgradeWithoutToken(t: TestWebKiosk): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: t.shell.port,
      path: '/bridge',
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
      agent: false,
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('attack 15: flooding the log with refused connections', () => {
  let t: TestWebKiosk;
  beforeEach(async () => {
    t = await startTestWebKiosk();
  });
  afterEach(async () => {
    await t.close();
  });

  it('attack 15: sends 500 upgrades without a token to rotate the log history away', async () => {
    const before = t.logs.records.length;
    for (let i = 0; i < 500; i++) expect(await upgradeWithoutToken(t)).toBe(401);
    const refusalLines = t.logs.records.slice(before).filter((r) => r.msg.includes('refused'));
    // One line for the first refusal; the rest are summed up once per interval.
    expect(refusalLines.length).toBeLessThanOrEqual(3);
    await t.shell.close();
    const summary = t.logs.records.slice(before).find((r) => r.msg.includes('more in the last'));
    expect(summary?.data).toMatchObject({ kind: 'token', count: 499 });
  });
});
