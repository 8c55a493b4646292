import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startAttackedKiosk, technicianConnection } from '../../support/attack-bridge';
import { waitFor } from '../../support/hardware';
import type { TestWebKiosk } from '../../support/test-kiosk';

const TOKEN = 'kiosk-token-0123456789-abcdefgh';

/** A listener that answers like a center server and keeps every request's headers (and path, in `paths`). */
async function listener(): Promise<{ url: string; seen: IncomingHttpHeaders[]; paths: string[]; close(): Promise<void> }> {
  const seen: IncomingHttpHeaders[] = [];
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    paths.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, paths, close: () => new Promise((r) => server.close(() => r())) };
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function kioskWithServer(): Promise<{ t: TestWebKiosk; center: Awaited<ReturnType<typeof listener>> }> {
  const center = await listener();
  cleanup.push(center.close);
  const t = await startAttackedKiosk();
  cleanup.push(t.close);
  t.kiosk.config.setMany({ 'server.url': `${center.url}/center/`, 'server.token': TOKEN });
  // A new address is checked at once for the top bar's link sign (the stored server, with its
  // token: allowed). Wait for that check, then count only what the attacks below cause.
  await waitFor(() => center.paths.some((p) => p.endsWith('/api/v1/health')), 10_000, "the kiosk's own link check");
  center.seen.length = 0;
  center.paths.length = 0;
  return { t, center };
}

describe('item 5: the stored server token goes only to the stored server', () => {
  it('attack 05: a technician screen tests another URL without typing the token, and the listener gets nothing', async () => {
    const { t } = await kioskWithServer();
    const thief = await listener();
    cleanup.push(thief.close);
    const tech = await technicianConnection(t);
    const reply = await tech.call('config.testServer', { url: thief.url });
    tech.close();
    expect(reply.ok).toBe(true);
    expect((reply.result as { outcome: string }).outcome).toBe('token-needed');
    // Nothing at all reached the other address, so no header could carry the token.
    expect(thief.seen).toEqual([]);
  });

  it('attack 05: the same host on another port or scheme is another origin and gets no token', async () => {
    const { t, center } = await kioskWithServer();
    const tech = await technicianConnection(t);
    const otherPort = await listener();
    cleanup.push(otherPort.close);
    for (const url of [otherPort.url, center.url.replace('127.0.0.1', 'localhost'), center.url.replace('http:', 'https:')]) {
      const reply = await tech.call('config.testServer', { url });
      expect((reply.result as { outcome: string }).outcome).toBe('token-needed');
    }
    tech.close();
    expect(otherPort.seen).toEqual([]);
    expect(center.seen).toEqual([]);
  });

  it('attack 05: the stored server itself (any path) still gets the stored token, and a typed token goes where it is typed for', async () => {
    const { t, center } = await kioskWithServer();
    const tech = await technicianConnection(t);
    expect((await tech.call('config.testServer', {})).result).toMatchObject({ outcome: 'ok' });
    expect((await tech.call('config.testServer', { url: `${center.url}/other-path` })).result).toMatchObject({ outcome: 'ok' });
    expect(center.seen.map((h) => h.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    const other = await listener();
    cleanup.push(other.close);
    expect((await tech.call('config.testServer', { url: other.url, token: 'typed-again' })).result).toMatchObject({ outcome: 'ok' });
    expect(other.seen.map((h) => h.authorization)).toEqual(['Bearer typed-again']);
    tech.close();
  });
});
