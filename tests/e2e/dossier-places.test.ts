import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill, fillApplicant, fillDate, startDossier } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

type Page = import('playwright-core').Page;

/** Picks from a pick list by typing (accent-free) and tapping the match that reads `entry`. */
async function pick(page: Page, testId: string, typed: string, entry: string): Promise<void> {
  await fill(page, testId, typed);
  await page.getByTestId(`${testId}-match`).filter({ hasText: entry }).first().tap();
}

// One kiosk and one page for both orientations: the second loads the kiosk again, turned, with
// the app and the bundled lists in the page's cache; each dossier is read back by its own code.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('places, peoples and nationalities are picked from the bundled lists ($name)', (orientation) => {
  it('turns an old card address into today’s commune, picks communes, ethnic groups and nationalities, in vi and ar', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await startDossier(page, 'khai sinh', '1.001193');
    await fillApplicant(page);
    // The card's address names a district: the province is known, today's commune is asked, and the
    // old commune's namesake is offered first.
    await fill(page, 'applicant-address', 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La');
    await page.getByTestId('applicant-address-old').waitFor();
    expect(await page.getByTestId('applicant-address-province').inputValue()).toBe('Tỉnh Sơn La');
    const offered = page.getByTestId('applicant-address-commune-match');
    await offered.first().waitFor();
    expect(await page.getByTestId('applicant-address-commune-suggested').textContent()).toContain('Chiềng Sơn');
    expect(await offered.allTextContents()).toContain(' Xã Chiềng Sơn');
    await page.getByTestId('applicant-address-picker').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'places-address-old-vi', orientation);
    await offered.filter({ hasText: 'Xã Chiềng Sơn' }).tap();
    await expect.poll(() => page.getByTestId('applicant-address').inputValue()).toBe('Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await page.getByTestId('applicant-address-place').waitFor();
    expect(await page.getByTestId('applicant-address-old').count()).toBe(0);
    await saveScreenshot(page, 'places-address-current-vi', orientation);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    // Both parents are established: the form asks the mother and the father.
    await page.getByTestId('form-birthCase-ca-cha-me').tap();
    await fill(page, 'form-childName', 'Lò Văn Minh');
    await page.getByTestId('form-childGender-nam').tap();
    await fillDate(page, 'form-childBirthDate', '10', '2', '2026');
    // The birth place: the health station, then the province and the commune picked without accents.
    await fill(page, 'form-childBirthPlace', 'Trạm y tế');
    await pick(page, 'form-childBirthPlace-province', 'son la', 'Tỉnh Sơn La');
    await fill(page, 'form-childBirthPlace-commune', 'chieng so');
    await page.getByTestId('form-childBirthPlace-commune-matches').waitFor();
    await saveScreenshot(page, 'places-commune-picker-vi', orientation);
    await page.getByTestId('form-childBirthPlace-commune-match').filter({ hasText: 'Xã Chiềng Sơn' }).tap();
    await expect.poll(() => page.getByTestId('form-childBirthPlace').inputValue()).toBe('Trạm y tế, Xã Chiềng Sơn, Tỉnh Sơn La');
    await pick(page, 'form-childEthnicity', 'thai', 'Thái');
    // Việt Nam is offered before anything is typed.
    await page.getByTestId('form-childNationality-match').filter({ hasText: 'Việt Nam' }).tap();
    // The home town in another province: an apostrophe and accents need not be typed.
    await pick(page, 'form-childHomeTown-province', 'dak lak', 'Tỉnh Đắk Lắk');
    await pick(page, 'form-childHomeTown-commune', 'ea hleo', 'Xã Ea H’Leo');
    await expect.poll(() => page.getByTestId('form-childHomeTown').inputValue()).toBe('Xã Ea H’Leo, Tỉnh Đắk Lắk');

    // "I am the mother": her residence (today's) and nationality (she holds a citizen ID card) are copied.
    await page.getByTestId('form-relationship-me').tap();
    await expect.poll(() => page.getByTestId('form-motherAddress').inputValue()).toBe('Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    expect(await page.getByTestId('form-motherNationality').inputValue()).toBe('Việt Nam');
    await pick(page, 'form-motherEthnicity', 'thai', 'Thái');

    // In Arabic: the same lists, the countries also named in Arabic.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('dossier-step-form').waitFor();
    await fill(page, 'form-fatherNationality', 'lao');
    const lao = page.getByTestId('form-fatherNationality-match').filter({ hasText: 'Lào' });
    await lao.waitFor();
    expect(await lao.textContent()).toMatch(/\(.+\)/u);
    await saveScreenshot(page, 'places-nationality-picker-ar', orientation);
    await lao.tap();
    await pick(page, 'form-fatherAddress-province', 'ha noi', 'Thành phố Hà Nội');
    await fill(page, 'form-fatherAddress-commune', 'hoan');
    await page.getByTestId('form-fatherAddress-commune-matches').waitFor();
    await page.getByTestId('form-fatherAddress-picker').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'places-commune-picker-ar', orientation);
    await page.getByTestId('form-fatherAddress-commune-match').filter({ hasText: 'Phường Hoàn Kiếm' }).tap();
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-vi').tap();
    await page.getByTestId('dossier-step-form').waitFor();
    // His name is required (both parents established); the rest of his section is marked "(bắt buộc)" once he is named.
    expect(await page.getByTestId('form-fatherEthnicity').getAttribute('required')).toBeNull();
    await fill(page, 'form-fatherName', 'Vừ A Dính');
    await expect.poll(() => page.getByTestId('form-fatherEthnicity').getAttribute('required')).toBe('');
    await page.getByTestId('form-fatherEthnicity').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'parents-father-required-vi', orientation);
    await pick(page, 'form-fatherEthnicity', 'mong', 'Mông');
    await fill(page, 'form-fatherBirthYear', '1993');

    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-documents').waitFor();
    await page.getByTestId('dossier-next').tap();
    // The result by post: the address starts from the applicant's, its ward from the province's list.
    await page.getByTestId('delivery-post').tap();
    await expect.poll(() => page.getByTestId('postal-ward').inputValue()).toBe('Xã Chiềng Sơn');
    expect(await page.getByTestId('postal-province').inputValue()).toBe('Tỉnh Sơn La');
    expect(await page.getByTestId('postal-street').inputValue()).toBe('Bản Hua Păng');
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-submit').tap();
    await page.getByTestId('screen-dossier-receipt').waitFor();
    const code = (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';

    const body = JSON.parse(kiosk.kiosk.outbox.store.byKey(code)?.payload ?? '{}') as {
      form: Record<string, string>;
      applicant: { address: string };
      delivery: { address: Record<string, string> };
    };
    expect(body.applicant.address).toBe('Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    expect(body.form).toMatchObject({
      childBirthPlace: 'Trạm y tế, Xã Chiềng Sơn, Tỉnh Sơn La',
      childEthnicity: 'Thái',
      childNationality: 'Việt Nam',
      childHomeTown: 'Xã Ea H’Leo, Tỉnh Đắk Lắk',
      motherAddress: 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La',
      motherNationality: 'Việt Nam',
      motherEthnicity: 'Thái',
      fatherEthnicity: 'Mông',
      fatherNationality: 'Lào',
      fatherAddress: 'Phường Hoàn Kiếm, Thành phố Hà Nội',
    });
    expect(body.delivery.address).toMatchObject({ ward: 'Xã Chiềng Sơn', province: 'Tỉnh Sơn La' });
  });
});
