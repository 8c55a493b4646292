import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHallHost, type TestHallHost } from '../../support/hall-host';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

let host: TestHallHost | undefined;
const members: TestKiosk[] = [];
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const m of members.splice(0)) await m.close();
  await host?.close();
  host = undefined;
  for (const c of closers.splice(0)) c();
});

function startMember(hostUrl: string, token: string): TestKiosk {
  const dir = tempDir();
  closers.push(() => dir.remove());
  const m = startTestKiosk({ dataDir: dir.path });
  m.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': hostUrl, 'hall.deviceToken': token });
  members.push(m);
  return m;
}

const issueAt = (k: TestKiosk) => k.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
/** What the kiosk does when a citizen scans the ticket's QR: docs/tickets.md. */
const scan = (k: TestKiosk, t: { day: string; number: string }) => k.kiosk.tickets.lookup(k.kiosk.kioskId, t.day, t.number);

describe('a member kiosk learns from its host how its tickets stand (QR scanned on the way out)', () => {
  it('asks the host: waiting with the hall line, then served once a desk served it; unknown while the host is away', async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    const member = startMember(host.base, await host.pair('kiosk', 'Kiosk 2'));

    const first = await issueAt(member);
    const second = await issueAt(host);
    const mine = await issueAt(member);
    expect([first.number, second.number, mine.number]).toEqual(['A-001', 'A-002', 'A-003']);

    // Still waiting: the host says who is ahead in the hall's line (two, one from each kiosk).
    expect(await scan(member, mine)).toMatchObject({ status: 'waiting', waitingAhead: 2 });
    expect((await scan(member, mine)).standingUnknown).toBeUndefined();

    // A desk at the host calls and serves the member's first ticket.
    expect(host.kiosk.hall.queue.callNext(1)?.number).toBe('A-001');
    // At a desk: nobody ahead, not yet served, so no rating yet.
    expect(await scan(member, first)).toMatchObject({ status: 'waiting', waitingAhead: 0 });
    host.kiosk.hall.queue.close(1, 'served');
    expect(await scan(member, first)).toMatchObject({ status: 'served' });
    // The member keeps the host's word: its screen stays right when it reloads the ticket.
    expect(member.kiosk.tickets.get(first.id).status).toBe('served');
    // Nothing closed the ticket at the member itself: the host sends the hall's events.
    const events = member.kiosk.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'event'")
      .pluck()
      .all()
      .map((p) => (JSON.parse(p as string) as { type: string }).type);
    expect(events.filter((e) => e === 'ticket.served')).toEqual([]);

    // A no-show is told as such.
    expect(host.kiosk.hall.queue.callNext(1)?.number).toBe('A-002');
    host.kiosk.hall.queue.close(1, 'no-show');
    expect(host.kiosk.hall.queue.callNext(1)?.number).toBe('A-003');
    host.kiosk.hall.queue.close(1, 'no-show');
    expect(await scan(member, mine)).toMatchObject({ status: 'no-show' });

    // The host goes away: a new offline ticket's standing is unknown, and said to be.
    await host.server.close();
    const offline = await issueAt(member);
    expect(offline.number).toBe('A-900');
    expect(await scan(member, offline)).toMatchObject({ status: 'waiting', standingUnknown: true, estimatedWaitMin: null });
    // What the host said of the served ticket still holds.
    expect((await scan(member, first)).status).toBe('served');
  });

  it('the host tells a kiosk of its own tickets only, and only to kiosks', async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    const a = startMember(host.base, await host.pair('kiosk', 'Kiosk A'));
    const tokenB = await host.pair('kiosk', 'Kiosk B');
    const counter = await host.pair('counter', 'Desk 1');
    const t = await issueAt(a);
    const body = { day: t.day, number: t.number };
    expect((await host.call('POST', '/api/hall/standing', { token: tokenB, body })).status).toBe(404);
    expect((await host.call('POST', '/api/hall/standing', { token: counter, body })).status).toBe(403);
    expect((await host.call('POST', '/api/hall/standing', { body })).status).toBe(401);
    expect((await host.call('POST', '/api/hall/standing', { token: tokenB, body: { ...body, name: 'x' } })).status).toBe(400);
    // Kiosk B's own scan of a ticket the hall does not have from it stays unknown, never borrowed.
    const b = startMember(host.base, tokenB);
    const bt = await issueAt(b);
    expect(await scan(b, bt)).toMatchObject({ status: 'waiting', waitingAhead: 1 });
  });

  it('an answer it cannot read leaves the standing unknown and changes nothing stored', async () => {
    // A "host" that answers nonsense: as if a wrong address were configured.
    const liar = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/api/hall/standing') res.end(JSON.stringify({ ok: true, result: { status: 'eaten', waitingAhead: -3 } }));
      else res.writeHead(503).end('{}');
    });
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    closers.push(() => liar.close());
    const member = startMember(`http://127.0.0.1:${(liar.address() as AddressInfo).port}`, 'x'.repeat(43));
    const t = await issueAt(member);
    expect(t.number).toBe('A-900');
    const scanned = await scan(member, t);
    expect(scanned).toMatchObject({ status: 'waiting', standingUnknown: true });
    expect(member.kiosk.tickets.get(t.id)).toMatchObject({ status: 'waiting', standingUnknown: true });
    expect(member.logs.records.some((r) => r.msg === 'hall host answered a ticket standing that cannot be read')).toBe(true);
  });
});
