import type { Page } from 'playwright-core';

const LANGUAGES = ['en', 'ar', 'pl', 'vi'] as const;

/**
 * One simulated citizen visit, from the welcome screen to the idle timeout: choose a language,
 * look through a service list, ask for help with larger text, and walk away so the session ends
 * and everything is reset. The same steps every time, so any growth is a leak.
 */
export async function benchSession(page: Page, n: number): Promise<void> {
  if (await page.getByTestId('screen-attract').isVisible()) {
    await page.getByTestId(`attract-language-${LANGUAGES[n % LANGUAGES.length]}`).click();
  }
  await page.getByTestId('screen-home').waitFor();
  await page.getByTestId('home-action-ticket').click();
  await page.getByTestId('screen-ticket-services').waitFor();
  await page.getByTestId('nav-help').click();
  await page.getByTestId('toggle-large-text').click();
  await page.getByTestId('help-close').click();
  await page.getByTestId('nav-back').click();
  await page.getByTestId('nav-language').click();
  await page.getByTestId('language-vi').click();
  await page.getByTestId('screen-home').waitFor();
  // Walk away: the countdown, then the end of the session.
  await page.clock.runFor(62_000);
  await page.getByTestId('idle-overlay').waitFor();
  await page.clock.runFor(21_000);
  await page.getByTestId('screen-attract').waitFor();
}
