import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { formatTicketNumber } from '../../../src-main/core/tickets/ticket-numbering';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';
import { MONDAY_9AM, type TicketRig, ticketRig } from './fixtures';

const issue = (rig: TicketRig, serviceId = 'civil-status', priority = false) =>
  rig.tickets.issue({ serviceId, priority, language: 'vi', source: 'staff' });

describe('ticket numbers', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'kiosk.db');
  });
  afterEach(() => dir.remove());

  it('formats numbers with three digits and grows past 999 instead of wrapping', () => {
    expect(formatTicketNumber('A', 1)).toBe('A-001');
    expect(formatTicketNumber('B', 14)).toBe('B-014');
    expect(formatTicketNumber('A', 1000)).toBe('A-1000');
  });

  it('counts per letter and restarts at local midnight in Hà Nội, not at UTC midnight', async () => {
    // 23:59:59 local on Monday is 16:59:59 UTC.
    const clock = fakeClock('2026-11-23T16:59:58.000Z');
    const rig = ticketRig(file, clock);
    try {
      expect((await issue(rig)).number).toBe('A-001');
      expect((await issue(rig, 'certification')).number).toBe('B-001');
      clock.set('2026-11-23T16:59:59.999Z');
      const last = await issue(rig);
      expect(last).toMatchObject({ number: 'A-002', day: '2026-11-23' });
      clock.set('2026-11-23T17:00:00.000Z');
      const first = await issue(rig);
      expect(first).toMatchObject({ number: 'A-001', day: '2026-11-24' });
      // UTC midnight is 07:00 in Hà Nội: nothing restarts there.
      clock.set('2026-11-24T00:00:00.000Z');
      expect((await issue(rig)).number).toBe('A-002');
      expect(rig.tickets.list({ day: '2026-11-23' }).map((t) => t.number)).toEqual(['A-001', 'B-001', 'A-002']);
    } finally {
      rig.close();
    }
  });

  it('ignores the machine time zone', async () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    const rig = ticketRig(file, fakeClock('2026-11-23T17:30:00.000Z'));
    try {
      expect((await issue(rig)).day).toBe('2026-11-24');
    } finally {
      rig.close();
      process.env.TZ = before;
    }
  });

  it('continues after a restart and never reuses a number, even when the clock is set back', async () => {
    const clock = fakeClock(MONDAY_9AM);
    let rig = ticketRig(file, clock);
    await issue(rig);
    await issue(rig);
    rig.close();

    rig = ticketRig(file, clock);
    expect((await issue(rig)).number).toBe('A-003');
    rig.close();

    // A kiosk whose battery-less clock came back at yesterday: yesterday's sequence continues too.
    clock.set('2026-11-22T03:00:00.000Z');
    rig = ticketRig(file, clock);
    expect((await issue(rig)).number).toBe('A-001');
    clock.set(MONDAY_9AM);
    expect((await issue(rig)).number).toBe('A-004');
    rig.close();
  });

  it('keeps counting past the counter row when it lags behind the issued tickets', async () => {
    const rig = ticketRig(file, fakeClock(MONDAY_9AM));
    try {
      await issue(rig);
      await issue(rig);
      // As if a backup of the counters from earlier in the day had been restored.
      rig.db.prepare('UPDATE ticket_counters SET last_seq = 0').run();
      expect((await issue(rig)).number).toBe('A-003');
    } finally {
      rig.close();
    }
  });

  it('starts a second kiosk of the hall at its own first number, and never steps back when it is lowered', async () => {
    const clock = fakeClock(MONDAY_9AM);
    const first = ticketRig(file, clock);
    const second = ticketRig(join(dir.path, 'second.db'), clock);
    try {
      second.config.set('tickets.firstNumber', 501);
      expect((await issue(first)).number).toBe('A-001');
      expect((await issue(second)).number).toBe('A-501');
      expect((await issue(second)).number).toBe('A-502');
      second.config.set('tickets.firstNumber', 1);
      expect((await issue(second)).number).toBe('A-503');
      expect(() => second.config.set('tickets.firstNumber', 0)).toThrow(/tickets.firstNumber/);
      // The next day starts at the block again.
      second.config.set('tickets.firstNumber', 501);
      clock.set('2026-11-24T02:00:00.000Z');
      expect((await issue(second)).number).toBe('A-501');
    } finally {
      first.close();
      second.close();
    }
  });

  it('gives distinct numbers to the same queue from two connections on one file', async () => {
    const clock = fakeClock(MONDAY_9AM);
    const one = ticketRig(file, clock);
    const two = ticketRig(file, clock);
    try {
      const issued = await Promise.all(Array.from({ length: 40 }, (_, i) => issue(i % 2 ? one : two)));
      const numbers = issued.map((t) => t.number);
      expect(new Set(numbers).size).toBe(40);
      expect(numbers.toSorted()).toEqual(Array.from({ length: 40 }, (_, i) => formatTicketNumber('A', i + 1)));
    } finally {
      one.close();
      two.close();
    }
  });

  it('gives distinct numbers to a citizen screen and a staff screen issuing at once', async () => {
    const t = startTestKiosk({ clock: fakeClock(MONDAY_9AM) });
    try {
      const citizen = t.kiosk.newSession();
      const staff = t.kiosk.newSession();
      staff.setRole('staff');
      const replies = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          t.kiosk.dispatch(i % 2 ? citizen : staff, 'ticket.issue', { serviceId: 'land', priority: i % 3 === 0 }),
        ),
      );
      const numbers = replies.map((r) => (r.ok ? (r.result as { number: string }).number : r.error.message));
      expect(new Set(numbers).size).toBe(30);
      expect(numbers.every((n) => /^D-0\d\d$/.test(n))).toBe(true);
      const sources = t.kiosk.tickets.list().map((x) => x.source);
      expect(sources.filter((s) => s === 'kiosk')).toHaveLength(15);
      expect(sources.filter((s) => s === 'staff')).toHaveLength(15);
    } finally {
      await t.close();
    }
  });

  it('stores the number and its event together or not at all', async () => {
    const rig = ticketRig(file, fakeClock(MONDAY_9AM));
    try {
      rig.db.exec(`CREATE TRIGGER fail_event BEFORE INSERT ON ticket_events BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
      await expect(issue(rig)).rejects.toThrow(/disk full/);
      expect(rig.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
      expect(rig.db.prepare('SELECT COUNT(*) AS n FROM ticket_counters').get()).toEqual({ n: 0 });
      rig.db.exec('DROP TRIGGER fail_event');
      expect((await issue(rig)).number).toBe('A-001');
    } finally {
      rig.close();
    }
  });
});
