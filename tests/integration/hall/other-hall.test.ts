import { describe, expect, it } from 'vitest';
import type { TestHallHost } from '../../support/hall-host';
import { hallTestParts } from '../../support/hall-test-parts';
import type { TestKiosk } from '../../support/test-kiosk';

const { startHost, startKiosk } = hallTestParts();

/** A member kiosk of `host`'s hall, paired as `kiosk hall join` pairs: naming its own kiosk id. */
async function startMember(host: TestHallHost, name: string): Promise<TestKiosk> {
  const k = startKiosk();
  const token = await host.pair('kiosk', name, k.kiosk.kioskId);
  k.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': host.base, 'hall.deviceToken': token });
  return k;
}

const issueAt = (k: TestKiosk) => k.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
/** A citizen scans at `at` the QR of a ticket `from` printed: the QR names `from`'s kiosk, the day and the number. */
const scanAt = (at: TestKiosk, from: TestKiosk, t: { day: string; number: string }) =>
  at.kiosk.tickets.lookup(from.kiosk.kioskId, t.day, t.number);
const deviceOf = (host: TestHallHost, name: string) => host.kiosk.hall.pairing.list().find((d) => d.name === name)?.id ?? '';
const linkRows = (host: TestHallHost) => host.kiosk.db.prepare('SELECT * FROM hall_member_kiosks ORDER BY device_id, kiosk_id').all();

