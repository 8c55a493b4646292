import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { startBirthDossier } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { hiddenPartsOfFocusedField } from '../support/keyboard-view';
import { useReusedKioskPage } from '../support/reused-page';

/** The smallest computed font size of the secondary texts on screen now (hints, errors, the keyboard's line). */
const smallestSecondary = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[
        ...document.querySelectorAll(
          '.field__hint, .field__error, .field__required, .dossier-field__hint, .dossier-field__error, .kbd-dock__field, .tone-picker__hint, .tone-picker__name',
        ),
      ].map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
    ),
  );

const APPLICANT_FIELDS = [
  'applicant-fullName',
  'applicant-citizenId',
  'applicant-dateOfBirth-day',
  'applicant-dateOfBirth-year',
  'applicant-phone',
  'applicant-address',
];

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app in the page's cache.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('the dossier form with the keyboard open ($name)', (orientation) => {
  it('keeps the focused field, its label and its error in view, and secondary text at 24 px or more', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await startBirthDossier(page);
    // "Next" with nothing typed: every required field says what is missing.
    await page.getByTestId('dossier-next').tap();
    await page.locator('[aria-invalid="true"]').first().waitFor();

    for (const [i, field] of APPLICANT_FIELDS.entries()) {
      await page.getByTestId(field).tap();
      await page.getByTestId('keyboard').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(field);
      await expect.poll(() => hiddenPartsOfFocusedField(page)).toEqual([]);
      if (i === 0) await saveScreenshot(page, 'dossier-form-keyboard-vi', orientation);
    }
    expect(await smallestSecondary(page)).toBeGreaterThanOrEqual(24);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The same in Arabic, right to left.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('dossier-step-applicant').waitFor();
    for (const field of ['applicant-fullName', 'applicant-address']) {
      await page.getByTestId(field).tap();
      await page.getByTestId('keyboard').waitFor();
      await expect.poll(() => hiddenPartsOfFocusedField(page)).toEqual([]);
    }
    await saveScreenshot(page, 'dossier-form-keyboard-ar', orientation);
  });
});
