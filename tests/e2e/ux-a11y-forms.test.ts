import { describe } from 'vitest';
import { ORIENTATIONS } from '../support/browser';
import { A11Y_TOUR_FILES, tourTests, useAccessibilityTour } from './a11y-tour-suite';

// Part of the accessibility tour (see ux-a11y.test.ts): a file of its own so the two e2e workers share the tour.
describe('accessibility tour: the dossier, lookup, scan, staff and idle screens', () => {
  const tour = useAccessibilityTour();

  describe.each(ORIENTATIONS)('accessibility and screenshots of every screen ($name)', (orientation) => {
    tourTests(tour, orientation, A11Y_TOUR_FILES['ux-a11y-forms']);
  });
});
