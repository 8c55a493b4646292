import { afterEach, describe, expect, it } from 'vitest';
import { type Clock, fakeClock } from '../../../src-main/api/center-clock';
import { createLogger } from '../../../src-main/core/logging/logger';
import { startHallServer } from '../../../src-main/shells/hall/hall-server';
import { startTestHallHost, type TestHallHost } from '../../support/hall-host';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

let host: TestHallHost | undefined;
let member: TestKiosk | undefined;
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  await member?.close();
  await host?.close();
  for (const d of dirs.splice(0)) d.remove();
});

function startMember(dataDir: string, hostUrl: string, token: string, clock?: Clock): TestKiosk {
  const m = startTestKiosk({ dataDir, ...(clock ? { clock } : {}) });
  m.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': hostUrl, 'hall.deviceToken': token });
  return m;
}

const issueAt = (k: TestKiosk, serviceId = 'civil-status') =>
  k.kiosk.tickets.issue({ serviceId, priority: false, language: 'vi', source: 'staff' });

describe('member kiosks issue through the hall host', () => {
  it('numbers from the host, from its offline block while the host is away, and hands those over in issue-time order', async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    const dir = tempDir();
    dirs.push(dir);
    const token = await host.pair('kiosk', 'Kiosk 2');
    member = startMember(dir.path, host.base, token);

    expect((await issueAt(member)).number).toBe('A-001');
    // The host's own screen takes the hall's next number too.
    expect((await issueAt(host)).number).toBe('A-002');
    expect((await issueAt(member, 'certification')).number).toBe('B-001');

    // The host goes away: the member numbers from 900 and keeps every ticket.
    const port = host.server.port;
    await host.server.close();
    expect((await issueAt(member)).number).toBe('A-900');
    // A restart of the member (power cut) does not repeat an offline number.
    await member.close();
    member = startMember(dir.path, host.base, token);
    expect((await issueAt(member)).number).toBe('A-901');
    expect(member.kiosk.hall.member.pending()).toBe(2);
    await member.kiosk.hall.member.flush();
    expect(member.kiosk.hall.member.pending()).toBe(2);

    // The host is back on its port: the offline tickets join the queue by issue time, once.
    const again = await startHallServer(host.kiosk.hall, {
      rendererDir: '/nonexistent',
      audioDir: '/nonexistent',
      log: createLogger(host.logs, 'test.hall'),
      port,
      bind: '127.0.0.1',
      names: [],
    });
    try {
      expect((await issueAt(host)).number).toBe('A-003');
      await member.kiosk.hall.member.flush();
      expect(member.kiosk.hall.member.pending()).toBe(0);
      await member.kiosk.hall.member.flush();
      const queue = host.kiosk.hall.queue.list().map((t) => t.number);
      expect(queue).toEqual(['A-001', 'A-002', 'B-001', 'A-900', 'A-901', 'A-003']);
      expect(new Set(queue).size).toBe(queue.length);
      // The member printed the same numbers the hall queue holds.
      const printed = member.kiosk.tickets
        .list()
        .map((t) => t.number)
        .sort();
      expect(printed).toEqual(['A-001', 'A-900', 'A-901', 'B-001']);
      expect((await issueAt(member)).number).toBe('A-004');
    } finally {
      await again.close();
    }
  });

  it('a host refusal reaches the citizen instead of an offline number', async () => {
    host = await startTestHallHost();
    const dir = tempDir();
    dirs.push(dir);
    member = startMember(dir.path, host.base, await host.pair('kiosk'));
    const off = host.kiosk.tickets.listServices().find((s) => s.id === 'land');
    // Active on the member, switched off at the host.
    host.kiosk.tickets.saveService({ ...(off as NonNullable<typeof off>), active: false });
    await expect(issueAt(member, 'land')).rejects.toMatchObject({ code: 'conflict' });
    expect(member.kiosk.hall.member.pending()).toBe(0);
  });

  it('shows the estimate the host gives with the number, and none for an offline number', async () => {
    // Monday 23 November 2026, 09:00 in Hà Nội, for host and member alike (one center clock).
    const clock = fakeClock('2026-11-23T02:00:00.000Z');
    host = await startTestHallHost({ clock });
    host.kiosk.config.set('hall.role', 'host');
    const dir = tempDir();
    dirs.push(dir);
    member = startMember(dir.path, host.base, await host.pair('kiosk'), clock);
    const first = await issueAt(member);
    // Early in the day nobody has been called: no estimate, but the hall's line is counted.
    expect(first).toMatchObject({ number: 'A-001', waitingAhead: 0, estimatedWaitMin: null });
    for (let i = 0; i < 9; i++) {
      clock.advance(10_000);
      await issueAt(i % 2 === 0 ? host : member);
    }
    // The desk calls six in a row, three minutes apart: five paces of 3 minutes.
    for (let i = 0; i < 6; i++) {
      host.kiosk.hall.queue.callNext(1);
      clock.advance(3 * 60_000);
      host.kiosk.hall.queue.close(1, 'served');
    }
    const mine = await issueAt(member);
    // Ten issued, six called: four of the hall's tickets (from both kiosks) wait ahead: (4 + 1) × 3 = 15.
    expect(mine).toMatchObject({ number: 'A-011', waitingAhead: 4, estimatedWaitMin: 15 });
    // The paper says it too.
    expect(member.kiosk.tickets.get(mine.id).estimatedWaitMin).toBe(15);

    // Offline, the member has no desks' pace of its own: it says nothing rather than guess.
    await host.server.close();
    const offline = await issueAt(member);
    expect(offline.number).toBe('A-900');
    expect(offline.estimatedWaitMin).toBeNull();
  });
});
