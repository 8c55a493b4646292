import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

describe('ticket events reach the center server through the outbox', () => {
  let center: CenterServer;
  let t: TestKiosk;
  const clock = fakeClock('2026-11-23T02:00:00.000Z');

  beforeEach(async () => {
    center = await startCenterServer({ token: 'kiosk-token' });
    t = startTestKiosk({ clock, backgroundSync: false });
    t.kiosk.config.setMany({ 'server.url': center.url, 'server.token': 'kiosk-token' });
  });
  afterEach(async () => {
    await t.close();
    await center.close();
  });

  it('sends issued, reprinted, served and no-show once each, with nothing personal in them', async () => {
    const { tickets } = t.kiosk;
    const a = await tickets.issue({ serviceId: 'civil-status', priority: true, language: 'vi', source: 'kiosk' });
    const b = await tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
    await tickets.reprint(a.id);
    tickets.mark(a.id, 'served');
    tickets.mark(b.id, 'no-show');

    const counts = await t.kiosk.outbox.worker.drain({ deadlineMs: Date.now() + 20_000, untilEmpty: true });
    expect(counts).toMatchObject({ pending: 0, sending: 0, failed: 0 });
    const events = center.store.allEvents();
    expect(events.map((e) => e.type)).toEqual(['ticket.issued', 'ticket.issued', 'ticket.reprinted', 'ticket.served', 'ticket.no-show']);
    expect(events[0]).toMatchObject({
      kioskId: t.kiosk.kioskId,
      occurredAt: '2026-11-23T02:00:00.000Z',
      data: { number: 'A-001', serviceId: 'civil-status', day: '2026-11-23', priority: true, source: 'kiosk', ticketId: a.id },
    });
    expect(Object.keys(events[0]?.data as object).sort()).toEqual(
      ['day', 'eventId', 'kioskId', 'number', 'priority', 'serviceId', 'source', 'ticketId'].sort(),
    );

    // Sending again changes nothing on the server.
    await t.kiosk.outbox.worker.drain({ deadlineMs: Date.now() + 5_000, untilEmpty: true });
    expect(center.store.allEvents()).toHaveLength(5);
  });

  it('keeps the ticket and its event together: no event without a ticket, no ticket without an event', async () => {
    t.kiosk.db.exec(`CREATE TRIGGER no_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await expect(t.kiosk.tickets.issue({ serviceId: 'land', priority: false, language: 'vi', source: 'staff' })).rejects.toThrow(
      /disk full/,
    );
    expect(t.kiosk.tickets.list()).toHaveLength(0);
    expect(t.kiosk.db.prepare('SELECT COUNT(*) AS n FROM ticket_events').get()).toEqual({ n: 0 });
    t.kiosk.db.exec('DROP TRIGGER no_outbox');
    expect((await t.kiosk.tickets.issue({ serviceId: 'land', priority: false, language: 'vi', source: 'staff' })).number).toBe('D-001');
  });
});
