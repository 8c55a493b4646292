import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { agreeToPrivacy, fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

async function openBirthProcedure(page: Page): Promise<void> {
  await page.getByTestId('home-action-catalog').tap();
  await fill(page, 'catalog-search-input', 'khai sinh');
  await page.getByTestId('catalog-result-1.001193').tap();
  await page.getByTestId('screen-catalog-procedure').waitFor();
}

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation. The idle test installs the page's clock before its load; an installed clock goes on
// with real time, so the tests after it run the same.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0], {
  prepare: (k) => k.kiosk.config.setMany({ 'dossiers.retentionDays': 14 }),
});
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('privacy before and during a dossier ($name)', (orientation) => {
  it('shows the privacy notice before the applicant step; going back leaves, agreeing opens the applicant step', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await openBirthProcedure(page);
    await page.getByTestId('procedure-action-dossier.start').tap();
    await page.getByTestId('consent-notice').waitFor();
    expect(await page.getByTestId('dossier-step-applicant').count()).toBe(0);
    expect(await page.locator('input').count()).toBe(0);
    expect(await page.getByTestId('consent-what').textContent()).toContain('số căn cước');
    expect(await page.getByTestId('consent-keep').textContent()).toContain('14 ngày');
    expect(await page.getByTestId('consent-who').textContent()).toContain('Trung tâm Phục vụ hành chính công');
    await saveScreenshot(page, 'dossier-consent-vi', orientation);

    await page.getByTestId('consent-back').tap();
    await page.getByTestId('screen-catalog-procedure').waitFor();

    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('procedure-action-dossier.start').tap();
    await expect.poll(() => page.getByTestId('consent-keep').textContent()).toContain('14');
    await saveScreenshot(page, 'dossier-consent-ar', orientation);
    await agreeToPrivacy(page);
    await page.getByTestId('dossier-step-applicant').waitFor();
  });

  it('hides the typed personal data behind the idle question, and shows it again to the visitor who stays', async () => {
    const page = await kioskPage.fresh({ turned: orientation, beforeLoad: (p) => p.clock.install() });
    await page.getByTestId('screen-home').waitFor();
    await openBirthProcedure(page);
    await page.getByTestId('procedure-action-dossier.start').tap();
    await agreeToPrivacy(page);
    await fill(page, 'applicant-fullName', 'Lò Thị Mai');
    await fill(page, 'applicant-citizenId', '014195001234');

    await page.clock.runFor(62_000);
    await page.getByTestId('idle-overlay').waitFor();
    // The page behind is not dimmed but hidden: nothing typed can be read around the question.
    expect(await page.getByTestId('applicant-fullName').isVisible()).toBe(false);
    expect(await page.getByTestId('applicant-citizenId').isVisible()).toBe(false);
    expect(await page.locator('.app').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    const backdrop = await page.locator('.modal-backdrop').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(backdrop).toMatch(/^rgb\(/);
    await saveScreenshot(page, 'idle-conceals-dossier-vi', orientation);

    await page.getByTestId('idle-continue').tap();
    await expect.poll(() => page.getByTestId('applicant-fullName').isVisible()).toBe(true);
    expect(await page.getByTestId('applicant-fullName').inputValue()).toBe('Lò Thị Mai');
  });
});
