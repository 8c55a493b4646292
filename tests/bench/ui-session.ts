import type { Page } from 'playwright-core';

const LANGUAGES = ['vi', 'en', 'ar', 'pl'] as const;
const QUERY = ['k', 'h', 'a', 'i', '{space}', 's', 'i', 'n', 'h'];
/** The start of a name on the on-screen keys (a name field starts in capitals), then a tone from the picker: Lò. */
const NAME = ['L', 'o'];

/**
 * One simulated citizen visit, from the welcome screen to the idle timeout: choose a language,
 * search the catalog on the on-screen keyboard, open a procedure, start its dossier and begin
 * typing a name, look at the ticket services, turn on larger text, and walk away so the session
 * ends and everything is reset. The same steps every time, so any growth over many visits is a leak.
 */
export async function benchSession(page: Page, n: number): Promise<void> {
  if (await page.getByTestId('screen-attract').isVisible()) {
    await page.getByTestId(`attract-language-${LANGUAGES[n % LANGUAGES.length]}`).click();
  }
  await page.getByTestId('screen-home').waitFor();
  await page.getByTestId('home-action-catalog').click();
  await page.getByTestId('catalog-search-input').click();
  for (const key of QUERY) await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).click();
  await page.getByTestId('catalog-result-1.001193').click();
  await page.getByTestId('procedure-qr-image').waitFor();
  await page.getByTestId('procedure-action-dossier.start').click();
  await page.getByTestId('consent-agree').click();
  await page.getByTestId('applicant-fullName').click();
  for (const key of NAME) await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).click();
  await page.getByTestId('tone-picker').locator('button').nth(1).click();
  const typed = await page.getByTestId('applicant-fullName').inputValue();
  if (typed !== 'Lò') throw new Error(`the name field holds "${typed}" instead of "Lò"`);
  await page.getByTestId('nav-home').click();
  await page.getByTestId('home-action-ticket').click();
  await page.getByTestId('screen-ticket-services').waitFor();
  await page.getByTestId('nav-help').click();
  await page.getByTestId('toggle-large-text').click();
  await page.getByTestId('help-close').click();
  // Walk away: the countdown, then the end of the session.
  await page.clock.runFor(62_000);
  await page.getByTestId('idle-overlay').waitFor();
  await page.clock.runFor(21_000);
  await page.getByTestId('screen-attract').waitFor();
}
