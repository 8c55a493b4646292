import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src-main/core/system/clock';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { textSmallerThan } from '../support/readable-text';
import { TOUR, TOUR_STAFF_PIN, TOUR_TECH_PIN } from './ux-tour';

/** A Monday morning, so the ticket services are open whenever the suite runs. */
function runningClockFrom(start: string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

async function setLanguage(page: Page, lang: 'vi' | 'ar'): Promise<void> {
  if (lang === 'vi') return;
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await page.getByTestId('screen-home').waitFor();
}

describe.each(ORIENTATIONS)('accessibility and screenshots of every screen ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, {
    // A function: the clock starts running when the kiosk does, not when the file is read.
    deps: () => ({ clock: runningClockFrom('2026-11-23T02:00:00.000Z'), pinCost: { N: 1024, r: 8, p: 1 } }),
    prepare: async (k) => {
      await k.kiosk.auth.setPin('technician', TOUR_TECH_PIN, 'cli');
      await k.kiosk.auth.setPin('staff', TOUR_STAFF_PIN, 'cli');
    },
  });

  it.each(['vi', 'ar'] as const)('no serious or critical axe violation in %s', async (lang) => {
    const { page, context } = await kiosk.open();
    await page.clock.install();
    const failures: string[] = [];
    for (const stop of TOUR) {
      if (!stop.continues) {
        await page.goto(kiosk.shell.url);
        await page.getByTestId('screen-home').waitFor();
        await setLanguage(page, lang);
      }
      await stop.open(page);
      await page.evaluate(() => document.fonts.ready);
      for (const v of await seriousA11yViolations(page)) failures.push(`${stop.name}: ${v}`);
      // Readable at arm's length: nothing under 24 px in portrait (technician screens are for
      // someone standing close with a task, and may be denser).
      if (orientation.name === 'portrait' && !stop.name.startsWith('technician-')) {
        for (const small of await textSmallerThan(page, 24)) failures.push(`${stop.name}: text ${small}`);
      }
      await saveScreenshot(page, `screen-${stop.name}-${lang}`, orientation);
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  it('would see a serious violation: a button without a name put on the home screen is reported', async () => {
    const { page, context } = await kiosk.open();
    await page.getByTestId('screen-home').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'nameless';
      document.getElementById('main')?.append(b);
    });
    const found = await seriousA11yViolations(page);
    expect(found).toEqual([expect.stringMatching(/^button-name \(critical\).*#nameless/)]);
    await context.close();
  });

  it('moves focus in a sensible order with a hardware keyboard', async () => {
    const { page, context } = await kiosk.open();
    await page.getByTestId('screen-home').waitFor();
    const order: string[] = [];
    // Enough presses for the skip link, every home tile and the help bar.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
    }
    // Skip link first, then the home tiles in reading order, then the help bar.
    expect(order[0]).toBe('skip-link');
    const tiles = order.filter((id) => id.startsWith('home-action-'));
    expect(tiles.length).toBeGreaterThan(0);
    expect(order.indexOf('nav-language')).toBeGreaterThan(order.indexOf(tiles.at(-1) as string));
    expect(order.indexOf('nav-back')).toBe(-1); // disabled on the first screen
    expect(order.indexOf('nav-help')).toBe(order.indexOf('nav-language') + 1);
    // A new screen puts focus on its title, so the next Tab starts at the top of it.
    await page.getByTestId('nav-language').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('screen-language').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    await context.close();
  });
});
