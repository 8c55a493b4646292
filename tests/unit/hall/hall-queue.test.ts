import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HallCall } from '../../../src-main/api/hall';
import { type HallRig, hallRig, outboxEvents } from './hall-fixtures';

let rig: HallRig;
afterEach(() => rig.close());

const issue = (serviceId: string, priority = false, kioskId = 'K1') => rig.queue.issue({ serviceId, priority, kioskId });

describe('hall queue: calling', () => {
  it('calls priority first, then issue order, only the services the counter serves', () => {
    rig = hallRig();
    const a1 = issue('civil-status');
    rig.clock.advance(1000);
    const b1 = issue('certification');
    rig.clock.advance(1000);
    const a2 = issue('civil-status');
    rig.clock.advance(1000);
    const a3p = issue('civil-status', true);
    expect([a1.number, b1.number, a2.number, a3p.number]).toEqual(['A-001', 'B-001', 'A-002', 'A-003']);

    // Counter 1 serves civil-status (A) only.
    const order: string[] = [];
    for (;;) {
      const t = rig.queue.callNext(1);
      if (!t) break;
      order.push(t.number);
      rig.queue.close(1, 'served');
    }
    expect(order).toEqual(['A-003', 'A-001', 'A-002']);
    expect(rig.queue.callNext(2)?.number).toBe('B-001');
  });

  it('records issued, called and closed times and the counter', () => {
    rig = hallRig();
    const t = issue('civil-status');
    rig.clock.advance(5 * 60_000);
    const called = rig.queue.callNext(1);
    rig.clock.advance(3 * 60_000);
    const served = rig.queue.close(1, 'served');
    expect(called?.calledAt).toBe('2026-11-23T02:05:00.000Z');
    expect(served).toMatchObject({ status: 'served', counter: 1, issuedAt: t.issuedAt, calledAt: '2026-11-23T02:05:00.000Z' });
    expect(served.closedAt).toBe('2026-11-23T02:08:00.000Z');
  });

  it('refuses to call next while the counter still has a ticket, and has nothing to close when idle', () => {
    rig = hallRig();
    issue('civil-status');
    issue('civil-status');
    rig.queue.callNext(1);
    expect(() => rig.queue.callNext(1)).toThrow(expect.objectContaining({ code: 'conflict' }));
    rig.queue.close(1, 'no-show');
    expect(rig.queue.callNext(1)?.number).toBe('A-002');
    rig.queue.close(1, 'served');
    expect(rig.queue.callNext(1)).toBeNull();
    expect(() => rig.queue.close(1, 'served')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => rig.queue.recall(1)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('announces a call and a recall with the clip sequence of the number', () => {
    rig = hallRig();
    const calls: HallCall[] = [];
    rig.queue.onCall((c) => calls.push(c));
    for (let i = 0; i < 12; i += 1) issue('residence');
    for (let i = 0; i < 11; i += 1) {
      rig.queue.callNext(3);
      rig.queue.close(3, 'served');
    }
    calls.length = 0;
    rig.queue.callNext(3);
    rig.clock.advance(30_000);
    const again = rig.queue.recall(3);
    expect(again.calls).toBe(2);
    expect(calls.map((c) => [c.number, c.counter, c.recall, c.text])).toEqual([
      ['C-012', 3, false, 'xin mời số xê không một hai đến quầy số ba'],
      ['C-012', 3, true, 'xin mời số xê không một hai đến quầy số ba'],
    ]);
    expect(calls[0]?.clips).toEqual(['xin-mowif-soos', 'xee', 'khoong', 'mootj', 'hai', 'ddeens-quaayf-soos', 'ba']);
  });
});

describe('hall queue: transfer', () => {
  it('keeps the place by issue time in the new service', () => {
    rig = hallRig();
    const a1 = issue('civil-status');
    rig.clock.advance(1000);
    issue('certification');
    rig.clock.advance(1000);
    issue('certification');
    rig.queue.callNext(1);
    const moved = rig.queue.transfer(1, { serviceId: 'certification' });
    expect(moved).toMatchObject({ id: a1.id, status: 'waiting', serviceId: 'certification', issuedAt: a1.issuedAt });
    // A-001 was issued before both B tickets, so counter 2 calls it first.
    expect(rig.queue.callNext(2)?.number).toBe('A-001');
    const events = outboxEvents(rig.db, 'ticket.transferred');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ number: 'A-001', fromServiceId: 'civil-status', toServiceId: 'certification', fromCounter: 1 });
  });

  it('to one counter: only that counter calls it', () => {
    rig = hallRig();
    issue('land');
    issue('land');
    rig.queue.callNext(4);
    rig.queue.transfer(4, { counter: 6 });
    expect(rig.queue.counterState(4).current).toBeNull();
    expect(rig.queue.callNext(4)?.number).toBe('D-002');
    const at6 = rig.queue.callNext(6);
    expect(at6).toMatchObject({ number: 'D-001', counter: 6, forCounter: null });
    expect(() => rig.queue.transfer(6, { counter: 6 })).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(() => rig.queue.transfer(6, { serviceId: 'no-such' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(rig.queue.counterState(6).current?.number).toBe('D-001');
  });
});

describe('hall queue: board, counters, events', () => {
  it('shows current calls, last calls and waiting per service with the longest wait', () => {
    rig = hallRig();
    issue('civil-status');
    rig.clock.advance(60_000);
    issue('civil-status');
    issue('certification');
    rig.clock.advance(60_000);
    rig.queue.callNext(1);
    rig.queue.callNext(2);
    const board = rig.queue.board();
    expect(board.current.map((c) => [c.number, c.counter])).toEqual([
      ['A-001', 1],
      ['B-001', 2],
    ]);
    expect(board.recent.map((c) => c.number).sort()).toEqual(['A-001', 'B-001']);
    const civil = board.waiting.find((w) => w.serviceId === 'civil-status');
    expect(civil).toMatchObject({ waiting: 1, longestWaitSec: 60 });
    expect(board.waiting.find((w) => w.serviceId === 'land')).toMatchObject({ waiting: 0, longestWaitSec: null });
    const desk = rig.queue.counterState(4);
    expect(desk.services.map((s) => s.serviceId)).toEqual(['land', 'business']);
  });

  it("sends called, transferred, served and no-show events through the outbox (issued is the printing kiosk's)", () => {
    rig = hallRig();
    issue('civil-status');
    issue('civil-status');
    rig.queue.callNext(1);
    rig.queue.recall(1);
    rig.queue.close(1, 'served');
    rig.queue.callNext(1);
    rig.queue.close(1, 'no-show');
    expect(outboxEvents(rig.db, 'ticket.issued')).toHaveLength(0);
    const called = outboxEvents(rig.db, 'ticket.called');
    expect(called.map((e) => [e.number, e.counter, e.recall])).toEqual([
      ['A-001', 1, 0],
      ['A-001', 1, 1],
      ['A-002', 1, 0],
    ]);
    expect(called[0]).toMatchObject({ source: 'hall', kioskId: 'KHOST00001', issuedBy: 'K1', calledAt: '2026-11-23T02:00:00.000Z' });
    expect(outboxEvents(rig.db, 'ticket.served')).toHaveLength(1);
    expect(outboxEvents(rig.db, 'ticket.no-show')).toHaveLength(1);
  });
});

describe('hall numbering and offline handover', () => {
  it('never gives a number twice across a restart, and skips the offline block 900–999', () => {
    rig = hallRig();
    rig.db.prepare(`INSERT INTO hall_counters (day, prefix, last_seq) VALUES ('2026-11-23', 'A', 898)`).run();
    expect(issue('civil-status').number).toBe('A-899');
    rig = rig.reopen();
    expect(issue('civil-status').number).toBe('A-1000');
    // A counter row lost to an old backup does not bring numbers back.
    rig.db.prepare(`DELETE FROM hall_counters`).run();
    expect(issue('civil-status').number).toBe('A-1001');
  });

  it('puts offline tickets in their place by issue time, once, and refuses a number already given', () => {
    rig = hallRig();
    const early = {
      id: randomUUID(),
      day: '2026-11-23',
      number: 'A-900',
      serviceId: 'civil-status',
      priority: false,
      issuedAt: '2026-11-23T01:50:00.000Z',
    };
    const later = {
      id: randomUUID(),
      day: '2026-11-23',
      number: 'A-901',
      serviceId: 'civil-status',
      priority: false,
      issuedAt: '2026-11-23T02:00:30.000Z',
    };
    issue('civil-status'); // 02:00:00
    rig.clock.advance(60_000);
    issue('civil-status'); // 02:01:00
    const first = rig.queue.handOver('K2', [later, early]);
    expect(first).toEqual({ accepted: [later.id, early.id], known: [], refused: [] });
    const again = rig.queue.handOver('K2', [early]);
    expect(again).toEqual({ accepted: [], known: [early.id], refused: [] });
    const clash = rig.queue.handOver('K3', [
      { ...early, id: randomUUID() },
      { ...early, id: randomUUID(), number: 'A-005' },
    ]);
    expect(clash.refused.map((r) => r.code)).toEqual(['conflict', 'bad-request']);
    expect(rig.queue.list().map((t) => t.number)).toEqual(['A-900', 'A-001', 'A-901', 'A-002']);
    const numbers = rig.queue.list().map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(rig.queue.list().find((t) => t.number === 'A-900')).toMatchObject({ offline: true, kioskId: 'K2' });
  });
});
