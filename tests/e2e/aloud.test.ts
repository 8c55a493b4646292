import type { ElementHandle, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';
import { runningClockFrom } from '../support/running-clock';

/** Every `/audio/` path the page asked the kiosk for, in order. */
function audioRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/audio/')) seen.push(path);
  });
  return seen;
}

/** Records on the element itself each clip whose `ended` event fired. */
async function recordEnded(audio: ElementHandle<HTMLAudioElement>): Promise<void> {
  await audio.evaluate((a) => {
    a.dataset.ended = '';
    a.addEventListener('ended', () => {
      a.dataset.ended = `${a.dataset.ended ?? ''} ${new URL(a.currentSrc).pathname}`.trim();
    });
  });
}

const stateOf = (page: Page) => page.getByTestId('listen-button').getAttribute('data-state');

// One kiosk and one page for both orientations: each test turns the page to its block's.
describe('read aloud', () => {
  const kiosk = useWebKiosk(ORIENTATIONS[0], { deps: { clock: runningClockFrom('2026-11-23T02:00:00.000Z') } });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('read aloud ($name)', (orientation) => {
    it('home and a procedure: Nghe plays their reading, stops on a tap elsewhere and when the screen changes', async () => {
      // The page's timers are driven by the test, so the visit can time out while a reading plays.
      // Requests are watched from before the load: the page must ask for no reading on its own.
      let requested: string[] = [];
      const page = await kioskPage.fresh({
        turned: orientation,
        beforeLoad: async (p) => {
          requested = audioRequests(p);
          await p.clock.install();
        },
      });
      const listen = page.getByTestId('listen-button');
      await listen.waitFor();
      expect(await listen.textContent()).toBe('Nghe');
      expect(requested).toEqual([]); // never on its own
      expect(await seriousA11yViolations(page)).toEqual([]);
      const box = await listen.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(64);
      await saveScreenshot(page, 'aloud-home', orientation);

      await listen.tap();
      await expect.poll(() => stateOf(page)).toBe('playing');
      await expect.poll(() => requested).toContain('/audio/vi/manf-hinhf-chinhs.ogg');
      expect(await listen.textContent()).toBe('Dừng nghe');
      const homeAudio = (await page.getByTestId('listen-audio').elementHandle()) as ElementHandle<HTMLAudioElement>;
      await expect.poll(() => homeAudio.evaluate((a) => !a.paused && a.currentTime > 0)).toBe(true);
      // A tap on the page's text, not a control: the reading stops.
      await page.locator('.home__welcome').tap();
      await expect.poll(() => stateOf(page)).toBe('idle');
      expect(await homeAudio.evaluate((a) => a.paused && a.getAttribute('src') === null)).toBe(true);

      await page.getByTestId('home-action-catalog').tap();
      await page.getByTestId('catalog-field-ho-tich').tap();
      await page.getByTestId('catalog-result-1.001193').tap();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Đăng ký khai sinh');
      await listen.waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await saveScreenshot(page, 'aloud-procedure', orientation);
      await listen.tap();
      await expect.poll(() => requested).toContain('/audio/vi/thur-tucj-1-001193.ogg');
      const audio = (await page.getByTestId('listen-audio').elementHandle()) as ElementHandle<HTMLAudioElement>;
      await expect.poll(() => audio.evaluate((a) => !a.paused && a.currentTime > 0)).toBe(true);
      await saveScreenshot(page, 'aloud-procedure-playing', orientation);

      // Nobody touches the screen until the visit times out: the screen changes to the welcome
      // screen without a tap, and the element that left the page must not go on speaking detached.
      await page.clock.runFor(61_000);
      await page.getByTestId('idle-overlay').waitFor();
      await page.clock.runFor(21_000);
      await page.getByTestId('screen-attract').waitFor();
      await expect.poll(() => audio.evaluate((a) => a.paused && a.getAttribute('src') === null)).toBe(true);
    });

    it('the ticket: Nghe reads the number, the counters and the people ahead to the end', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      const requested = audioRequests(page);
      await page.getByTestId('home-action-ticket').tap();
      await page.getByTestId('service-civil-status').tap();
      await expect.poll(() => page.getByTestId('ticket-number').textContent()).toMatch(/^A-\d{3}$/);
      const listen = page.getByTestId('listen-button');
      await listen.waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await saveScreenshot(page, 'aloud-ticket', orientation);
      const audio = (await page.getByTestId('listen-audio').elementHandle()) as ElementHandle<HTMLAudioElement>;
      await recordEnded(audio);
      const before = requested.length;

      await listen.tap();
      await expect.poll(() => stateOf(page)).toBe('playing');
      // The reading takes a few seconds of real time: wait for the button to return to rest.
      await page.locator('[data-testid="listen-button"][data-state="idle"]').waitFor();
      const played = [...new Set(requested.slice(before))];
      expect(played[0]).toBe('/audio/vi/soos-cuar-banj-laf.wav');
      expect(played).toContain('/audio/vi/mowif-banj-chowf-goij-soos-taij-quaayf.wav');
      const ended = (await audio.evaluate((a) => a.dataset.ended ?? '')).split(' ');
      // Every clip played to its end, the last one too.
      expect(new Set(ended)).toEqual(new Set(played));
      expect(ended.at(-1)).toMatch(/nguwowif-ddang-chowf-truwowcs-banj\.wav$|banj-laf-nguwowif-tieeps-theo\.wav$/);
    });
  });
});
