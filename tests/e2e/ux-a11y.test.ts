import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS } from '../support/browser';
import { A11Y_TOUR_FILES, tourTests, useTourKiosk } from './a11y-tour-suite';

// The tour of every screen is split over three files (this one, ux-a11y-forms, ux-a11y-technician)
// so the two e2e workers share it; each group of screens is a test of its own.
describe.each(ORIENTATIONS)('accessibility and screenshots of every screen ($name)', (orientation) => {
  const kiosk = useTourKiosk(orientation);

  tourTests(kiosk, orientation, A11Y_TOUR_FILES['ux-a11y']);

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
