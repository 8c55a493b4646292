import type { Page } from 'playwright-core';

/**
 * A fresh home screen in `lang` for the tour's next stop, the way the next visitor gets one: Help's
 * "End my session" (every session store reset, a staff or technician role dropped, the default
 * language back), then the welcome screen's button for the language. Reloading the page did the
 * same at the cost of booting the app and axe-core again (about a third of a CPU-second); tapping
 * the three buttons through Playwright cost nearly as much, in its checks before each tap and
 * the round trips between them. So the buttons are pressed inside the page, in one call that waits
 * for each to appear: the tour checks screens, and the taps themselves are other tests' subject
 * (ux-idle, the help dialog's). Where Help cannot be reached because another dialog is up (the
 * idle question), the page is loaded again and the language is chosen on the home screen.
 */
export async function startOverIn(page: Page, url: string, lang: string): Promise<void> {
  const started = await page.evaluate(pressStartOver, lang);
  if (started) return;
  await page.goto(url);
  await page.getByTestId('screen-home').waitFor();
  if (lang === 'vi') return;
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await page.getByTestId('screen-home').waitFor();
}

/** Runs in the page: false when Help is out of reach (another dialog is up). */
async function pressStartOver(lang: string): Promise<boolean> {
  const byTestId = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
  // Resolves once `found` returns something, checked after every change to the document.
  const appears = <T>(what: string, found: () => T | null | undefined | false): Promise<T> =>
    new Promise((resolve, reject) => {
      const now = found();
      if (now) {
        resolve(now);
        return;
      }
      const observer = new MutationObserver(() => {
        const value = found();
        if (!value) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`starting over: ${what} did not appear`));
      }, 30_000);
    });
  let end = byTestId('help-end-session');
  if (!end) {
    const help = byTestId('nav-help');
    if (!help || help.disabled || document.querySelector('[aria-modal="true"]')) return false;
    help.click();
    end = await appears('help-end-session', () => byTestId('help-end-session'));
  }
  end.click();
  (await appears(`attract-language-${lang}`, () => byTestId(`attract-language-${lang}`))).click();
  await appears(`the home screen in ${lang}`, () => byTestId('screen-home') && document.documentElement.lang === lang);
  return true;
}
