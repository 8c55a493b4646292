import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { agreeToPrivacy, fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { hiddenPartsOfFocusedField, keyboardBesideContent } from '../support/keyboard-view';
import { enterTechnicianMode } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Result rows wholly inside the screen's scroll area and clear of the keyboard. */
async function visibleResultRows(page: Page): Promise<number> {
  const main = await page.locator('#main').boundingBox();
  const kbd = await page.getByTestId('keyboard').boundingBox();
  if (!main || !kbd) throw new Error('no screen or keyboard');
  let n = 0;
  for (const row of await page.locator('.result-row').all()) {
    const b = await row.boundingBox();
    if (b && b.y >= main.y && b.y + b.height <= main.y + main.height && !overlaps(b, kbd)) n++;
  }
  return n;
}

const LANDSCAPE = ORIENTATIONS[1];
const CHEAP_PIN = { N: 1024, r: 8, p: 1 };
const TECH_PIN = '482913';

/** Taps a field and checks the keyboard opened beside the screen with the field, its label and its errors in view. */
async function typeBeside(page: Page, field: string): Promise<void> {
  await page.getByTestId(field).tap();
  await page.getByTestId('keyboard').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(field);
  await expect.poll(() => keyboardBesideContent(page)).toBe(true);
  await expect.poll(() => hiddenPartsOfFocusedField(page)).toEqual([]);
  // Beside the screen, every key stays a finger's width (64 px) in every language.
  const narrowestKey = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll('[data-testid="keyboard"] .hg-button')].map((b) => b.getBoundingClientRect().width)),
  );
  expect(narrowestKey).toBeGreaterThanOrEqual(64);
}

// One kiosk and one page for the file: each test starts a new visit on it, turned to its orientation.
describe('the keyboard open on a typing screen', () => {
  const kiosk = useWebKiosk(LANDSCAPE, {
    deps: { pinCost: CHEAP_PIN },
    prepare: (k) => k.kiosk.auth.setPin('technician', TECH_PIN, 'cli'),
  });
  // A load ends the technician role the first language's case ends in.
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), LANDSCAPE);

  describe.each(ORIENTATIONS)('typing a search with the keyboard open ($name)', (orientation) => {
    it('keeps results in view while typing, and secondary text at 24 px or more', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('home-action-catalog').tap();
      await page.getByTestId('catalog-search-input').tap();
      for (const key of ['k', 'h', 'a', 'i', '{space}', 's', 'i', 'n', 'h']) {
        await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).tap();
      }
      expect(await page.getByTestId('catalog-search-input').inputValue()).toBe('khai sinh');
      await page.getByTestId('catalog-result-1.001193').waitFor();
      // The answer to "khai sinh" itself, not a list still dimmed from an earlier letter.
      await expect.poll(() => page.getByTestId('catalog-results-title').textContent()).toMatch(/^Tìm thấy \d+ thủ tục$/);
      // Without tapping "Xong": the keyboard is still open and several results can be read and touched.
      expect(await page.getByTestId('keyboard').isVisible()).toBe(true);
      await saveScreenshot(page, 'search-keyboard-open-vi', orientation);
      await expect.poll(() => visibleResultRows(page)).toBeGreaterThanOrEqual(3);
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('.result-row__meta, .kbd-dock__field, .tone-picker__hint')].map((el) =>
            Number.parseFloat(getComputedStyle(el).fontSize),
          ),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(24);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  });

  describe('every other typing screen with the keyboard open (landscape)', () => {
    it.each(['vi', 'ar'] as const)('docks the keyboard beside feedback, dossier lookup and technician fields (%s)', async (language) => {
      const page = await kioskPage.fresh({ turned: LANDSCAPE });
      if (language === 'ar') {
        await page.getByTestId('nav-language').tap();
        await page.getByTestId('language-ar').tap();
        await page.getByTestId('screen-home').waitFor();
      }
      const shot = (name: string) => saveScreenshot(page, `landscape-keyboard-${name}-${language}`, LANDSCAPE);

      // Feedback: the procedure search, the text, then the name and phone (after "Next" says what is wrong).
      await page.getByTestId('home-action-feedback').tap();
      await agreeToPrivacy(page);
      await page.getByTestId('feedback-subject-procedure').tap();
      await typeBeside(page, 'feedback-procedure-search');
      await page.getByTestId('feedback-procedure-search').fill('khai sinh');
      await shot('feedback-subject');
      await page.getByTestId('feedback-procedure-1.001193').tap();
      await page.getByTestId('feedback-next').tap();
      await typeBeside(page, 'feedback-text');
      await page.getByTestId('feedback-text').fill('Máy in hỏng');
      await shot('feedback-write');
      await page.getByTestId('feedback-next').tap();
      await page.getByTestId('feedback-contact-named').tap();
      await fill(page, 'feedback-phone', '0987 654 32');
      await page.getByTestId('feedback-next').tap();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await typeBeside(page, 'feedback-name');
      await typeBeside(page, 'feedback-phone');
      await shot('feedback-contact');
      expect(await seriousA11yViolations(page)).toEqual([]);

      // The dossier lookup: the code, then the ID number and date of birth of a lost slip.
      await page.getByTestId('nav-home').tap();
      await page.getByTestId('screen-home').waitFor();
      await page.getByTestId('home-action-dossier-status').tap();
      await typeBeside(page, 'status-input');
      await shot('dossier-code');
      for (const field of ['person-citizenId', 'person-dateOfBirth-day', 'person-dateOfBirth-year']) await typeBeside(page, field);
      await shot('dossier-person');
      expect(await seriousA11yViolations(page)).toEqual([]);

      // The technician's kiosk and server settings.
      await page.getByTestId('nav-home').tap();
      await page.getByTestId('screen-home').waitFor();
      await enterTechnicianMode(page, TECH_PIN);
      await page.getByTestId('tech-menu-kiosk').tap();
      await typeBeside(page, 'kiosk-center-name');
      await shot('technician-kiosk');
      await page.getByTestId('nav-back').tap();
      await page.getByTestId('tech-menu-server').tap();
      await typeBeside(page, 'server-url');
      await shot('technician-server');
    });
  });
});
