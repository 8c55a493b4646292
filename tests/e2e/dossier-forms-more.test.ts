import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill, fillApplicant, fillDate, startDossier, submitFromForm, toLanguage } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';
import { runningClockFrom } from '../support/running-clock';

type Page = import('playwright-core').Page;

// 09:15 on Sunday 6 December 2026 in Vietnam: the kiosk's core and the page stand there, so a
// time of death later today is one still to come, whatever the machine's clock says.
const NOW = '2026-12-06T02:15:00.000Z';
const choiceInvalid = (page: Page, testId: string) => page.getByTestId(testId).locator('input').getAttribute('aria-invalid');

/**
 * Where a pick list's matches stand: in the same field group as their box, under it, and above
 * the next field's label (so "✓ Ba Lan" reads as this field's answer, not the field before's).
 */
const matchesPlace = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const input = document.querySelector(`[data-testid="${id}"]`);
    const list = document.querySelector(`[data-testid="${id}-matches"]`);
    const group = input?.closest('.field');
    const next = group?.nextElementSibling?.querySelector('label, legend');
    if (!input || !list || !group) return null;
    const top = list.getBoundingClientRect().top;
    return {
      inGroup: list.closest('.field') === group,
      underBox: top >= input.getBoundingClientRect().bottom,
      aboveNext: !next || list.getBoundingClientRect().bottom <= next.getBoundingClientRect().top,
    };
  }, testId);
const HERE = { inGroup: true, underBox: true, aboveNext: true };
/** Closes the on-screen keyboard with its Done key when it is open, so the fields below are in sight. */
const closeKeyboard = async (page: Page) => {
  if ((await page.getByTestId('keyboard').count()) === 0) return;
  await page.locator('[data-testid="keyboard"] [data-skbtn="{done}"]').tap();
  await page.getByTestId('keyboard').waitFor({ state: 'detached' });
};

