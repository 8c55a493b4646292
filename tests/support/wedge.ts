import type { Page } from 'playwright-core';

/**
 * What a keyboard-wedge scanner does: key presses a few milliseconds apart, then Enter. Sent as
 * key events inside the page, so the burst stays a burst on a loaded test machine (Playwright's
 * own typing goes one round trip a key); everything from the page's key listener on is real.
 */
export async function wedgeBurst(page: Page, text: string): Promise<void> {
  await page.evaluate((keys) => {
    for (const key of [...keys, 'Enter']) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  }, text);
}
