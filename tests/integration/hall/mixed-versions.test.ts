import { describe, expect, it } from 'vitest';
import type { TestHallHost } from '../../support/hall-host';
import { hallTestParts } from '../../support/hall-test-parts';
import { kioskCliAsync } from '../../support/kiosk-cli';
import { type OlderHallHost, type OlderHostVersion, startOlderHallHost } from '../../support/older-hall-host';
import type { TestKiosk } from '../../support/test-kiosk';

const parts = hallTestParts();
const { startHost, startKiosk } = parts;

/** A member of this version, paired straight with the host as `kiosk hall join` pairs it. */
async function startMember(host: TestHallHost, name: string, via = host.base): Promise<TestKiosk> {
  const k = startKiosk();
  const token = await host.pair('kiosk', name, k.kiosk.kioskId);
  k.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': via, 'hall.deviceToken': token });
  return k;
}

async function olderHost(host: TestHallHost, version: OlderHostVersion): Promise<OlderHallHost> {
  const o = await startOlderHallHost(host.base, version);
  parts.closeLater(() => o.close());
  return o;
}

const issueAt = (k: TestKiosk) => k.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
const scanAt = (at: TestKiosk, kiosk: string, t: { day: string; number: string }) => at.kiosk.tickets.lookup(kiosk, t.day, t.number);
const deviceOf = (host: TestHallHost, name: string) => host.kiosk.hall.pairing.list().find((d) => d.name === name)?.id ?? '';

/**
 * A member kiosk of an older version, as it speaks on the wire: paired without naming its kiosk id
 * and never sending `X-Kiosk-Id`. Its QR codes print `kioskId`, which the host never hears.
 */
async function olderMember(host: TestHallHost, kioskId: string) {
  const token = await host.pair('kiosk', `Kiosk ${kioskId}`);
  return {
    kioskId,
    async issue(): Promise<{ day: string; number: string }> {
      const res = await host.call('POST', '/api/hall/issue', { token, body: { serviceId: 'civil-status', priority: false } });
      if (!res.body.ok) throw new Error(`issue refused: ${JSON.stringify(res.body)}`);
      return res.body.result as { day: string; number: string };
    },
    /** Updated, it names its id with its next request. */
    async reportsItsId(): Promise<void> {
      const res = await host.call('GET', '/api/hall/board', { token, headers: { 'X-Kiosk-Id': kioskId } });
      if (!res.body.ok) throw new Error(`board refused: ${JSON.stringify(res.body)}`);
    },
  };
}