describe('a ticket of another service hall scanned in this one (docs/hall.md, "Whose ticket a QR names")', () => {
  it('another hall\'s member ticket with the same number and day is "other hall"; this hall\'s member ticket is known', async () => {
    const host = await startHost();
    const a = await startMember(host, 'Kiosk A');
    const b = await startMember(host, 'Kiosk B');
    // Another hall down the road: its own host and member, numbering the same day from 1 too.
    const elsewhere = await startHost();
    const f = await startMember(elsewhere, 'Kiosk F');

    const fromA = await issueAt(a);
    const fromF = await issueAt(f);
    // Same number, same day, both issued by a member: only the QR's kiosk id tells them apart.
    expect([fromA.number, fromA.day]).toEqual([fromF.number, fromF.day]);
    expect(host.kiosk.hall.kiosks.idsOf(deviceOf(host, 'Kiosk A'))).toEqual([a.kiosk.kioskId]);

    // The other hall's ticket: refused as another hall's at the other member and at the host.
    await expect(scanAt(b, f, fromF)).rejects.toMatchObject({ code: 'other-hall' });
    await expect(scanAt(host, f, fromF)).rejects.toMatchObject({ code: 'other-hall' });
    // This hall's member ticket: told at the other member and at the host.
    expect(await scanAt(b, a, fromA)).toMatchObject({ number: fromA.number, status: 'waiting', issuedElsewhere: true });
    expect(await scanAt(host, a, fromA)).toMatchObject({ number: fromA.number, status: 'waiting', issuedElsewhere: true });
    // And in its own hall the other ticket is what it always was.
    expect(await scanAt(f, f, fromF)).toMatchObject({ number: fromF.number, status: 'waiting' });

    // Served here, the number's standing still never reaches the other hall's ticket, and the
    // channel the screen uses answers "other hall": nothing to rate, nothing stored at B.
    expect(host.kiosk.hall.queue.callNext(1)?.number).toBe(fromA.number);
    host.kiosk.hall.queue.close(1, 'served');
    const session = b.kiosk.newSession();
    const scanned = await b.kiosk.dispatch(session, 'ticket.lookup', { kiosk: f.kiosk.kioskId, day: fromF.day, number: fromF.number });
    expect(scanned).toMatchObject({ ok: false, error: { code: 'other-hall' } });
    expect(await scanAt(b, a, fromA)).toMatchObject({ status: 'served' });
    expect(b.kiosk.db.prepare('SELECT COUNT(*) FROM ratings').pluck().get()).toBe(0);
    expect(b.kiosk.tickets.list()).toEqual([]);

    // A known kiosk of this hall with a number it was not given stays "not found".
    const fromB = await issueAt(b);
    await expect(scanAt(host, a, fromB)).rejects.toMatchObject({ code: 'not-found' });
    await expect(scanAt(b, host, fromA)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a member that never named its id at pairing is learned when it reports in; the host checks /standing against it', async () => {
    const host = await startHost();
    const a = startKiosk();
    const token = await host.pair('kiosk', 'Kiosk A'); // an older pairing: no kiosk id
    a.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': host.base, 'hall.deviceToken': token });
    expect(linkRows(host)).toEqual([]);
    // Until it tells its id, any id the hall does not know might be that member's: not "other hall".
    const day = host.kiosk.hall.queue.today();
    expect(() => host.kiosk.hall.standings.standingOfAny('KOTHERHALL1', day, 'A-001')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    const t = await issueAt(a); // the issue request carries the member's id
    expect(host.kiosk.hall.kiosks.idsOf(deviceOf(host, 'Kiosk A'))).toEqual([a.kiosk.kioskId]);
    expect(await scanAt(a, a, t)).toMatchObject({ status: 'waiting', waitingAhead: 0 });

    // /api/hall/standing with a QR's kiosk id the member never reported: another hall's ticket.
    const standing = (kiosk?: string) =>
      host.call('POST', '/api/hall/standing', { token, body: { day: t.day, number: t.number, ...(kiosk ? { kiosk } : {}) } });
    expect((await standing(a.kiosk.kioskId)).body).toMatchObject({ ok: true, result: { status: 'waiting' } });
    expect((await standing('KOTHERHALL1')).body).toMatchObject({ ok: false, error: { code: 'other-hall' } });
    expect((await standing('KOTHERHALL1')).status).toBe(404);
    expect((await standing()).body).toMatchObject({ ok: true });
    expect(() => host.kiosk.hall.standings.standingOfAny('KOTHERHALL1', t.day, t.number)).toThrow(
      expect.objectContaining({ code: 'other-hall' }),
    );
  });

  it('bad input gets a typed error and changes nothing stored', async () => {
    const host = await startHost();
    const a = await startMember(host, 'Kiosk A');
    const t = await issueAt(a);
    const token = a.kiosk.config.get('hall.deviceToken');
    // Paired in the core: the host lets one address try only 5 pairings in a burst, and this test needs them below.
    const counter = host.kiosk.hall.pairing.pair(host.kiosk.hall.pairing.start().code, 'counter', 'Desk 1').token;
    const before = linkRows(host);
    expect(before).toHaveLength(1);
    const body = { kiosk: a.kiosk.kioskId, day: t.day, number: t.number };
    const ask = (options: Parameters<TestHallHost['call']>[2]) => host.call('POST', '/api/hall/ticket-standing', options);

    // A malformed reported id, or one from a counter: refused before anything is read or stored.
    for (const [who, id] of [
      [token, '../etc'],
      [token, 'K'.repeat(41)],
      [token, ''],
      [counter, 'KCOUNTER01'],
    ] as const) {
      const res = await ask({ token: who, body, headers: { 'X-Kiosk-Id': id } });
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('bad-request');
    }
    // A member naming the hall host's own id would make the host's tickets its own: refused.
    const claim = await ask({ token, body, headers: { 'X-Kiosk-Id': host.kiosk.kioskId } });
    expect([claim.status, claim.body.error?.code]).toEqual([409, 'conflict']);
    // Unknown kiosk id formats and missing fields in the question itself.
    for (const bad of [{ ...body, kiosk: 'K 1' }, { day: t.day, number: t.number }, { kiosk: body.kiosk, number: t.number }, {}]) {
      const res = await ask({ token, body: bad });
      expect([res.status, res.body.error?.code]).toEqual([400, 'bad-request']);
    }
    expect(linkRows(host)).toEqual(before);

    // Pairing: only a kiosk names an id, never the host's; a refused pairing leaves its code usable.
    const { code } = host.kiosk.hall.pairing.start();
    const pair = (extra: object) => host.call('POST', '/api/hall/pair', { body: { code, kind: 'kiosk', name: 'Kiosk X', ...extra } });
    expect((await host.call('POST', '/api/hall/pair', { body: { code, kind: 'counter', name: 'D', kioskId: 'K1' } })).status).toBe(400);
    expect((await pair({ kioskId: 'bad id' })).status).toBe(400);
    expect((await pair({ kioskId: host.kiosk.kioskId })).body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(host.kiosk.hall.pairing.list().map((d) => d.name)).toEqual(['Kiosk A', 'Desk 1']);
    expect(linkRows(host)).toEqual(before);
    expect((await pair({ kioskId: 'KNEWKIOSK01' })).body).toMatchObject({ ok: true });
    expect(host.kiosk.hall.kiosks.idsOf(deviceOf(host, 'Kiosk X'))).toEqual(['KNEWKIOSK01']);
  });

  it("an unpaired member's tickets stay this hall's on the day they were given; later its id names another hall", async () => {
    const host = await startHost();
    const a = await startMember(host, 'Kiosk A');
    const b = await startMember(host, 'Kiosk B');
    const t = await issueAt(a);
    host.kiosk.hall.pairing.revoke(deviceOf(host, 'Kiosk A'));

    expect(await scanAt(b, a, t)).toMatchObject({ number: t.number, status: 'waiting' });
    expect(host.kiosk.hall.standings.standingOfAny(a.kiosk.kioskId, t.day, t.number)).toMatchObject({ status: 'waiting' });
    // A day after it was unpaired the kiosk may print for another hall: its QR is that hall's.
    const tomorrow = new Date(Date.parse(`${t.day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(() => host.kiosk.hall.standings.standingOfAny(a.kiosk.kioskId, tomorrow, t.number)).toThrow(
      expect.objectContaining({ code: 'other-hall' }),
    );
    // A member still paired is this hall's on any day: an unknown number there is only "not found".
    expect(() => host.kiosk.hall.standings.standingOfAny(b.kiosk.kioskId, tomorrow, t.number)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});
