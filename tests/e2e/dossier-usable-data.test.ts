import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import {
  agreeToPrivacy,
  fill,
  fillApplicant,
  fillChild,
  fillDate,
  startBirthDossier,
  startDossier,
  submitFromForm,
} from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

type Page = import('playwright-core').Page;

const invalid = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('aria-invalid');

async function toLanguage(page: Page, lang: 'vi' | 'ar'): Promise<void> {
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
}

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app and the bundled lists in the page's cache; each dossier is read back by
// its own code.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('a birth registration takes only usable data ($name)', (orientation) => {
  it('asks to confirm an address naming a district, requires the mother, copies the applicant as mother, picks from lists', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await fill(page, 'catalog-search-input', 'khai sinh');
    await page.getByTestId('catalog-result-1.001193').tap();
    await page.getByTestId('procedure-action-dossier.start').tap();
    await agreeToPrivacy(page);

    // The address from an old card names a district: the citizen corrects or confirms it.
    await fill(page, 'applicant-fullName', 'Lò Thị Mai');
    await fill(page, 'applicant-citizenId', '014195001234');
    await fillDate(page, 'applicant-dateOfBirth', '2', '8', '1995');
    await fill(page, 'applicant-phone', '0987 654 321');
    await fill(page, 'applicant-address', 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La');
    await page.getByTestId('applicant-address-old').waitFor();
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-errors').waitFor();
    expect(await invalid(page, 'applicant-address')).toBe('true');
    await page.getByTestId('applicant-address-old').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-address-old-vi', orientation);
    await page.getByTestId('applicant-address-confirm').tap();
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    // The requester is the applicant: not asked twice.
    for (const id of ['requesterName', 'requesterIdNumber', 'requesterPhone', 'requesterAddress'])
      expect(await page.getByTestId(`form-${id}`).count()).toBe(0);

    await fill(page, 'form-childName', 'Lò Văn Minh');
    await page.getByTestId('form-childGender-nam').tap();
    await fillDate(page, 'form-childBirthDate', '10', '2', '2026');
    await fill(page, 'form-childBirthPlace', 'Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La');
    // The ethnic group is picked from the 54, typed without accents.
    await fill(page, 'form-childEthnicity', 'thai');
    await page.getByTestId('form-childEthnicity-match').first().tap();
    expect(await page.getByTestId('form-childEthnicity').inputValue()).toBe('Thái');

    // The type of birth registration comes first and is required: until it is chosen no parent is asked.
    await page.getByTestId('form-relationship-ong-ba').tap();
    expect(await page.getByTestId('form-motherName').count()).toBe(0);
    expect(await page.getByTestId('form-fatherName').count()).toBe(0);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-errors').waitFor();
    expect(await page.getByTestId('form-birthCase-chua-cha').locator('input').getAttribute('aria-invalid')).toBe('true');
    // Her son's father is not established: the mother is asked, the father is not.
    await page.getByTestId('form-birthCase-chua-cha').tap();
    await page.getByTestId('form-motherName').waitFor();
    expect(await page.getByTestId('form-fatherName').count()).toBe(0);
    expect(await page.getByTestId('form-fatherEthnicity').count()).toBe(0);
    await page.getByTestId('form-birthCase').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'dossier-birth-case-vi', orientation);
    await toLanguage(page, 'ar');
    await expect.poll(() => page.getByTestId('dossier-step-form').textContent()).toContain('لم يُحدَّد الأب بعد');
    await page.getByTestId('form-birthCase').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'dossier-birth-case-ar', orientation);
    await toLanguage(page, 'vi');

    // Without the mother's name the form does not go on.
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-errors').waitFor();
    expect(await invalid(page, 'form-motherName')).toBe('true');
    // The official form records the mother's ethnic group and residence.
    expect(await invalid(page, 'form-motherEthnicity')).toBe('true');
    expect(await invalid(page, 'form-motherAddress')).toBe('true');
    await saveScreenshot(page, 'dossier-mother-required-vi', orientation);

    // "I am the mother": her name and ID number come from the applicant.
    await page.getByTestId('form-relationship-me').tap();
    await expect.poll(() => page.getByTestId('form-motherName').inputValue()).toBe('Lò Thị Mai');
    expect(await page.getByTestId('form-motherIdNumber').inputValue()).toBe('014195001234');
    // Her card's address names an old district, so it is not copied: her residence of today is typed.
    await fill(page, 'form-motherAddress', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await fill(page, 'form-motherEthnicity', 'thai');
    await page.getByTestId('form-motherEthnicity-match').first().tap();

    // The same form in Arabic.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('dossier-step-form').waitFor();
    await fill(page, 'form-childEthnicity', 'ta');
    await page.getByTestId('form-childEthnicity-matches').waitFor();
    await page.getByTestId('form-childEthnicity').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-form-picklist-ar', orientation);
    await page.getByTestId('form-childEthnicity-match').first().tap();
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-vi').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-documents').waitFor();
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('delivery-post').tap();
    await fill(page, 'postal-street', 'Bản Hua Păng');
    await fill(page, 'postal-ward', 'Xã Chiềng Sơn');
    await fill(page, 'postal-province', 'son la');
    await page.getByTestId('postal-province-match').first().tap();
    expect(await page.getByTestId('postal-province').inputValue()).toBe('Tỉnh Sơn La');
    await saveScreenshot(page, 'dossier-delivery-province-vi', orientation);
    await page.getByTestId('dossier-next').tap();
    // The review repeats the case chosen, and asks nothing of the father.
    const review = page.getByTestId('dossier-step-review');
    await review.waitFor();
    expect(await review.textContent()).toContain('Loại khai sinh');
    expect(await review.textContent()).toContain('Chưa xác định được cha');
    expect(await review.textContent()).not.toContain('Họ, chữ đệm và tên người cha');
    await page.getByText('Chưa xác định được cha').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'dossier-birth-case-review-vi', orientation);
    await page.getByTestId('dossier-submit').tap();
    await page.getByTestId('screen-dossier-receipt').waitFor();
    const code = (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';

    // What the center receives: the mother, the ethnic group as listed, the requester from the applicant.
    const body = JSON.parse(kiosk.kiosk.outbox.store.byKey(code)?.payload ?? '{}') as { form: Record<string, string> };
    expect(body.form).toMatchObject({
      birthCase: 'chua-cha',
      motherName: 'Lò Thị Mai',
      motherIdNumber: '014195001234',
      childEthnicity: 'Tày',
      requesterName: 'Lò Thị Mai',
      requesterIdNumber: '014195001234',
      requesterAddress: 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La',
    });
    expect(Object.keys(body.form).filter((id) => id.startsWith('father'))).toEqual([]);
  });

  it('birth with recognition of parentage: the old commune leads to today’s, both parents and their years of birth required', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await startDossier(page, 'khai sinh ket hop', '1.000689');
    await page.getByTestId('dossier-step-applicant').waitFor();
    await fill(page, 'applicant-fullName', 'Vừ A Dính');
    await fill(page, 'applicant-citizenId', '002093001234');
    await fillDate(page, 'applicant-dateOfBirth', '5', '3', '1993');
    await fill(page, 'applicant-phone', '0912 345 678');
    // An address from an old card: Hà Giang merged into Tuyên Quang, the township of Yên Minh into
    // the commune of Yên Minh. The picker starts there and offers that commune first.
    await fill(page, 'applicant-address', 'Tổ 5, thị trấn Yên Minh, huyện Yên Minh, tỉnh Hà Giang');
    await page.getByTestId('applicant-address-old').waitFor();
    await expect.poll(() => page.getByTestId('applicant-address-province').inputValue()).toBe('Tỉnh Tuyên Quang');
    const offered = page.getByTestId('applicant-address-commune-match');
    await offered.first().waitFor();
    expect(await offered.first().textContent()).toContain('Xã Yên Minh');
    expect(await page.getByTestId('applicant-address-commune-suggested').textContent()).toBe(
      'Từ ngày 1 tháng 7 năm 2025, xã/phường cũ “Yên Minh” nay thuộc:',
    );
    // The citizen may still confirm the address as it is.
    expect(await page.getByTestId('applicant-address-confirm').isVisible()).toBe(true);
    await page.getByTestId('applicant-address-picker').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'places-merged-commune-vi', orientation);
    await toLanguage(page, 'ar');
    await page.getByTestId('applicant-address-commune-suggested').waitFor();
    await page.getByTestId('applicant-address-picker').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'places-merged-commune-ar', orientation);
    await toLanguage(page, 'vi');
    await page.getByTestId('applicant-address-commune-match').filter({ hasText: 'Xã Yên Minh' }).tap();
    await expect.poll(() => page.getByTestId('applicant-address').inputValue()).toBe('Tổ 5, Xã Yên Minh, Tỉnh Tuyên Quang');
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    // Both parents are known here: the father's fields are required before anything is typed.
    expect(await page.getByTestId('form-fatherEthnicity').getAttribute('required')).toBe('');
    expect(await page.getByTestId('form-parentName').count()).toBe(0);
    await fill(page, 'form-childName', 'Vừ Thị Mỷ');
    await page.getByTestId('form-childGender-nu').tap();
    await fillDate(page, 'form-childBirthDate', '1', '10', '2026');
    await fill(page, 'form-childBirthPlace', 'Trạm y tế, Xã Yên Minh, Tỉnh Tuyên Quang');
    await fill(page, 'form-childEthnicity', 'mong');
    await page.getByTestId('form-childEthnicity-match').first().tap();
    // "I am the father": his name, ID number, year of birth, residence (now today's) and nationality.
    await page.getByTestId('form-relationship-cha').tap();
    await expect.poll(() => page.getByTestId('form-fatherName').inputValue()).toBe('Vừ A Dính');
    expect(await page.getByTestId('form-fatherBirthYear').inputValue()).toBe('1993');
    expect(await page.getByTestId('form-fatherAddress').inputValue()).toBe('Tổ 5, Xã Yên Minh, Tỉnh Tuyên Quang');
    expect(await page.getByTestId('form-fatherNationality').inputValue()).toBe('Việt Nam');

    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-errors').waitFor();
    for (const id of ['motherName', 'motherBirthYear', 'motherEthnicity', 'motherNationality', 'motherAddress', 'fatherEthnicity'])
      expect(await invalid(page, `form-${id}`), id).toBe('true');
    expect(await page.getByTestId('form-recognisingParent-cha').locator('input').getAttribute('aria-invalid')).toBe('true');
    expect(await invalid(page, 'form-fatherName')).not.toBe('true');
    await page.getByTestId('form-motherName').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'parents-combined-required-vi', orientation);
    await toLanguage(page, 'ar');
    await page.getByTestId('form-motherName').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'parents-combined-required-ar', orientation);
    await toLanguage(page, 'vi');

    // The mother's year of birth is checked against today: a year to come is refused.
    await fill(page, 'form-motherName', 'Lò Thị Mai');
    await fill(page, 'form-motherBirthYear', '2031');
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => invalid(page, 'form-motherBirthYear')).toBe('true');
    expect(await page.getByTestId('dossier-step-form').textContent()).toContain('Năm này chưa đến');
    await page.getByTestId('form-motherBirthYear').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'parents-year-future-vi', orientation);
    await fill(page, 'form-motherBirthYear', '1995');
    await fill(page, 'form-motherEthnicity', 'thai');
    await page.getByTestId('form-motherEthnicity-match').first().tap();
    await page.getByTestId('form-motherNationality').tap();
    await page.getByTestId('form-motherNationality-match').filter({ hasText: 'Việt Nam' }).tap();
    await fill(page, 'form-motherAddress', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await fill(page, 'form-fatherEthnicity', 'mong');
    await page.getByTestId('form-fatherEthnicity-match').first().tap();
    await page.getByTestId('form-recognisingParent-cha').tap();
    const code = await submitFromForm(page);
    const body = JSON.parse(kiosk.kiosk.outbox.store.byKey(code)?.payload ?? '{}') as {
      procedureCode: string;
      applicant: { address: string };
      form: Record<string, string>;
    };
    expect(body.procedureCode).toBe('1.000689');
    expect(body.applicant.address).toBe('Tổ 5, Xã Yên Minh, Tỉnh Tuyên Quang');
    expect(body.form).toMatchObject({
      motherName: 'Lò Thị Mai',
      motherBirthYear: '1995',
      motherEthnicity: 'Thái',
      motherNationality: 'Việt Nam',
      fatherName: 'Vừ A Dính',
      fatherBirthYear: '1993',
      fatherEthnicity: 'Mông',
      recognisingParent: 'cha',
    });
  });

  it('the type of birth registration rules out "Mẹ"/"Cha" and the married parents’ papers when that parent is not established', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await startBirthDossier(page);
    await fillApplicant(page);
    await page.getByTestId('dossier-next').tap();
    const form = page.getByTestId('dossier-step-form');
    await form.waitFor();
    const offered = async () =>
      page
        .getByTestId('form-relationship')
        .locator('input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // Neither parent established: the requester is neither the mother nor the father.
    await page.getByTestId('form-birthCase-chua-ca-cha-me').tap();
    await expect.poll(offered).toEqual(['ong-ba', 'khac']);
    // The father not established: she may be the mother.
    await page.getByTestId('form-birthCase-chua-cha').tap();
    await expect.poll(offered).toEqual(['me', 'ong-ba', 'khac']);
    await page.getByTestId('form-relationship-me').tap();
    // She changes the case to "mother not established": her "Mẹ" stays in sight, refused, saying why.
    await page.getByTestId('form-birthCase-chua-me').tap();
    await expect.poll(offered).toEqual(['me', 'cha', 'ong-ba', 'khac']);
    await page.getByTestId('dossier-next').tap();
    const message = page.getByTestId('form-relationship').locator('.field__error');
    await expect.poll(() => message.textContent()).toBe('Lựa chọn này không hợp với “Loại khai sinh” đã chọn: hãy chọn lại');
    expect(await page.getByTestId('form-relationship-me').locator('input').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('form-relationship').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'dossier-birth-case-relationship-vi', orientation);
    await toLanguage(page, 'ar');
    await expect.poll(() => message.textContent()).toBe('هذا الاختيار لا يتوافق مع «نوع تسجيل الولادة» المختار: يرجى الاختيار من جديد');
    await page.getByTestId('form-relationship').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'dossier-birth-case-relationship-ar', orientation);
    await toLanguage(page, 'vi');

    // Neither parent established, a grandmother asks: the papers of married parents are not asked.
    await page.getByTestId('form-birthCase-chua-ca-cha-me').tap();
    await page.getByTestId('form-relationship-ong-ba').tap();
    // Once she chose again, the "Mẹ" this case rules out is gone.
    await expect.poll(offered).toEqual(['ong-ba', 'khac']);
    await fillChild(page);
    await page.getByTestId('dossier-next').tap();
    const documents = page.getByTestId('dossier-step-documents');
    await documents.waitFor();
    const text = (await documents.textContent()) ?? '';
    expect(text).toContain('Trẻ bị bỏ rơi');
    expect(text).not.toContain('Giấy chứng nhận kết hôn của cha, mẹ trẻ');
    expect(text).not.toContain('mang thai hộ');
    await saveScreenshot(page, 'dossier-birth-case-documents-vi', orientation);
  });
});
