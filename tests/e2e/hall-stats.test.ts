import { describe, expect, it } from 'vitest';
import { dayStats } from '../../src-main/core/hall/hall-stats';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { enterStaffMode } from '../support/pin-pad';

const POLL = { timeout: 15_000 } as const;
const CHEAP = { N: 1024, r: 8, p: 1 };
const STAFF_PIN = '271828';

describe('the staff statistics screen', () => {
  const kiosk = useWebKiosk(ORIENTATIONS[1], {
    deps: { pinCost: CHEAP },
    prepare: async (k) => {
      await k.kiosk.auth.setPin('staff', STAFF_PIN, 'cli');
      k.kiosk.config.set('hall.role', 'host');
      // A morning at the hall: numbers taken, called at counters, served or missed.
      const q = k.kiosk.hall.queue;
      for (let i = 0; i < 4; i++) q.issue({ serviceId: 'civil-status', priority: false, kioskId: 'K1' });
      q.issue({ serviceId: 'certification', priority: true, kioskId: 'K2' });
      q.callNext(1);
      q.close(1, 'served');
      q.callNext(1);
      q.close(1, 'no-show');
      q.callNext(1);
    },
  });

  it('shows behind the staff PIN today by hour and by service, the same numbers as the CLI', async () => {
    const { page } = await kiosk.open();
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    await enterStaffMode(page, STAFF_PIN);
    await page.getByTestId('staff-open-stats').tap();
    await expect.poll(() => page.getByTestId('stats-services').isVisible(), POLL).toBe(true);

    const stats = dayStats(kiosk.kiosk.db, kiosk.kiosk.hall.queue.today());
    expect(stats.services.map((s) => s.serviceId)).toEqual(['certification', 'civil-status']);
    for (const h of stats.hours) {
      const cells = await page.getByTestId(`stats-hour-${h.hour}`).locator('td').allTextContents();
      expect(cells).toEqual([String(h.issued), String(h.served)]);
    }
    const minutes = (m: number | null) => (m === null ? '–' : m.toLocaleString('vi', { maximumFractionDigits: 1 }));
    for (const s of stats.services) {
      const cells = await page.getByTestId(`stats-service-${s.serviceId}`).locator('td').allTextContents();
      expect(cells).toEqual([String(s.issued), String(s.served), String(s.noShow), minutes(s.avgWaitMin), minutes(s.maxWaitMin)]);
    }
    expect(await page.getByTestId('stats-service-civil-status').locator('td').first().textContent()).toBe('4');
    expect(await page.getByTestId('stats-chart').locator('rect').count()).toBeGreaterThanOrEqual(2);
    await saveScreenshot(page, 'hall-staff-stats', ORIENTATIONS[1]);
    await page.getByTestId('stats-services').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'hall-staff-stats-services', ORIENTATIONS[1]);
  });
});