describe.each(ORIENTATIONS)('marriage, death and re-registration forms take what the declarations record ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, { deps: () => ({ clock: runningClockFrom(NOW) }) });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), orientation);
  /** The form answers of the dossier waiting in the outbox under this code. */
  const sentForm = (code: string): Record<string, string> =>
    (JSON.parse(kiosk.kiosk.outbox.store.byKey(code)?.payload ?? '{}') as { form: Record<string, string> }).form;

  /** Birth re-registration at 09:15 on 6 December 2026, the applicant step filled: its form step. */
  const reRegistrationForm = async () => {
    const page = await kioskPage.fresh({ beforeLoad: (p) => p.clock.install({ time: NOW }) });
    await startDossier(page, 'dang ky lai khai sinh', '1.004884');
    await page.getByTestId('dossier-step-applicant').waitFor();
    await fillApplicant(page);
    await page.getByTestId('dossier-next').tap();
    const form = page.getByTestId('dossier-step-form');
    await form.waitFor();
    return { page, form };
  };

  it('marriage: which marriage for each party, labels in Arabic, nationality found by its English and Arabic names', async () => {
    const page = await kioskPage.fresh();
    await startDossier(page, 'dang ky ket hon', '1.000894');
    await page.getByTestId('dossier-step-applicant').waitFor();
    await fillApplicant(page);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    // The choices' fieldset: its legend is the field's label.
    const order = page.locator('fieldset', { has: page.getByTestId('form-groomMarriageOrder-1') });
    expect(await order.textContent()).toContain('Kết hôn lần thứ mấy (bên nam)');
    for (const label of ['Lần đầu', 'Lần thứ hai', 'Lần thứ ba', 'Lần thứ tư trở lên']) expect(await order.textContent()).toContain(label);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-errors').waitFor();
    expect(await choiceInvalid(page, 'form-groomMarriageOrder-1')).toBe('true');
    expect(await choiceInvalid(page, 'form-brideMarriageOrder-1')).toBe('true');
    await order.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-forms-marriage-order-vi', orientation);

    // In Arabic the labels and choices are Arabic, not English.
    await toLanguage(page, 'ar');
    await expect.poll(() => order.textContent()).toContain('ترتيب هذا الزواج بالنسبة إلى العريس');
    expect(await order.textContent()).toContain('الزواج الأول');
    expect(await page.getByTestId('dossier-step-form').textContent()).not.toContain("Groom's");
    await page.getByTestId('form-groomMarriageOrder-2').tap();
    expect(await choiceInvalid(page, 'form-groomMarriageOrder-2')).not.toBe('true');
    await order.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-forms-marriage-order-ar', orientation);

    // The nationality list answers the English name and the Arabic one; the form keeps Vietnamese.
    expect(await page.evaluate(() => new Intl.DisplayNames(['ar'], { type: 'region' }).of('PL'))).toBe('بولندا');
    await fill(page, 'form-brideNationality', 'poland');
    const matches = page.getByTestId('form-brideNationality-match');
    await expect.poll(() => matches.first().textContent()).toContain('Ba Lan');
    expect(await matches.first().textContent()).toContain('(بولندا)');
    await fill(page, 'form-brideNationality', 'بولن');
    await expect.poll(() => matches.first().textContent()).toContain('Ba Lan');
    expect(await matchesPlace(page, 'form-brideNationality')).toEqual(HERE);
    await page.getByTestId('form-brideNationality').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-forms-nationality-ar', orientation);
    await matches.first().tap();
    expect(await page.getByTestId('form-brideNationality').inputValue()).toBe('Ba Lan');
    // In Polish, the Polish name typed on the kiosk's keyboard, without its letters' marks.
    await toLanguage(page, 'pl');
    await fill(page, 'form-groomNationality', 'bialorus');
    const groomMatches = page.getByTestId('form-groomNationality-match');
    await expect.poll(() => groomMatches.first().textContent()).toContain('Belarus');
    expect(await groomMatches.first().textContent()).toContain('(Białoruś)');
    // In Vietnamese, an entry found by its English name shows that name beside it ("poland" says
    // why "Ba Lan" matched, as the Arabic screen shows the Arabic name); a Vietnamese name typed
    // shows nothing more.
    await toLanguage(page, 'vi');
    await fill(page, 'form-groomNationality', 'poland');
    await expect.poll(() => groomMatches.first().textContent()).toContain('Ba Lan');
    const other = groomMatches.first().getByTestId('form-groomNationality-match-other');
    expect(await other.textContent()).toBe('(Poland)');
    expect(await other.getAttribute('lang')).toBe('en');
    expect(await matchesPlace(page, 'form-groomNationality')).toEqual(HERE);
    await page.getByTestId('form-groomNationality').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-forms-nationality-vi', orientation);
    await fill(page, 'form-groomNationality', 'germany');
    await expect.poll(() => groomMatches.first().textContent()).toContain('Đức');
    expect(await other.textContent()).toBe('(Germany)');
    await fill(page, 'form-groomNationality', 'ba la');
    await expect.poll(() => groomMatches.first().textContent()).toContain('Ba Lan');
    expect(await page.getByTestId('form-groomNationality-match-other').count()).toBe(0);
  });

  it('death: the time of death in two boxes, refused when still to come today, sent as HH:MM', async () => {
    const page = await kioskPage.fresh({ beforeLoad: (p) => p.clock.install({ time: NOW }) });
    await startDossier(page, 'khai tu', '1.000656');
    await page.getByTestId('dossier-step-applicant').waitFor();
    await fillApplicant(page);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-form').waitFor();

    await fill(page, 'form-deceasedName', 'Lò Văn Páo');
    await fillDate(page, 'form-deceasedBirthDate', '2', '3', '1940');
    await page.getByTestId('form-deceasedGender-nam').tap();
    await fill(page, 'form-deceasedEthnicity', 'Thái');
    await fill(page, 'form-deceasedNationality', 'Việt Nam');
    await fill(page, 'form-deceasedAddress', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await fill(page, 'form-deathPlace', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await fill(page, 'form-deathCause', 'Già yếu');
    await fill(page, 'form-relationship', 'Con gái');
    // Today at 10:30, while the center's clock says 09:15; and a date of death still to come.
    await fillDate(page, 'form-deathDate', '6', '12', '2026');
    await fill(page, 'form-deathTime-hour', '10');
    await fill(page, 'form-deathTime-minute', '30');
    await page.getByTestId('dossier-next').tap();
    const form = page.getByTestId('dossier-step-form');
    await expect.poll(() => form.textContent()).toContain('Giờ này hôm nay chưa đến');
    expect(await form.textContent()).toContain('Đã chết vào lúc (giờ, phút)');
    await page.getByTestId('form-deathDate-day').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-forms-death-time-future-vi', orientation);
    await toLanguage(page, 'ar');
    await expect.poll(() => form.textContent()).toContain('هذا الوقت لم يأتِ بعد اليوم');
    expect(await form.textContent()).toContain('وقت الوفاة (الساعة والدقيقة)');
    await page.getByTestId('form-deathDate-day').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-forms-death-time-future-ar', orientation);
    await toLanguage(page, 'vi');

    await fill(page, 'form-deathTime-hour', '25');
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => form.textContent()).toContain('Giờ chưa đúng');
    await fillDate(page, 'form-deathDate', '7', '12', '2026');
    await fill(page, 'form-deathTime-hour', '7');
    await fill(page, 'form-deathTime-minute', '5');
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => form.textContent()).toContain('Ngày này chưa đến');
    expect(await form.textContent()).not.toContain('Giờ chưa đúng');
    await fillDate(page, 'form-deathDate', '6', '12', '2026');
    expect(sentForm(await submitFromForm(page))).toMatchObject({ deathDate: '2026-12-06', deathTime: '07:05', deceasedEthnicity: 'Thái' });
  });

  it('birth re-registration: the birth as the declaration records it, the earlier registration after the birth, a note from 2016', async () => {
    const { page, form } = await reRegistrationForm();
    for (const label of ['Số đăng ký khai sinh trước đây', 'Quyển số đăng ký khai sinh trước đây', 'Ngày đăng ký khai sinh trước đây']) {
      expect(await form.textContent()).toContain(label);
    }
    expect(await form.textContent()).toContain('Không biết thì để trống');
    // Her old certificate left the father's part empty: the father is not asked.
    await page.getByTestId('form-birthCase-chua-cha').tap();
    expect(await page.getByTestId('form-fatherName').count()).toBe(0);
    // Nothing else typed yet: the birth's own facts and the mother are asked, as on a first registration.
    await page.getByTestId('dossier-next').tap();
    for (const id of ['childName', 'childBirthPlace', 'childEthnicity', 'motherName', 'motherBirthYear', 'motherEthnicity']) {
      await expect.poll(() => page.getByTestId(`form-${id}`).getAttribute('aria-invalid'), { message: id }).toBe('true');
    }
    expect(await choiceInvalid(page, 'form-childGender-nam')).toBe('true');
    expect(await choiceInvalid(page, 'form-birthCase-chua-cha')).not.toBe('true');
    expect(await page.getByTestId('form-motherAddress').getAttribute('aria-invalid')).not.toBe('true');

    // She asks for herself: "Bản thân" copies her name, date of birth and nationality (an ID card
    // holder is Vietnamese) from the applicant step, and nobody into the parents' fields.
    await page.getByTestId('form-relationship-ban-than').tap();
    await expect.poll(() => page.getByTestId('form-childName').inputValue()).toBe('Lò Thị Mai');
    expect(await page.getByTestId('form-childBirthDate-day').inputValue()).toBe('02');
    expect(await page.getByTestId('form-childBirthDate-year').inputValue()).toBe('1995');
    expect(await page.getByTestId('form-childNationality').inputValue()).toBe('Việt Nam');
    expect(await page.getByTestId('form-motherName').inputValue()).toBe('');
    await page.getByTestId('form-childGender-nu').tap();
    await fill(page, 'form-childBirthPlace', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await fill(page, 'form-childEthnicity', 'Thái');
    await fill(page, 'form-motherName', 'Lường Thị Xuân');
    await fill(page, 'form-motherBirthYear', '1970');
    await fill(page, 'form-motherEthnicity', 'Thái');
    await fill(page, 'form-motherNationality', 'Việt Nam');
    // The person and the mother as asked, "Bản thân" having copied her name and date of birth.
    await closeKeyboard(page);
    /** The field in the middle of the screen, photographed in Vietnamese, then in Arabic once these words show. */
    const inViAndAr = async (name: string, testId: string, arabic: readonly string[]) => {
      const show = () => page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await show();
      await saveScreenshot(page, `dossier-forms-reregistration-${name}-vi`, orientation);
      await toLanguage(page, 'ar');
      for (const words of arabic) await expect.poll(() => form.textContent()).toContain(words);
      await show();
      await saveScreenshot(page, `dossier-forms-reregistration-${name}-ar`, orientation);
      await toLanguage(page, 'vi');
    };
    await inViAndAr('person', 'form-childGender-nam', ['الاسم الكامل للشخص المُعاد تسجيل ولادته']);
    await fill(page, 'form-previousPlace', 'UBND xã Chiềng Sơn, tỉnh Sơn La');
    // A stray sign in the number, and a date of registration still to come.
    await fill(page, 'form-previousNumber', '#15');
    await fill(page, 'form-previousBook', '01');
    await fillDate(page, 'form-previousDate', '7', '12', '2026');
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => form.textContent()).toContain('Ngày này chưa đến');
    expect(await page.getByTestId('form-previousNumber').getAttribute('aria-invalid')).toBe('true');
    // The keyboard closed with its Done key, the three fields with both messages in sight.
    await closeKeyboard(page);
    await inViAndAr('earlier', 'form-previousBook', ['رقم تسجيل الولادة السابق', 'تاريخ تسجيل الولادة السابق']);

    // Registered the day before she was born: refused, naming the date it may not precede.
    await fill(page, 'form-previousNumber', '15/1995');
    await fillDate(page, 'form-previousDate', '1', '8', '1995');
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => form.textContent()).toContain('Ngày này không thể sớm hơn “Ngày, tháng, năm sinh”');
    expect(await page.getByTestId('form-previousDate-notice').count()).toBe(0);
    // The date is the only error: its boxes are marked, and the first takes focus so it is in sight.
    for (const part of ['day', 'month', 'year'])
      expect(await page.getByTestId(`form-previousDate-${part}`).getAttribute('aria-invalid'), part).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('form-previousDate-day');
    await closeKeyboard(page);
    await inViAndAr('before-birth', 'form-previousDate-day', ['لا يمكن أن يكون هذا التاريخ قبل «تاريخ الميلاد»']);

    // Registered in 2016: told where such a birth is, and still let through (the clerk decides).
    await fillDate(page, 'form-previousDate', '10', '3', '2016');
    const note = page.getByTestId('form-previousDate-notice');
    await expect.poll(() => note.textContent()).toContain('Cấp bản sao Trích lục hộ tịch');
    expect(await note.textContent()).toContain('trước năm 2016');
    await closeKeyboard(page);
    await inViAndAr('2016', 'form-previousDate-day', ['السجل الإلكتروني للأحوال المدنية']);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-documents').waitFor();
    await page.getByTestId('nav-back').tap();
    await form.waitFor();

    // Left empty, the book and the date are not asked again; the number as the old paper writes it.
    await fill(page, 'form-previousBook', '');
    for (const part of ['day', 'month', 'year']) await fill(page, `form-previousDate-${part}`, '');
    expect(await note.count()).toBe(0);
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-documents').waitFor();
    await page.getByTestId('nav-back').tap();
    await form.waitFor();
    await fillDate(page, 'form-previousDate', '11', '9', '1995');
    const sent = sentForm(await submitFromForm(page));
    expect(sent).toMatchObject({
      childName: 'Lò Thị Mai',
      childGender: 'nu',
      childBirthDate: '1995-08-02',
      childEthnicity: 'Thái',
      motherName: 'Lường Thị Xuân',
      motherBirthYear: '1970',
      relationship: 'ban-than',
      previousNumber: '15/1995',
      previousDate: '1995-09-11',
    });
    expect(sent.previousBook ?? '').toBe('');
    expect(sent.birthCase).toBe('chua-cha');
    expect(sent.fatherName ?? '').toBe('');
  });

  it('birth re-registration with neither parent established: the choice is required, then no parent is asked', async () => {
    const { page } = await reRegistrationForm();
    // The type of birth registration is the form's first question, with the portal's four cases.
    const choice = page.getByTestId('form-birthCase');
    expect(await choice.textContent()).toContain('Loại khai sinh');
    for (const label of [
      'Đã xác định được cả cha lẫn mẹ',
      'Chưa xác định được mẹ',
      'Chưa xác định được cha',
      'Chưa xác định được cả cha lẫn mẹ',
    ])
      expect(await choice.textContent()).toContain(label);
    expect(await page.getByTestId('form-birthCase-hint').textContent()).toBe('Theo giấy khai sinh cũ hoặc giấy tờ có thông tin khai sinh');
    await page.getByTestId('form-relationship-ban-than').tap();
    await expect.poll(() => page.getByTestId('form-childName').inputValue()).toBe('Lò Thị Mai');
    await page.getByTestId('form-childGender-nu').tap();
    await fill(page, 'form-childBirthPlace', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
    await fill(page, 'form-childEthnicity', 'Thái');
    // Not chosen: refused, and neither parent is asked yet.
    await page.getByTestId('dossier-next').tap();
    await expect.poll(() => choiceInvalid(page, 'form-birthCase-chua-ca-cha-me')).toBe('true');
    expect(await page.getByTestId('form-motherName').count()).toBe(0);
    await page.getByTestId('form-birthCase-chua-ca-cha-me').tap();
    expect(await choiceInvalid(page, 'form-birthCase-chua-ca-cha-me')).not.toBe('true');
    for (const id of ['motherName', 'motherBirthYear', 'motherAddress', 'fatherName', 'fatherEthnicity'])
      expect(await page.getByTestId(`form-${id}`).count(), id).toBe(0);
    await closeKeyboard(page);
    await choice.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'dossier-forms-reregistration-neither-vi', orientation);
    await toLanguage(page, 'ar');
    await expect.poll(() => choice.textContent()).toContain('لم يُحدَّد الأب ولا الأم بعد');
    await choice.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'dossier-forms-reregistration-neither-ar', orientation);
    await toLanguage(page, 'vi');
    // From the person's home town the form goes on to the earlier registration: no parent between.
    await page.getByTestId('form-previousPlace').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'dossier-forms-reregistration-neither-no-parents-vi', orientation);

    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-step-documents').waitFor();
    await page.getByTestId('dossier-next').tap();
    await page.getByTestId('dossier-next').tap();
    const review = page.getByTestId('dossier-step-review');
    await review.waitFor();
    expect(await review.textContent()).toContain('Chưa xác định được cả cha lẫn mẹ');
    await page.getByTestId('dossier-submit').tap();
    await page.getByTestId('screen-dossier-receipt').waitFor();
    const sent = sentForm((await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '');
    expect(sent).toMatchObject({ birthCase: 'chua-ca-cha-me', childName: 'Lò Thị Mai', relationship: 'ban-than' });
    expect(Object.keys(sent).filter((id) => id.startsWith('mother') || id.startsWith('father'))).toEqual([]);
  });
});
