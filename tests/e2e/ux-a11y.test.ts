import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS } from '../support/browser';
import { A11Y_TOUR_FILES, tourTests, useAccessibilityTour } from './a11y-tour-suite';

// The tour of every screen is split over three files (this one, ux-a11y-forms, ux-a11y-technician)
// so the two e2e workers share it; each group of screens is a test of its own. Every test of a
// file, both orientations, runs on the tour's one page (see useAccessibilityTour).
describe('accessibility tour: home, help, display aids, tickets, catalog', () => {
  const tour = useAccessibilityTour();

  describe.each(ORIENTATIONS)('accessibility and screenshots of every screen ($name)', (orientation) => {
    tourTests(tour, orientation, A11Y_TOUR_FILES['ux-a11y']);

    it('would see a serious violation: a button without a name put on the home screen is reported', async () => {
      const page = await tour.homeScreen(orientation, 'vi');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.evaluate(() => {
        const b = document.createElement('button');
        b.id = 'nameless';
        document.getElementById('main')?.append(b);
      });
      try {
        const found = await seriousA11yViolations(page);
        expect(found).toEqual([expect.stringMatching(/^button-name \(critical\).*#nameless/)]);
      } finally {
        // Not the app's: gone before the next test's screens are checked.
        await page.evaluate(() => document.getElementById('nameless')?.remove());
      }
    });

    it('moves focus in a sensible order with a hardware keyboard', async () => {
      // A new document: focus starts at its top, as for someone who just walked up.
      const page = await tour.loadedAgain(orientation);
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
    });
  });
});
