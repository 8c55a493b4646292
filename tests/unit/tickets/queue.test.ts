import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { tempDir } from '../../support/test-kiosk';
import { MONDAY_9AM, type TicketRig, ticketRig } from './fixtures';

describe('the queue of a day', () => {
  let dir: ReturnType<typeof tempDir>;
  let rig: TicketRig;
  const clock = fakeClock(MONDAY_9AM);
  beforeEach(() => {
    dir = tempDir();
    clock.set(MONDAY_9AM);
    rig = ticketRig(join(dir.path, 'kiosk.db'), clock);
  });
  afterEach(() => {
    rig.close();
    dir.remove();
  });
  const issue = (priority = false, serviceId = 'civil-status') => {
    clock.advance(1000);
    return rig.tickets.issue({ serviceId, priority, language: 'vi', source: 'staff' });
  };

  it('calls priority tickets first and counts who is ahead of whom', async () => {
    const a1 = await issue();
    const a2 = await issue();
    await issue(false, 'certification');
    const a3 = await issue(true);
    expect(a1.waitingAhead).toBe(0);
    expect(a2.waitingAhead).toBe(1);
    // A priority ticket goes before everyone who is not priority.
    expect(a3.waitingAhead).toBe(0);
    expect(rig.tickets.get(a1.id).waitingAhead).toBe(1);
    expect(rig.tickets.get(a2.id).waitingAhead).toBe(2);
    const a4 = await issue(true);
    expect(a4.waitingAhead).toBe(1);
    expect(rig.tickets.list({ serviceId: 'civil-status' }).map((t) => `${t.number}${t.priority ? '*' : ''}`)).toEqual([
      'A-003*',
      'A-004*',
      'A-001',
      'A-002',
    ]);
    expect(rig.tickets.available().find((s) => s.id === 'civil-status')?.waiting).toBe(4);
  });

  it('marks tickets served or missed; a missed one may still be served, a served one is final', async () => {
    const a1 = await issue();
    const a2 = await issue();
    const served = rig.tickets.mark(a1.id, 'served');
    expect(served).toMatchObject({ status: 'served', waitingAhead: 0 });
    expect(served.closedAt).toBe(clock.now().toISOString());
    expect(rig.tickets.get(a2.id).waitingAhead).toBe(0);
    expect(() => rig.tickets.mark(a1.id, 'no-show')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(rig.tickets.mark(a2.id, 'no-show').status).toBe('no-show');
    expect(rig.tickets.mark(a2.id, 'served').status).toBe('served');
    const types = rig.db.prepare('SELECT type FROM ticket_events ORDER BY rowid').all() as { type: string }[];
    expect(types.map((t) => t.type)).toEqual(['issued', 'issued', 'served', 'no-show', 'served']);
  });

  it('refuses unknown tickets and services with clear codes', async () => {
    expect(() => rig.tickets.get('nope')).toThrow(expect.objectContaining({ code: 'not-found' }));
    await expect(rig.tickets.issue({ serviceId: 'nope', priority: false, language: 'vi', source: 'staff' })).rejects.toMatchObject({
      code: 'not-found',
    });
    const s = rig.tickets.listServices().find((x) => x.id === 'land');
    rig.tickets.saveService({ ...(s as NonNullable<typeof s>), active: false });
    await expect(issue(false, 'land')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reprints only today\u2019s tickets', async () => {
    const a1 = await issue();
    clock.set('2026-11-24T02:00:00.000Z');
    await expect(rig.tickets.reprint(a1.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('gives citizens numbers only in opening hours, staff at any time', async () => {
    clock.set('2026-11-23T12:00:00.000Z'); // 19:00 in Hà Nội
    await expect(rig.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'kiosk' })).rejects.toMatchObject({
      code: 'unavailable',
    });
    const summary = rig.tickets.available().find((s) => s.id === 'civil-status');
    expect(summary).toMatchObject({ open: false, opensAt: '2026-11-24T00:30:00.000Z' });
    expect((await rig.tickets.issue({ serviceId: 'civil-status', priority: true, language: 'vi', source: 'staff' })).number).toBe('A-001');
  });

  it('puts the status link the QR encodes on every ticket once a server is known', async () => {
    expect((await issue()).statusUrl).toBeNull();
    rig.config.set('server.url', 'https://hcc.example.gov.vn/');
    expect((await issue()).statusUrl).toBe('https://hcc.example.gov.vn/queue?kiosk=KTEST000001&day=2026-11-23&ticket=A-002');
    rig.config.set('tickets.statusUrl', 'https://xephang.example.vn/tra-cuu');
    expect((await issue()).statusUrl).toBe('https://xephang.example.vn/tra-cuu?kiosk=KTEST000001&day=2026-11-23&ticket=A-003');
  });

  it('announces every change so queues and ticket screens refresh', async () => {
    const seen: string[] = [];
    rig.bus.onAny((event, payload) => seen.push(`${event}:${(payload as { serviceId: string }).serviceId}`));
    const a1 = await issue();
    rig.tickets.mark(a1.id, 'served');
    expect(seen.filter((e) => e === 'ticket.onChanged:civil-status').length).toBeGreaterThanOrEqual(3);
  });
});
