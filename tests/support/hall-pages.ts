import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { onlyOwnOrigin, SCREENSHOT_DIR } from './browser';
import { STAFF_PIN } from './hall-host';

const POLL = { timeout: 15_000 } as const;

/** Chromium flag for the hall display: a TV plays the call without anyone touching it first. */
export const AUTOPLAY = '--autoplay-policy=no-user-gesture-required';

/** A hall page (counter or display) at the size of its screen, with nothing allowed off the host. */
export async function openHallPage(browser: Browser, base: string, path: '/counter' | '/display', size: { width: number; height: number }) {
  const context = await browser.newContext({
    viewport: size,
    deviceScaleFactor: 1,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    proxy: onlyOwnOrigin(base),
  });
  const page = await context.newPage();
  const audio: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/audio/')) audio.push(u.pathname);
  });
  await page.goto(`${base}${path}`);
  return { context, page, audio };
}

/** Pairs the page with a code as the technician would read it out. */
export async function pairPage(page: Page, code: string): Promise<void> {
  await page.getByTestId('hall-pair').locator('input[name=code]').fill(code);
  await page.getByTestId('hall-pair').getByRole('button').click();
}

/** Signs a paired counter page in at a counter with the staff PIN. */
export async function signInCounter(page: Page, counter: number, pin = STAFF_PIN): Promise<void> {
  await expect.poll(() => page.getByTestId('counter-signin').isVisible(), POLL).toBe(true);
  await page.locator('input[name=counter]').fill(String(counter));
  for (const d of pin) await page.getByTestId(`counter-pin-key-${d}`).click();
  await page.getByTestId('counter-pin-ok').click();
  await expect.poll(() => page.getByTestId('counter-console').isVisible(), POLL).toBe(true);
}

export async function hallScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
