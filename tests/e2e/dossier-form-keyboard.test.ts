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
          '.field__hint, .field__error, .field__required, .kbd-dock__field, .tone-picker__hint, .tone-picker__name',
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

// In portrait the form runs under the whole keyboard, Done key included; in landscape nothing of the
// form lies under that key (it sits right of the centred form), so portrait is where this can happen.
const PORTRAIT = ORIENTATIONS.find((o) => o.name === 'portrait') ?? ORIENTATIONS[0];

describe("the keyboard's Done key (portrait)", () => {
  // 150 ms is a quick tap; a slow finger (or a busy kiosk) sends its click after the key's 700 ms wait.
  it.each([150, 1000])(
    "closes the keyboard with its Done key without the touch's click landing on what lay under the key (finger down %i ms)",
    async (holdMs) => {
      const page = await kioskPage.fresh({ turned: PORTRAIT });
      await startBirthDossier(page);
      await page.getByTestId('applicant-fullName').tap();
      const done = page.locator('[data-testid="keyboard"] [data-skbtn="{done}"]');
      const box = await done.boundingBox();
      if (!box) throw new Error('no Done key');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      // The form's Next button is scrolled right under the Done key: what the finger would press once
      // the keyboard is gone, as a choice or a button can be on any long form.
      const under = await page.evaluate(
        ({ x, y }) => {
          const next = document.querySelector('[data-testid="dossier-next"]') as HTMLElement;
          let scroller: HTMLElement | null = next.parentElement;
          while (scroller && !(scroller.scrollHeight > scroller.clientHeight && getComputedStyle(scroller).overflowY !== 'visible')) {
            scroller = scroller.parentElement;
          }
          const r = next.getBoundingClientRect();
          (scroller ?? document.scrollingElement ?? document.documentElement).scrollTop += r.top + r.height / 2 - y;
          const s = next.getBoundingClientRect();
          return s.left <= x && x <= s.right && s.top <= y && y <= s.bottom;
        },
        { x, y },
      );
      expect(under).toBe(true);
      // A finger rests on the key before it lifts, as a person's does; the browser sends the click
      // when it lifts, wherever the key was.
      // The test counts the clicks the window is sent, ahead of any listener of the kiosk's.
      await page.evaluate(() => {
        const w = window as Window & { clicksSent?: number };
        w.clicksSent = 0;
        window.addEventListener(
          'click',
          () => {
            w.clicksSent = (w.clicksSent ?? 0) + 1;
          },
          true,
        );
      });
      const touch = await page.context().newCDPSession(page);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), holdMs);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await touch.detach();
      await page.getByTestId('keyboard').waitFor({ state: 'detached' });
      // The touch's click did come, after the keyboard had closed or not.
      await page.waitForFunction(() => (window as Window & { clicksSent?: number }).clicksSent === 1);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // Next was not pressed: nothing is marked missing, and the applicant step is still there.
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
      expect(await page.getByTestId('dossier-step-applicant').isVisible()).toBe(true);
    },
  );

  it('closes the keyboard although focus moved to another field while the finger was on Done', async () => {
    // As when the form's Next focuses its first error a frame after the error shows, and the citizen
    // (or a test) presses Done in between: Done was pressed for one field, the keyboard serves another.
    const page = await kioskPage.fresh({ turned: PORTRAIT });
    await startBirthDossier(page);
    await page.getByTestId('applicant-fullName').tap();
    const box = await page.locator('[data-testid="keyboard"] [data-skbtn="{done}"]').boundingBox();
    if (!box) throw new Error('no Done key');
    const touch = await page.context().newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }],
    });
    await page.getByTestId('applicant-phone').evaluate((el) => (el as HTMLInputElement).focus());
    await expect.poll(() => page.getByTestId('keyboard').getAttribute('aria-label')).toContain('Số điện thoại');
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await touch.detach();
    await page.getByTestId('keyboard').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)).toBeNull();
  });
});
