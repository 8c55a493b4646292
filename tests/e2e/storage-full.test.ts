import { describe, expect, it } from 'vitest';
import { outOfOrderHtml } from '../../src-main/shells/electron/out-of-order';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { runningClockFrom } from '../support/running-clock';

describe.each(ORIENTATIONS)('a full disk and a kiosk that cannot start ($name)', (orientation) => {
  const k = useWebKiosk(orientation, { deps: { clock: runningClockFrom('2026-11-23T02:00:00.000Z'), backgroundSync: false } });

  it('tells the visitor the kiosk cannot save and nothing was kept, in the screen’s language', async () => {
    const { context, page } = await k.open();
    try {
      await page.getByTestId('home-action-ticket').tap();
      await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
      // The disk fills up while the visitor reads the list: the file may not grow by one page more.
      const db = k.kiosk.db;
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      for (let i = 0; i < 2000; i++) {
        try {
          await k.kiosk.tickets.issue({ serviceId: 'land', priority: false, language: 'vi', source: 'kiosk' });
        } catch {
          break;
        }
      }
      await page.getByTestId('service-civil-status').tap();
      await expect.poll(() => page.getByTestId('ticket-error').textContent()).toContain('bộ nhớ đã đầy');
      expect(await page.getByTestId('ticket-error').textContent()).toContain('Chưa có thông tin nào được lưu lại');
      await saveScreenshot(page, 'storage-full-ticket', orientation);
    } finally {
      await context.close();
    }
  });

  it('shows the out-of-order page in all four languages', async () => {
    const context = await k.browser.newContext({ viewport: { width: orientation.width, height: orientation.height } });
    try {
      const page = await context.newPage();
      await page.setContent(outOfOrderHtml());
      for (const title of ['Tạm ngừng phục vụ', 'Out of order', 'خارج الخدمة', 'Nieczynne']) {
        expect(await page.getByRole('heading', { name: title }).isVisible()).toBe(true);
      }
      await saveScreenshot(page, 'out-of-order', orientation);
    } finally {
      await context.close();
    }
  });
});
