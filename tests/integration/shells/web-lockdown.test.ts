import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/shells/policy/content-security-policy';
import { permissionsPolicy } from '../../../src-main/shells/policy/permissions';
import { startTestWebKiosk, type TestWebKiosk } from '../../support/test-kiosk';

let t: TestWebKiosk;
beforeAll(async () => {
  t = await startTestWebKiosk();
});
afterAll(async () => {
  await t?.close();
});

function ask(
  method: string,
  path: string,
  host = `127.0.0.1:${t.shell.port}`,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.shell.port, method, path, headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web shell lock-down', () => {
  it.each([
    ['the page', 'GET', '/', 200],
    ['a screen reloaded by path', 'GET', '/catalog', 200],
    ['a missing asset', 'GET', '/assets/none.js', 404],
    ['a climb out of the renderer', 'GET', '/..%2f..%2fpackage.json', 403],
    ['a POST', 'POST', '/', 405],
  ])('sends the whole security policy with %s', async (_label, method, path, status) => {
    const res = await ask(method, path);
    expect(res.status).toBe(status);
    const ws = [`ws://127.0.0.1:${t.shell.port}`, `ws://localhost:${t.shell.port}`];
    expect(res.headers).toMatchObject({
      'content-security-policy': contentSecurityPolicy({ connect: ws }),
      'permissions-policy': permissionsPolicy(),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
  });

  it('answers a DNS-rebinding host with 421 and the same headers', async () => {
    const res = await ask('GET', '/', 'kiosk.evil.example');
    expect(res.status).toBe(421);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('cannot be reached from the network, only from this machine', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a?.address as string);
    // The listening socket itself says it is bound to loopback, whatever interfaces exist.
    expect(t.shell.origin).toBe(`http://127.0.0.1:${t.shell.port}`);
    for (const address of external) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: t.shell.port });
        socket.setTimeout(2000, () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});
