import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { type KioskBrowser, launchKioskBrowser, ORIENTATIONS, openKioskPage, saveScreenshot } from '../support/browser';
import { startTestWebKiosk, type TestWebKiosk } from '../support/test-kiosk';

/** Every screen and overlay, and how a visitor gets there from the home screen. */
const TOUR: readonly { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'home', open: async (page) => void (await page.getByTestId('screen-home').waitFor()) },
  {
    name: 'language',
    open: async (page) => {
      await page.getByTestId('nav-language').tap();
      await page.getByTestId('screen-language').waitFor();
    },
  },
  {
    name: 'help',
    open: async (page) => {
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('help-dialog').waitFor();
    },
  },
  {
    name: 'high-contrast',
    open: async (page) => {
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('toggle-high-contrast').tap();
      await page.getByTestId('help-close').tap();
      await page.getByTestId('screen-home').waitFor();
    },
  },
  {
    name: 'large-text',
    open: async (page) => {
      await page.getByTestId('nav-help').tap();
      await page.getByTestId('toggle-large-text').tap();
      await page.getByTestId('help-close').tap();
      await page.getByTestId('screen-home').waitFor();
    },
  },
  {
    name: 'idle-countdown',
    open: async (page) => {
      await page.clock.runFor(61_000);
      await page.getByTestId('idle-overlay').waitFor();
    },
  },
  {
    name: 'attract',
    open: async (page) => {
      await page.clock.runFor(82_000);
      await page.getByTestId('screen-attract').waitFor();
    },
  },
];

async function setLanguage(page: Page, lang: 'vi' | 'ar'): Promise<void> {
  if (lang === 'vi') return;
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await page.getByTestId('screen-home').waitFor();
}

describe.each(ORIENTATIONS)('accessibility and screenshots of every screen ($name)', (orientation) => {
  let kiosk: TestWebKiosk;
  let kb: KioskBrowser;

  beforeAll(async () => {
    kiosk = await startTestWebKiosk();
    kb = await launchKioskBrowser();
  });
  afterAll(async () => {
    await kb?.close();
    await kiosk?.close();
  });

  it.each(['vi', 'ar'] as const)('no serious or critical axe violation in %s', async (lang) => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.clock.install();
    const failures: string[] = [];
    for (const stop of TOUR) {
      await page.goto(kiosk.shell.url);
      await page.getByTestId('screen-home').waitFor();
      await setLanguage(page, lang);
      await stop.open(page);
      // Let transitions and fonts settle before judging contrast.
      await page.evaluate(() => document.fonts.ready);
      for (const v of await seriousA11yViolations(page)) failures.push(`${stop.name}: ${v}`);
      await saveScreenshot(page, `screen-${stop.name}-${lang}`, orientation);
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  it('moves focus in a sensible order with a hardware keyboard', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.getByTestId('screen-home').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className ?? ''));
    }
    // Skip link first, then the home tiles, then the help bar (Home is disabled on the home screen).
    expect(order[0]).toBe('skip-link');
    expect(order.indexOf('home-action-language')).toBeGreaterThan(0);
    expect(order.indexOf('nav-back')).toBe(-1);
    expect(order.indexOf('nav-language')).toBeGreaterThan(order.indexOf('home-action-language'));
    expect(order.indexOf('nav-help')).toBe(order.indexOf('nav-language') + 1);
    // A new screen puts focus on its title, so the next Tab starts at the top of it.
    await page.keyboard.press('Enter');
    await page.getByTestId('screen-language').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    await context.close();
  });
});
