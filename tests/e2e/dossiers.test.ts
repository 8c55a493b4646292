import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useKioskWithCenterDown } from '../support/center-down';
import { agreeToPrivacy, fill, fillApplicant, fillBirthForm } from '../support/e2e-fill';

// One kiosk and one page for both orientations, the center down when each test starts.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const { kioskPage, centerBack, centerDown } = useKioskWithCenterDown();

describe.each(ORIENTATIONS)('dossier submitted while the center server is down ($name)', (orientation) => {
  it('fills, submits, sees the receipt at once, and sees it turn to sent when the server comes back', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    // From the catalog: find the procedure, open it, start a dossier.
    await page.getByTestId('home-action-catalog').tap();
    await fill(page, 'catalog-search-input', 'khai sinh');
    await page.getByTestId('catalog-result-1.001193').tap();
    // The procedure screen loads its code on first use: wait for it, then read it.
    await page.getByTestId('procedure-action-dossier.start').waitFor();
    expect(await page.getByTestId('procedure-action-dossier.start').textContent()).toContain('Nộp hồ sơ');
    await saveScreenshot(page, 'dossier-catalog-entry', orientation);
    await page.getByTestId('procedure-action-dossier.start').tap();
    await agreeToPrivacy(page);
    await expect.poll(() => page.getByTestId('dossier-step-applicant').isVisible()).toBe(true);

    // Continue with nothing filled: every required box says what is wrong, in Vietnamese.
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => page.getByTestId('dossier-errors').textContent()).toContain('cần sửa');
    await saveScreenshot(page, 'dossier-applicant-errors', orientation);

    await fillApplicant(page);
    await saveScreenshot(page, 'dossier-applicant', orientation);
    await page.getByTestId('dossier-next').tap();

    await expect.poll(() => page.getByTestId('dossier-step-form').isVisible()).toBe(true);
    // The requester's details come from the applicant step: not asked again.
    expect(await page.getByTestId('form-requesterIdNumber').count()).toBe(0);
    await fillBirthForm(page);
    // Choosing "mother" copies the applicant into the mother's fields.
    expect(await page.getByTestId('form-motherName').inputValue()).toBe('Lò Thị Mai');
    await saveScreenshot(page, 'dossier-form', orientation);
    await page.getByTestId('dossier-next').tap();

    await expect.poll(() => page.getByTestId('dossier-step-documents').isVisible()).toBe(true);
    await page.getByTestId('document-0').tap();
    await page.getByTestId('document-1').tap();
    await saveScreenshot(page, 'dossier-documents', orientation);
    await page.getByTestId('dossier-next').tap();

    await expect.poll(() => page.getByTestId('dossier-step-delivery').isVisible()).toBe(true);
    await page.getByTestId('delivery-post').tap();
    await fill(page, 'postal-street', 'Bản Hua Păng');
    await fill(page, 'postal-ward', 'Xã Chiềng Sơn');
    await fill(page, 'postal-province', 'Sơn La');
    await saveScreenshot(page, 'dossier-delivery', orientation);
    await page.getByTestId('dossier-next').tap();

    await expect.poll(() => page.getByTestId('dossier-step-review').isVisible()).toBe(true);
    await saveScreenshot(page, 'dossier-review', orientation);
    await page.getByTestId('dossier-submit').tap();

    // The receipt comes at once although the center server is down.
    await expect.poll(() => page.getByTestId('screen-dossier-receipt').isVisible()).toBe(true);
    const code = (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{13}$/);
    expect(await page.getByTestId('dossier-qr').getAttribute('data-qr')).toBe(code);
    await expect.poll(() => page.getByTestId('dossier-state').getAttribute('data-state')).toBe('queued');
    await saveScreenshot(page, 'dossier-receipt-queued', orientation);

    // The center server comes back: the kiosk notices by itself and delivers the dossier.
    const server = await centerBack();
    await expect.poll(() => page.getByTestId('dossier-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
    expect(server.store.allDossiers().map((d) => d.code)).toEqual([code]);
    await saveScreenshot(page, 'dossier-receipt-sent', orientation);

    // The status screen shows the center's own status.
    server.setStatus(code, 'processing', 'Cán bộ đang thẩm định hồ sơ');
    await page.getByTestId('receipt-status').tap();
    await expect.poll(() => page.getByTestId('status-remote').getAttribute('data-status')).toBe('processing');
    await saveScreenshot(page, 'dossier-status', orientation);

    // The same lookup in Arabic: right to left, the code itself still left to right.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.getByTestId('status-remote').textContent()).toContain('قيد المعالجة');
    await saveScreenshot(page, 'dossier-status-ar', orientation);
    await centerDown();
  });
});
