import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { agreeToPrivacy, fill, fillDate } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';

const invalid = (page: import('playwright-core').Page, testId: string) => page.getByTestId(testId).getAttribute('aria-invalid');

describe.each(ORIENTATIONS)('a birth registration takes only usable data ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation);

  it('asks to confirm an address naming a district, requires the mother, copies the applicant as mother, picks from lists', async () => {
    const { page, context } = await kiosk.open();
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

    // Without the mother's name the form does not go on.
    await page.getByTestId('form-relationship-ong-ba').tap();
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-errors').waitFor();
    expect(await invalid(page, 'form-motherName')).toBe('true');
    expect(await invalid(page, 'form-fatherName')).not.toBe('true');
    // The official form records the mother's ethnic group and residence; the father's only once he is named.
    expect(await invalid(page, 'form-motherEthnicity')).toBe('true');
    expect(await invalid(page, 'form-motherAddress')).toBe('true');
    expect(await invalid(page, 'form-fatherEthnicity')).not.toBe('true');
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
    await page.getByTestId('dossier-submit').tap();
    await page.getByTestId('screen-dossier-receipt').waitFor();
    const code = (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';

    // What the center receives: the mother, the ethnic group as listed, the requester from the applicant.
    const body = JSON.parse(kiosk.kiosk.outbox.store.byKey(code)?.payload ?? '{}') as { form: Record<string, string> };
    expect(body.form).toMatchObject({
      motherName: 'Lò Thị Mai',
      motherIdNumber: '014195001234',
      childEthnicity: 'Tày',
      requesterName: 'Lò Thị Mai',
      requesterIdNumber: '014195001234',
      requesterAddress: 'Bản Hua Păng, xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La',
    });
    expect(body.form.fatherName).toBeUndefined();
    await context.close();
  });
});