describe('a hall whose kiosks run different versions (docs/hall.md, "Mixed versions in a hall")', () => {
  it("tells an older member's ticket at the other kiosks, and never calls an unknown id another hall's while it is silent", async () => {
    const host = await startHost();
    const a = await startMember(host, 'Kiosk A');
    const old = await olderMember(host, 'KOLDMEMBER1');
    const fromOld = await old.issue();
    const fromA = await issueAt(a);
    const fromHost = await issueAt(host);

    // Its QR names an id the host never heard, and the number was given to that silent member: told.
    expect(await scanAt(a, old.kioskId, fromOld)).toMatchObject({ number: fromOld.number, status: 'waiting', issuedElsewhere: true });
    expect(await scanAt(host, old.kioskId, fromOld)).toMatchObject({ number: fromOld.number, status: 'waiting' });
    // Served at a desk: the rating is asked where it is scanned.
    host.kiosk.hall.queue.callNext(1);
    host.kiosk.hall.queue.close(1, 'served');
    expect(await scanAt(a, old.kioskId, fromOld)).toMatchObject({ status: 'served' });

    // Another hall's ticket (an id nobody here reported) with a number the host or A was given: not
    // that ticket, and the host cannot know it is another hall's while a member is silent.
    await expect(scanAt(a, 'KOTHERHALL1', fromA)).rejects.toMatchObject({ code: 'not-found' });
    await expect(scanAt(a, 'KOTHERHALL1', fromHost)).rejects.toMatchObject({ code: 'not-found' });
    await expect(scanAt(host, 'KOTHERHALL1', fromA)).rejects.toMatchObject({ code: 'not-found' });

    // Once the older member is updated it reports its id: an id nobody reported is another hall's.
    await old.reportsItsId();
    await expect(scanAt(a, 'KOTHERHALL1', fromA)).rejects.toMatchObject({ code: 'other-hall' });
    expect(await scanAt(a, old.kioskId, fromOld)).toMatchObject({ status: 'served' });
  });

  it('a member updated before its host: numbers, its own tickets and their rating keep working; others say it cannot tell', async () => {
    const host = await startHost();
    const older = await olderHost(host, 'before-kiosk-ids');
    const m = await startMember(host, 'Kiosk M', older.base);
    const b = await startMember(host, 'Kiosk B');
    expect(m.kiosk.hall.member.hostVersion()).toBe('unknown');

    // A number from the host, not the offline block; the host never heard M's id through the older host.
    const mine = await issueAt(m);
    expect(Number(mine.number.split('-')[1])).toBeLessThan(900);
    expect(m.kiosk.hall.member.hostVersion()).toBe('older');
    const fromB = await issueAt(b);

    // Its own ticket scanned on the way out: known to be older, the host is asked as it understands.
    const waiting = await scanAt(m, m.kiosk.kioskId, mine);
    expect(waiting).toMatchObject({ status: 'waiting', waitingAhead: 0 });
    expect(waiting.standingUnknown).toBeUndefined();
    expect(older.refused).toEqual([]);
    // Restarted, the scan is its first question: refused for the field, then asked again without it.
    await parts.stopKiosk(m);
    const again = startKiosk(m.dataDir);
    host.kiosk.hall.queue.callNext(1);
    host.kiosk.hall.queue.close(1, 'served');
    const served = await scanAt(again, again.kiosk.kioskId, mine);
    expect([served.status, served.standingUnknown]).toEqual(['served', undefined]);
    expect(older.refused).toEqual(['POST /api/hall/standing: Unrecognized key: "kiosk"']);
    expect(again.kiosk.hall.member.hostVersion()).toBe('older');

    // B's ticket scanned at M: the older host cannot tell this hall's ticket from another hall's of the
    // same number, so M says it could not ask (the host-away answer), never another ticket's standing.
    await expect(scanAt(again, b.kiosk.kioskId, fromB)).rejects.toMatchObject({ code: 'unavailable' });
    await expect(scanAt(again, 'KOTHERHALL1', fromB)).rejects.toMatchObject({ code: 'unavailable' });
    expect(again.kiosk.tickets.list().map((t) => t.number)).toEqual([mine.number]);

    // The host is updated (M reaches it as it is): M says so, the host learns M's id, and B's ticket is told.
    again.kiosk.config.set('hall.hostUrl', host.base);
    expect(await scanAt(again, b.kiosk.kioskId, fromB)).toMatchObject({ number: fromB.number, status: 'waiting' });
    expect(again.kiosk.hall.member.hostVersion()).toBe('current');
    expect(host.kiosk.hall.kiosks.idsOf(deviceOf(host, 'Kiosk M'))).toEqual([again.kiosk.kioskId]);
    await expect(scanAt(again, 'KOTHERHALL1', fromB)).rejects.toMatchObject({ code: 'other-hall' });
  });

  it('a host older still (no question about other kiosks\' tickets) is not read as "not in the queue"', async () => {
    const host = await startHost();
    const older = await olderHost(host, 'before-ticket-standing');
    const m = await startMember(host, 'Kiosk M', older.base);
    const b = await startMember(host, 'Kiosk B');
    const fromB = await issueAt(b);
    await expect(scanAt(m, b.kiosk.kioskId, fromB)).rejects.toMatchObject({ code: 'unavailable' });
    expect(older.refused).toEqual(['POST /api/hall/ticket-standing: no such hall endpoint']);
    expect(m.kiosk.hall.member.hostVersion()).toBe('older');
  });

  it('kiosk hall join pairs with a host of an older version and says what that means', async () => {
    const host = await startHost();
    const older = await olderHost(host, 'before-kiosk-ids');
    const { code } = host.kiosk.hall.pairing.start();
    const join = await kioskCliAsync(parts.tempPath())('--json', 'hall', 'join', older.base, code, '--name', 'Kiosk 2');
    expect(join.code, join.stderr).toBe(0);
    expect(JSON.parse(join.stdout)).toEqual({ role: 'member', hostUrl: older.base, hostKnowsKioskIds: false });
    expect(older.refused).toEqual(['POST /api/hall/pair: Unrecognized key: "kioskId"']);
    expect(host.kiosk.hall.pairing.list()).toEqual([expect.objectContaining({ kind: 'kiosk', name: 'Kiosk 2', revokedAt: null })]);

    const { code: again } = host.kiosk.hall.pairing.start();
    const text = await kioskCliAsync(parts.tempPath())('hall', 'join', older.base, again, '--name', 'Kiosk 3');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/older version .* until it is updated/);
  });
});
