import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { classifyScan } from '../../src-main/core/scan/classify-scan';
import { type BridgeWatch, watchBridge } from '../support/bridge-events';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

describe('privacy on idle', () => {
  const kiosk = useWebKiosk(ORIENTATIONS[0]);
  // One kiosk and one page for both orientations, turned by each test. A test that drives the
  // page's timers installs the clock again before its load, which sets the page's time back to the
  // real time, so the kiosk starts over with no timer of the test before. An installed clock goes
  // on with real time, so a test that drives no timers runs the same after one.
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);
  const withClock = { beforeLoad: (page: Page) => page.clock.install() };

  describe.each(ORIENTATIONS)('privacy on idle ($name)', (orientation) => {
    it('ends the visit at once from Help, and a new one starts on a touch', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('screen-home').waitFor();
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('help-end-session').tap();
      await page.getByTestId('screen-attract').waitFor();
      await page.getByTestId('attract-start').tap();
      await page.getByTestId('screen-home').waitFor();
    });

    it('asks, then ends the visit: welcome screen, default language, display aids off, stores empty', async () => {
      const page = await kioskPage.fresh({ turned: orientation, ...withClock });
      await page.getByTestId('screen-home').waitFor();

      // A visitor chooses Arabic, turns on the display aids and goes one screen deeper.
      await page.getByTestId('nav-language').tap();
      await page.getByTestId('language-ar').tap();
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('toggle-large-text').tap();
      await page.getByTestId('toggle-high-contrast').tap();
      await saveScreenshot(page, 'help-dialog-hc-large-ar', orientation);
      await page.getByTestId('help-close').tap();
      await page.getByTestId('nav-language').tap();
      await page.getByTestId('screen-language').waitFor();

      // A touch before the timeout keeps the visit going.
      await page.clock.runFor(40_000);
      await page.getByTestId('screen-language').tap({ position: { x: 5, y: 5 } });
      await page.clock.runFor(40_000);
      expect(await page.getByTestId('idle-overlay').count()).toBe(0);

      // Then the question, and "I am still here" keeps everything as it was.
      await page.clock.runFor(25_000);
      await page.getByTestId('idle-overlay').waitFor();
      await saveScreenshot(page, 'idle-countdown-hc-large-ar', orientation);
      await page.getByTestId('idle-continue').tap();
      expect(await page.getByTestId('idle-overlay').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
      await page.getByTestId('screen-language').waitFor();

      // Nobody answers: the session ends.
      await page.clock.runFor(61_000);
      await page.getByTestId('idle-overlay').waitFor();
      await page.clock.runFor(21_000);
      await page.getByTestId('screen-attract').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      expect(await page.evaluate(() => document.documentElement.className)).toBe('');
      const snapshot = await page.evaluate(() =>
        JSON.stringify((window as unknown as { __kioskSessionSnapshot(): unknown }).__kioskSessionSnapshot()),
      );
      const stores = JSON.parse(snapshot) as Record<string, Record<string, unknown>>;
      expect(stores.navigation?.stack).toEqual([{ screen: 'attract', params: {} }]);
      expect(stores.a11y).toMatchObject({ highContrast: false, largeText: false });
      expect(stores.keyboard).toMatchObject({ target: null, telex: null });
      await saveScreenshot(page, 'attract-vi', orientation);

      // The welcome screen waits without a countdown, and starts a fresh visit in any language.
      await page.clock.runFor(300_000);
      expect(await page.getByTestId('idle-overlay').count()).toBe(0);
      await page.getByTestId('attract-language-ar').tap();
      await page.getByTestId('screen-home').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    });

    it('applies an idle time changed by a technician at once, without a restart', async () => {
      // The bridge is watched from before the load, so the new socket's frames are seen.
      let bridge: BridgeWatch | undefined;
      const page = await kioskPage.fresh({
        turned: orientation,
        beforeLoad: async (p) => {
          bridge = watchBridge(p);
          await p.clock.install();
        },
      });
      await page.getByTestId('screen-home').waitFor();
      const changed = (bridge as BridgeWatch).next<{ public: { idleTimeoutS: number } }>(
        'config.onChanged',
        (p) => p.public.idleTimeoutS === 30,
      );
      kiosk.kiosk.config.set('ui.idleTimeoutS', 30);
      // The next tests of this kiosk count on the usual minute, whatever happens here.
      onTestFinished(() => kiosk.kiosk.config.set('ui.idleTimeoutS', 60));
      await changed;
      // The page's clock runs on in steps until the question shows: well before the old minute.
      // (An installed clock also flows with real time, so a busy machine may need fewer steps.)
      const overlay = page.getByTestId('idle-overlay');
      let ran = 0;
      while ((await overlay.count()) === 0 && ran < 60_000) {
        await page.clock.runFor(2_000);
        ran += 2_000;
      }
      await overlay.waitFor();
      expect(ran).toBeLessThan(40_000);
    });

    it('forgets a scanned ID card and what was typed: nothing of the visitor is left in any store or on screen', async () => {
      const CARD = '001099012345||Nguyễn Thị Ánh|01011990|Nữ|Thôn Bản Phố, Xã Lũng Cú, Hà Giang|15082021';
      const PERSONAL = ['001099012345', 'Nguyễn Thị Ánh', 'Lũng Cú', 'Ánh'];
      const page = await kioskPage.fresh({ turned: orientation, ...withClock });
      await page.getByTestId('screen-home').waitFor();
      // The scanner reads the citizen's ID card QR on the home screen (the core announces it to the screen in use).
      kiosk.kiosk.bus.emit('scan.onScan', { source: 'serial', at: new Date().toISOString(), scan: classifyScan(CARD) }, 'active');
      await expect.poll(() => page.getByTestId('scan-feedback').count()).toBe(1);
      // …and the visitor types a name in the catalog search with the on-screen keyboard.
      await page.getByTestId('home-action-catalog').tap();
      await page.getByTestId('catalog-search-input').tap();
      await page.getByTestId('keyboard').waitFor();
      for (const key of [
        '{shift}',
        'N',
        'g',
        'u',
        'y',
        'e',
        'e',
        'n',
        'x',
        '{space}',
        '{shift}',
        'T',
        'h',
        'i',
        'j',
        '{space}',
        '{shift}',
        'A',
        's',
        'n',
        'h',
      ]) {
        await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).tap();
      }
      await expect.poll(() => page.getByTestId('catalog-search-input').inputValue()).toBe('Nguyễn Thị Ánh');
      const before = await page.evaluate(() =>
        JSON.stringify((window as unknown as { __kioskSessionSnapshot(): unknown }).__kioskSessionSnapshot()),
      );
      expect(before).toContain('Nguyễn Thị Ánh');
      expect(before).toContain('001099012345');

      await page.clock.runFor(62_000);
      await page.getByTestId('idle-overlay').waitFor();
      await page.clock.runFor(21_000);
      await page.getByTestId('screen-attract').waitFor();
      const after = await page.evaluate(() =>
        JSON.stringify((window as unknown as { __kioskSessionSnapshot(): unknown }).__kioskSessionSnapshot()),
      );
      const text = await page.evaluate(
        () => (document.body.textContent ?? '') + [...document.querySelectorAll('input')].map((i) => i.value).join(' '),
      );
      for (const value of PERSONAL) {
        expect(after).not.toContain(value);
        expect(text).not.toContain(value);
      }
      expect(JSON.parse(after)).toMatchObject({ 'scan.idCard': { card: null }, 'catalog.ui': { queries: {} } });
    });
  });
});
