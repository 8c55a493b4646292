import { afterEach, describe, expect, it } from 'vitest';
import { dayStats } from '../../../src-main/core/hall/hall-stats';
import { type HallRig, hallRig } from './hall-fixtures';

let rig: HallRig;
afterEach(() => rig.close());

describe('hall statistics of a day', () => {
  it('counts issued and served by center hour and waits per service', () => {
    rig = hallRig(); // 09:00 in Hà Nội
    const issue = (serviceId: string) => rig.queue.issue({ serviceId, priority: false, kioskId: 'K1' });
    issue('civil-status');
    rig.clock.advance(4 * 60_000);
    issue('civil-status');
    rig.clock.advance(6 * 60_000); // 09:10
    rig.queue.callNext(1);
    rig.clock.advance(5 * 60_000);
    rig.queue.close(1, 'served');
    rig.queue.callNext(1); // 09:15, waited 11 min
    rig.queue.close(1, 'no-show');
    rig.clock.advance(50 * 60_000); // 10:05
    issue('certification');
    const stats = dayStats(rig.db, '2026-11-23');
    expect(stats.hours).toEqual([
      { hour: 9, issued: 2, served: 1 },
      { hour: 10, issued: 1, served: 0 },
    ]);
    expect(stats.services).toEqual([
      { serviceId: 'certification', issued: 1, served: 0, noShow: 0, avgWaitMin: null, maxWaitMin: null },
      { serviceId: 'civil-status', issued: 2, served: 1, noShow: 1, avgWaitMin: 10.5, maxWaitMin: 11 },
    ]);
    expect(dayStats(rig.db, '2026-11-24')).toEqual({ day: '2026-11-24', hours: [], services: [] });
  });
});
