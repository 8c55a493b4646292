import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import type { Role } from '../../../src-main/api/roles';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';
import { MONDAY_9AM } from './fixtures';

describe('ticket channels', () => {
  let t: TestKiosk;
  const clock = fakeClock(MONDAY_9AM);
  beforeEach(() => {
    clock.set(MONDAY_9AM);
    t = startTestKiosk({ clock });
  });
  afterEach(() => t.close());

  const as = (role: Role) => {
    const s = t.kiosk.newSession();
    s.setRole(role);
    return (channel: string, args: unknown) => t.kiosk.dispatch(s, channel, args);
  };

  it('let a citizen see services, take a ticket and follow it, nothing more', async () => {
    const call = as('citizen');
    const services = await call('ticket.available', {});
    expect(services).toMatchObject({ ok: true });
    const issued = await call('ticket.issue', { serviceId: 'civil-status', priority: true, language: 'en' });
    expect(issued).toMatchObject({ ok: true, result: { number: 'A-001', priority: true, source: 'kiosk', waitingAhead: 0 } });
    const id = issued.ok ? (issued.result as { id: string }).id : '';
    expect(await call('ticket.get', { ticketId: id })).toMatchObject({ ok: true, result: { number: 'A-001' } });
    for (const [channel, args] of [
      ['ticket.reprint', { ticketId: id }],
      ['ticket.queue', {}],
      ['ticket.mark', { ticketId: id, status: 'served' }],
      ['ticket.services.list', {}],
      ['ticket.services.remove', { id: 'land' }],
    ] as const) {
      expect(await call(channel, args)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('let staff issue, reprint, see the queue and close tickets, but not configure services', async () => {
    const call = as('staff');
    const issued = await call('ticket.issue', { serviceId: 'land', priority: true });
    expect(issued).toMatchObject({ ok: true, result: { number: 'D-001', source: 'staff' } });
    const id = issued.ok ? (issued.result as { id: string }).id : '';
    expect(await call('ticket.reprint', { ticketId: id })).toMatchObject({ ok: true, result: { print: { count: 2 } } });
    expect(await call('ticket.queue', { serviceId: 'land' })).toMatchObject({ ok: true, result: [{ number: 'D-001' }] });
    expect(await call('ticket.mark', { ticketId: id, status: 'no-show' })).toMatchObject({ ok: true, result: { status: 'no-show' } });
    expect(await call('ticket.services.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('let technicians list, save and remove services with validation', async () => {
    const call = as('technician');
    const list = await call('ticket.services.list', {});
    expect(list.ok && (list.result as unknown[]).length).toBe(7);
    const bad = await call('ticket.services.save', { id: 'x', prefix: 'AA', names: { vi: 'X', en: 'X' }, counters: [1], hours: {} });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const clash = await call('ticket.services.save', {
      id: 'x',
      prefix: 'A',
      names: { vi: 'X', en: 'X' },
      counters: [1],
      hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('ticket.services.remove', { id: 'results' })).toEqual({ ok: true, result: { removed: true } });
  });

  it('answer bad arguments with bad-request and unknown tickets with not-found', async () => {
    const call = as('staff');
    expect(await call('ticket.issue', { serviceId: 'Civil Status' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('ticket.issue', { serviceId: 'land', priority: 'yes' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('ticket.mark', { ticketId: 'x', status: 'lost' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('ticket.get', { ticketId: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('tell a citizen a closed service is closed, with its opening time', async () => {
    clock.set('2026-11-23T05:00:00.000Z'); // 12:00, lunch break
    const reply = await as('citizen')('ticket.issue', { serviceId: 'civil-status' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('2026-11-23T06:30:00.000Z') },
    });
  });
});
