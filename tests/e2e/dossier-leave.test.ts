import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { agreeToPrivacy, fill, fillApplicant } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

/** Home → catalog → "khai sinh" → the birth registration → start (or resume) its dossier. */
/** `agree`: a new draft asks for agreement first; a kept one already has it. */
async function openBirthDossier(page: Page, agree = true): Promise<void> {
  await page.getByTestId('home-action-catalog').tap();
  await fill(page, 'catalog-search-input', 'khai sinh');
  await page.getByTestId('catalog-result-1.001193').tap();
  await page.getByTestId('procedure-action-dossier.start').tap();
  if (agree) await agreeToPrivacy(page);
  await page.getByTestId('screen-dossier-form').waitFor();
}

const visible = (page: Page, testId: string) => page.getByTestId(testId).isVisible();

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app in the page's cache.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('leaving the dossier form loses nothing by mistake ($name)', (orientation) => {
  it('Back is the previous step with what was typed kept; leaving asks, keeps or discards', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await openBirthDossier(page);
    await page.getByTestId('dossier-step-applicant').waitFor();
    await fillApplicant(page);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();
    await fill(page, 'form-childName', 'Lò Văn Minh');

    // The bar's Back goes one step back, and the step before still holds what was typed.
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('dossier-step-applicant').waitFor();
    expect(await page.getByTestId('applicant-phone').inputValue()).toBe('0987 654 321');
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();
    expect(await page.getByTestId('form-childName').inputValue()).toBe('Lò Văn Minh');

    // Home asks first; "stay" returns to the form as it was.
    await page.getByTestId('nav-home').tap();
    await page.getByTestId('dossier-leave').waitFor();
    expect(await page.getByTestId('dossier-leave').textContent()).toContain('Bỏ hồ sơ đang khai?');
    await saveScreenshot(page, 'dossier-leave-vi', orientation);
    await page.getByTestId('dossier-leave-stay').tap();
    await page.getByTestId('dossier-leave').waitFor({ state: 'detached' });
    expect(await visible(page, 'dossier-step-form')).toBe(true);

    // Keep: home, and coming back to the procedure resumes at the same step with the same data.
    await page.getByTestId('nav-home').tap();
    await page.getByTestId('dossier-leave-keep').tap();
    await page.getByTestId('screen-home').waitFor();
    await openBirthDossier(page, false);
    await page.getByTestId('dossier-step-form').waitFor();
    expect(await page.getByTestId('form-childName').inputValue()).toBe('Lò Văn Minh');

    // The same question in Arabic (the language screen on top of the form keeps the draft).
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('dossier-step-form').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('nav-home').tap();
    await page.getByTestId('dossier-leave').waitFor();
    await saveScreenshot(page, 'dossier-leave-ar', orientation);
    await page.getByTestId('dossier-leave-stay').tap();
    await page.getByTestId('dossier-leave').waitFor({ state: 'detached' });
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-vi').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    // Back from the first step leaves the form: discarding wipes the draft for good.
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('dossier-step-applicant').waitFor();
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('dossier-leave-discard').tap();
    await page.getByTestId('procedure-action-dossier.start').waitFor();
    await page.getByTestId('procedure-action-dossier.start').tap();
    await agreeToPrivacy(page);
    await page.getByTestId('dossier-step-applicant').waitFor();
    expect(await page.getByTestId('applicant-phone').inputValue()).toBe('');

    // An untouched form is left without a question.
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('procedure-action-dossier.start').waitFor();
    expect(await visible(page, 'dossier-leave')).toBe(false);
  });
});
