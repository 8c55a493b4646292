import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

// One kiosk for both orientations; the greeting's page is loaded again, turned, for the second.
describe('home screen', () => {
  const kiosk = useWebKiosk(ORIENTATIONS[0], {
    prepare: (k) => k.kiosk.config.set('center.name', 'Trung tâm Phục vụ hành chính công xã Tả Van'),
  });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('home screen ($name)', (orientation) => {
    it('greets in Vietnamese, switches to English by touch, and comes back home', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
      await expect.poll(() => page.locator('h1').textContent()).toContain('Xin chào');
      // The center name comes from the core over the bridge, so seeing it proves the round trip.
      await expect.poll(() => page.getByTestId('center-name').textContent()).toBe('Trung tâm Phục vụ hành chính công xã Tả Van');
      await saveScreenshot(page, 'home-vi', orientation);

      await page.getByTestId('nav-language').tap();
      await expect.poll(() => page.getByTestId('screen-language').isVisible()).toBe(true);
      await saveScreenshot(page, 'language', orientation);
      await page.getByTestId('language-en').tap();

      await expect.poll(() => page.locator('h1').textContent()).toBe('Hello! How can we help you?');
      expect(await page.getByTestId('nav-back').isDisabled()).toBe(true);
      await saveScreenshot(page, 'home-en', orientation);

      await page.getByTestId('nav-language').tap();
      await page.getByTestId('language-ar').tap();
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await saveScreenshot(page, 'home-ar', orientation);
    });

    it('opens a screen whose code is still on its way, then puts focus on its title', async () => {
      // Screens other than the first ones load after start-up (components/lazy-screen.tsx). Hold
      // the search screen's code back, as a slow disk or a busy machine would. A context of its own:
      // in the greeting's, the code may already be in the cache.
      const context = await kiosk.browser.newContext({
        viewport: { width: orientation.width, height: orientation.height },
        hasTouch: true,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      const release: { go?: () => void } = {};
      const held = new Promise<void>((resolve) => {
        release.go = resolve;
      });
      await context.route(/\/assets\/CatalogSearchScreen-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(kiosk.shell.url);
      await page.getByTestId('home-action-catalog').tap();
      // After a blink, the kiosk says the tap was taken, so nobody taps again.
      await expect.poll(() => page.getByTestId('screen-loading').getByRole('status').textContent()).toBe('Đang mở…');
      await saveScreenshot(page, 'screen-loading', orientation);
      release.go?.();
      await page.getByTestId('screen-catalog-search').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
      // The start-up script does not carry it: it arrived as a chunk of its own.
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
      expect(scripts.some((name) => /CatalogSearchScreen-[\w-]+\.js$/.test(name))).toBe(true);
      await context.close();
    });
  });
});
