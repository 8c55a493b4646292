import { afterEach, describe, expect, it } from 'vitest';
import { startTestHallHost, type TestHallHost } from '../../support/hall-host';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

let host: TestHallHost | undefined;
const kiosks: TestKiosk[] = [];
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) await k.close();
  await host?.close();
  host = undefined;
  for (const c of closers.splice(0)) c();
});

function startKiosk(hall?: Readonly<{ hostUrl: string; token: string }>): TestKiosk {
  const dir = tempDir();
  closers.push(() => dir.remove());
  const k = startTestKiosk({ dataDir: dir.path });
  if (hall) k.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': hall.hostUrl, 'hall.deviceToken': hall.token });
  kiosks.push(k);
  return k;
}

const issueAt = (k: TestKiosk) => k.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
/** A citizen scans at `at` the QR of a ticket `from` printed: the QR names `from`'s kiosk, the day and the number. */
const scanAt = (at: TestKiosk, from: TestKiosk, t: { day: string; number: string }) =>
  at.kiosk.tickets.lookup(from.kiosk.kioskId, t.day, t.number);

describe("a ticket's QR scanned at another kiosk of the same hall", () => {
  it('the host and the other member tell how it stands, and a served ticket can be rated there', async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    const a = startKiosk({ hostUrl: host.base, token: await host.pair('kiosk', 'Kiosk A') });
    const b = startKiosk({ hostUrl: host.base, token: await host.pair('kiosk', 'Kiosk B') });
    expect(new Set([host.kiosk.kioskId, a.kiosk.kioskId, b.kiosk.kioskId]).size).toBe(3);

    const fromA = await issueAt(a);
    const fromHost = await issueAt(host);
    const fromB = await issueAt(b);
    expect([fromA.number, fromHost.number, fromB.number]).toEqual(['A-001', 'A-002', 'A-003']);

    // Waiting: the hall's line, told at the other member and at the host alike.
    const atB = await scanAt(b, a, fromA);
    expect(atB).toMatchObject({ number: 'A-001', serviceId: 'civil-status', status: 'waiting', waitingAhead: 0, issuedElsewhere: true });
    expect(atB.names.vi.length).toBeGreaterThan(0);
    expect(atB.statusUrl).toBeNull();
    expect(await scanAt(host, b, fromB)).toMatchObject({ status: 'waiting', waitingAhead: 2, issuedElsewhere: true });
    expect(await scanAt(a, host, fromHost)).toMatchObject({ status: 'waiting', waitingAhead: 1, issuedElsewhere: true });

    // A desk at the host serves A's ticket: B and the host see it served (the screen then asks the rating).
    expect(host.kiosk.hall.queue.callNext(1)?.number).toBe('A-001');
    host.kiosk.hall.queue.close(1, 'served');
    expect(await scanAt(b, a, fromA)).toMatchObject({ status: 'served', issuedElsewhere: true });
    expect((await scanAt(host, a, fromA)).closedAt).not.toBeNull();
    // Through the channel the screen uses: the QR, then the rating, stored where it is given.
    const session = b.kiosk.newSession();
    const scanned = await b.kiosk.dispatch(session, 'ticket.lookup', { kiosk: a.kiosk.kioskId, day: fromA.day, number: fromA.number });
    expect(scanned).toMatchObject({ ok: true, result: { status: 'served', issuedElsewhere: true } });
    expect(await b.kiosk.dispatch(session, 'rating.submit', { score: 4, flow: 'ticket', language: 'vi' })).toMatchObject({ ok: true });
    expect(b.kiosk.db.prepare("SELECT score FROM ratings WHERE flow = 'ticket'").pluck().all()).toEqual([4]);

    // The host's own ticket, a no-show, told to a member.
    expect(host.kiosk.hall.queue.callNext(1)?.number).toBe('A-002');
    host.kiosk.hall.queue.close(1, 'no-show');
    expect(await scanAt(a, host, fromHost)).toMatchObject({ status: 'no-show' });

    // Asking stores nothing at the asking kiosk: it holds no row of another kiosk's ticket.
    expect(b.kiosk.tickets.list().map((t) => t.number)).toEqual(['A-003']);
  });

  it('an unknown number or another hall\'s ticket is "not found"; the host away is "unavailable"; no hall is "another kiosk"', async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    const a = startKiosk({ hostUrl: host.base, token: await host.pair('kiosk', 'Kiosk A') });
    const b = startKiosk({ hostUrl: host.base, token: await host.pair('kiosk', 'Kiosk B') });
    const t = await issueAt(a);

    await expect(b.kiosk.tickets.lookup(a.kiosk.kioskId, t.day, 'A-077')).rejects.toMatchObject({ code: 'not-found' });
    await expect(b.kiosk.tickets.lookup(a.kiosk.kioskId, '2020-01-01', t.number)).rejects.toMatchObject({ code: 'not-found' });
    await expect(host.kiosk.tickets.lookup(a.kiosk.kioskId, t.day, 'A-077')).rejects.toMatchObject({ code: 'not-found' });
    // A QR naming the host for a number a member gave here: a ticket of another hall with the same number.
    await expect(b.kiosk.tickets.lookup(host.kiosk.kioskId, t.day, t.number)).rejects.toMatchObject({ code: 'not-found' });

    // No hall: as before, another kiosk's ticket is not this kiosk's to tell.
    const alone = startKiosk();
    await expect(alone.kiosk.tickets.lookup(a.kiosk.kioskId, t.day, t.number)).rejects.toMatchObject({ code: 'conflict' });

    await host.server.close();
    await expect(b.kiosk.tickets.lookup(a.kiosk.kioskId, t.day, t.number)).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('the host answers paired kiosks only, with numbers and the service, never a person', async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    const tokenA = await host.pair('kiosk', 'Kiosk A');
    const tokenB = await host.pair('kiosk', 'Kiosk B');
    const counter = await host.pair('counter', 'Desk 1');
    const a = startKiosk({ hostUrl: host.base, token: tokenA });
    const t = await issueAt(a);
    const body = { kiosk: a.kiosk.kioskId, day: t.day, number: t.number };

    const answer = await host.call('POST', '/api/hall/ticket-standing', { token: tokenB, body });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.result as object).sort()).toEqual(
      ['closedAt', 'estimatedWaitMin', 'issuedAt', 'priority', 'serviceId', 'status', 'waitingAhead'].sort(),
    );
    expect((await host.call('POST', '/api/hall/ticket-standing', { token: counter, body })).status).toBe(403);
    expect((await host.call('POST', '/api/hall/ticket-standing', { body })).status).toBe(401);
    expect((await host.call('POST', '/api/hall/ticket-standing', { token: 'y'.repeat(43), body })).status).toBe(401);
    expect((await host.call('POST', '/api/hall/ticket-standing', { token: tokenB, body: { ...body, name: 'x' } })).status).toBe(400);
    expect((await host.call('POST', '/api/hall/ticket-standing', { token: tokenB, body: { ...body, kiosk: '../x' } })).status).toBe(400);
  });
});
