import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

/** Among the longest names a merged commune's center carries. */
const LONG_NAME = 'Trung tâm Phục vụ hành chính công phường Hoàng Văn Thụ';

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app in the page's cache.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0], { prepare: (k) => k.kiosk.config.set('center.name', LONG_NAME) });
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('the top bar and the home screen say it plainly ($name)', (orientation) => {
  it('shows the whole center name beside the red sign, every home tile, and a lead that asks to choose', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('screen-home').waitFor();
    // No center configured: the red sign is up, the widest the top bar gets.
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toMatch(/^(unconfigured|unreachable)$/);
    for (const language of ['vi', 'ar']) {
      if (language === 'ar') {
        await page.getByTestId('nav-language').tap();
        await page.getByTestId('language-ar').tap();
        await page.getByTestId('screen-home').waitFor();
      }
      const name = page.getByTestId('center-name');
      expect(await name.textContent()).toBe(LONG_NAME);
      // Wrapped, not cut: nothing of it lies beyond its box.
      expect(await name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      const [n, s] = [await name.boundingBox(), await page.getByTestId('connection-status').boundingBox()];
      if (!n || !s) throw new Error('no top bar');
      expect(n.x + n.width <= s.x || s.x + s.width <= n.x).toBe(true);
      const size = await name.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(24);
      if (language === 'vi') expect(await page.locator('.home__lead').textContent()).toMatch(/^Vui lòng chọn /);
      // Every tile in view without scrolling: the home screen uses its height, none is cut by the bar.
      const cut = await page.evaluate(() => {
        const main = document.getElementById('main')?.getBoundingClientRect();
        return [...document.querySelectorAll('[data-testid^="home-action-"]')]
          .filter((el) => !main || el.getBoundingClientRect().bottom > main.bottom + 1)
          .map((el) => el.getAttribute('data-testid'));
      });
      expect(cut).toEqual([]);
      await saveScreenshot(page, `home-top-bar-${language}`, orientation);
    }
  });
});
