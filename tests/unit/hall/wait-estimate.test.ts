import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { hallWaitMin } from '../../../src-main/core/hall/hall-wait';
import { estimateWaitMin, type Turn } from '../../../src-main/core/tickets/wait-estimate';
import { tempDir } from '../../support/test-kiosk';
import { fakeDevices, paperText, ticketRig } from '../tickets/fixtures';
import { type HallRig, hallRig, MONDAY_9AM } from './hall-fixtures';

const at = (min: number) => new Date(Date.parse(MONDAY_9AM) + min * 60_000).toISOString();
/** Tickets all issued at 09:00 and called every `pace` minutes from 09:05: a busy desk. */
const busy = (n: number, pace: number): Turn[] => Array.from({ length: n }, (_, i) => ({ issuedAt: at(0), turnAt: at(5 + i * pace) }));

describe('the estimated wait rule (docs/hall.md)', () => {
  it('says nothing until the day has shown five paces', () => {
    expect(estimateWaitMin([], 3)).toBeNull();
    expect(estimateWaitMin(busy(5, 3), 3)).toBeNull(); // five turns are four paces
    expect(estimateWaitMin(busy(6, 3), 3)).toBe(15); // (3 ahead + 1) × 3 min = 12 → 15
  });

  it('rounds up to five minutes and never says less than five', () => {
    expect(estimateWaitMin(busy(6, 3), 0)).toBe(5);
    expect(estimateWaitMin(busy(6, 4), 4)).toBe(20);
    expect(estimateWaitMin(busy(6, 4), 5)).toBe(25); // 24 → 25
    expect(estimateWaitMin(busy(6, 6), 20)).toBe(130); // 126 → 130
  });

  it('leaves out gaps in which nobody waited and breaks over 30 minutes', () => {
    const turns = busy(6, 2);
    // Issued after the previous turn: the desk waited for an arrival, not for a citizen.
    const quiet = { issuedAt: at(50), turnAt: at(51) };
    // Waiting since 09:00, called after a lunch of 40 minutes.
    const afterBreak = { issuedAt: at(0), turnAt: at(91) };
    expect(estimateWaitMin([...turns, quiet, afterBreak], 4)).toBe(10); // still 2 min a turn
  });

  it('follows the recent pace: the last twenty paces', () => {
    const morning = busy(21, 1); // 20 paces of 1 minute
    const later = Array.from({ length: 20 }, (_, i) => ({ issuedAt: at(20), turnAt: at(26 + i * 4) }));
    // The first of the later turns follows the morning by 1 minute; the 19 after it by 4.
    expect(estimateWaitMin([...morning, ...later], 4)).toBe(20); // (1 + 19×4)/20 = 3.85 × 5 → 19.25 → 20
  });
});

let rig: HallRig | undefined;
afterEach(() => rig?.close());

describe('the estimated wait of a hall ticket on the host, with a fake clock', () => {
  it('counts the hall tickets ahead at the pace the counters called today', () => {
    rig = hallRig();
    const r = rig;
    const issue = () => r.queue.issue({ serviceId: 'civil-status', priority: false, kioskId: 'K1' });
    const tickets = Array.from({ length: 12 }, () => {
      r.clock.advance(10_000);
      return issue();
    });
    const last = tickets.at(-1);
    if (!last) throw new Error('no ticket');
    const estimate = () => hallWaitMin(r.db, last);
    // 09:02, nobody called yet: too early to say.
    expect(estimate()).toBeNull();
    for (let i = 0; i < 5; i++) {
      r.queue.callNext(1);
      r.clock.advance(3 * 60_000);
      r.queue.close(1, 'served');
    }
    // Five calls are four paces: still nothing.
    expect(estimate()).toBeNull();
    r.queue.callNext(1);
    // Six calls 3 minutes apart; 5 tickets ahead of the last: (5 + 1) × 3 = 18 → 20.
    expect(estimate()).toBe(20);
    const other = issue();
    expect(hallWaitMin(r.db, other)).toBe(25); // 6 ahead: 21 → 25
    const priority = r.queue.issue({ serviceId: 'civil-status', priority: true, kioskId: 'K1' });
    expect(hallWaitMin(r.db, priority)).toBe(5); // first in line
    // Once called, a ticket has no estimate.
    expect(hallWaitMin(r.db, tickets[5] as NonNullable<typeof last>)).toBeNull();
  });
});

describe('a standalone kiosk estimates from the tickets its staff closed', () => {
  it('shows the estimate on the ticket and on paper once five paces are seen', async () => {
    const dir = tempDir();
    const clock = fakeClock(MONDAY_9AM);
    const printer = fakeDevices();
    const t = ticketRig(join(dir.path, 'kiosk.db'), clock, printer.devices);
    try {
      const issue = () => t.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'en', source: 'staff' });
      const first = [];
      for (let i = 0; i < 8; i++) first.push(await issue());
      expect(first.at(-1)?.estimatedWaitMin).toBeNull();
      for (const ticket of first.slice(0, 6)) {
        clock.advance(4 * 60_000);
        t.tickets.mark(ticket.id, 'served');
      }
      const mine = await issue();
      // Two still ahead, 4 minutes a turn: 12 → 15.
      expect(mine.waitingAhead).toBe(2);
      expect(mine.estimatedWaitMin).toBe(15);
      const paper = paperText(printer.printed.at(-1) as NonNullable<(typeof printer.printed)[number]>);
      expect(paper).toContain('Thời gian chờ dự kiến: khoảng 15 phút');
      expect(paper).toContain('Estimated wait: about 15 min');
    } finally {
      t.close();
      dir.remove();
    }
  });
});
