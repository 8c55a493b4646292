import type { Page } from 'playwright-core';

/** Taps a field (as a finger would, opening the on-screen keyboard) and types into it. */
export async function fill(page: Page, testId: string, text: string): Promise<void> {
  const el = page.getByTestId(testId);
  await el.tap();
  await el.fill(text);
}

/** A date typed into the kiosk's three boxes: day, month, year. */
export async function fillDate(page: Page, testId: string, d: string, m: string, y: string): Promise<void> {
  await fill(page, `${testId}-day`, d);
  await fill(page, `${testId}-month`, m);
  await fill(page, `${testId}-year`, y);
}

/** Agrees to the privacy notice a dossier or feedback flow shows before it asks for anything personal. */
export async function agreeToPrivacy(page: Page): Promise<void> {
  await page.getByTestId('consent-agree').tap();
  await page.getByTestId('consent-notice').waitFor({ state: 'detached' });
}

/** The applicant step of a dossier, filled as the e2e tests' citizen (Lò Thị Mai) fills it. */
export async function fillApplicant(page: Page): Promise<void> {
  await fill(page, 'applicant-fullName', 'Lò Thị Mai');
  await fill(page, 'applicant-citizenId', '014195001234');
  await fillDate(page, 'applicant-dateOfBirth', '2', '8', '1995');
  await fill(page, 'applicant-phone', '0987 654 321');
  await fill(page, 'applicant-address', 'Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La');
}

/**
 * The birth registration's own form (1.001193), as the e2e tests' citizen fills it for her son; she is
 * the mother. The official form records the mother's ethnic group, nationality and residence, so they are
 * given too (whatever "I am the mother" copied is overwritten with the same); the father is not established
 * (the type of birth registration says so first, so the form asks the mother only).
 */
export async function fillBirthForm(page: Page): Promise<void> {
  await page.getByTestId('form-birthCase-chua-cha').tap();
  await fillChild(page);
  await page.getByTestId('form-relationship-me').tap();
  await fill(page, 'form-motherEthnicity', 'Thái');
  await fill(page, 'form-motherNationality', 'Việt Nam');
  await fill(page, 'form-motherAddress', 'Bản Hua Păng, Xã Chiềng Sơn, Tỉnh Sơn La');
}

/** The child's part of the birth registration's form (1.001193): her son Lò Văn Minh, born in February. */
export async function fillChild(page: Page): Promise<void> {
  await fill(page, 'form-childName', 'Lò Văn Minh');
  await page.getByTestId('form-childGender-nam').tap();
  await fillDate(page, 'form-childBirthDate', '10', '2', '2026');
  await fill(page, 'form-childBirthPlace', 'Trạm y tế xã Chiềng Sơn, Xã Chiềng Sơn, Tỉnh Sơn La');
  await fill(page, 'form-childEthnicity', 'Thái');
}

/** From the home screen: searches the catalog, opens the procedure, starts its dossier and agrees to the notice. */
export async function startDossier(page: Page, query: string, code: string): Promise<void> {
  await page.getByTestId('home-action-catalog').tap();
  await fill(page, 'catalog-search-input', query);
  await page.getByTestId(`catalog-result-${code}`).tap();
  await page.getByTestId('procedure-action-dossier.start').tap();
  await agreeToPrivacy(page);
}

/** Home → catalog → "khai sinh" → the birth registration → start its dossier and agree: its applicant step. */
export async function startBirthDossier(page: Page): Promise<void> {
  await startDossier(page, 'khai sinh', '1.001193');
  await page.getByTestId('dossier-step-applicant').waitFor();
}

/**
 * From a dossier's form step with every answer valid: on through the documents and delivery
 * steps to the review, submits, and answers the receipt's dossier code.
 */
export async function submitFromForm(page: Page): Promise<string> {
  await page.getByTestId('dossier-next').tap();
  await page.getByTestId('dossier-step-documents').waitFor();
  await page.getByTestId('dossier-next').tap();
  await page.getByTestId('dossier-next').tap();
  await page.getByTestId('dossier-submit').tap();
  await page.getByTestId('screen-dossier-receipt').waitFor();
  return (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';
}

/** Changes the screen's language from the top bar, and waits for the page's direction to follow. */
export async function toLanguage(page: Page, lang: 'vi' | 'en' | 'ar' | 'pl'): Promise<void> {
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await page.waitForFunction((rtl) => document.documentElement.dir === (rtl ? 'rtl' : 'ltr'), lang === 'ar');
}
